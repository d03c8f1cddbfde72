import { describe, expect, it } from 'vitest';
import { footnoteLines } from '../../src/render/chart/footnote.ts';
import { chartSpec } from '../../src/render/chart/spec.ts';
import { compareAnswer, meta } from './chart-fixtures.ts';

describe('chart footnote', () => {
  it('states method, filters, years, every gap, snapshot and command', () => {
    const m = meta({
      gaps: [
        { conference: 'iclr', year: 2024, note: 'ICLR 2024: no per-author affiliations' },
        { conference: 'icml', year: 2020, note: 'ICML 2020: 3% of authors unmatched' },
      ] as never,
    });
    const text = footnoteLines(m, 'en').join('\n');
    expect(text).toContain('Method: author slots, each author counted once per paper');
    expect(text).toContain('Filters: NeurIPS, main track');
    expect(text).toContain('2022–2024');
    expect(text).toContain('ICLR 2024: no per-author affiliations');
    expect(text).toContain('ICML 2020: 3% of authors unmatched');
    expect(text).toContain('snap-test-1');
    expect(text).toContain('airank compare US CN --years 2022-2024');
  });

  it('says when institutions are not rolled up, and how much rests on linked evidence', () => {
    const text = footnoteLines(meta({ rollup: false, linkedShare: 0.125 }), 'en').join('\n');
    expect(text).toContain('not rolled up');
    expect(text).toContain('12.5%');
    // Every figure says its linked share, even when it is none; no share is known without a figure.
    expect(footnoteLines(meta({ linkedShare: 0 }), 'en').join('\n')).toContain('0.0% of this figure rests on linked evidence');
    expect(footnoteLines(meta({ linkedShare: null }), 'en').join('\n')).not.toContain('linked evidence');
  });

  it('translates the footer terms but keeps the data text', () => {
    const text = footnoteLines(meta(), 'ja').join('\n');
    expect(text).toContain('集計方法：author slots');
    expect(text).toContain('ICLR 2024: no per-author affiliations');
    expect(footnoteLines(meta(), 'zh').join('\n')).toContain('统计方法：');
  });

  it('is on the chart spec, wrapped to the image width', () => {
    const long = 'word '.repeat(400).trim();
    const spec = chartSpec(compareAnswer({ meta: meta({ notes: [long] }) })) as unknown as { usermeta: { airank: { footnote: string[] } } };
    const lines = spec.usermeta.airank.footnote;
    expect(lines.join(' ')).toContain('ICLR 2024: no per-author affiliations');
    expect(lines.join(' ')).toContain('Method: author slots');
    expect(lines.length).toBeGreaterThan(footnoteLines(meta(), 'en').length + 3);
    for (const l of lines) expect(l.length).toBeLessThan(220);
  });
});
