import { describe, expect, it } from 'vitest';
import { footnoteLines } from '../../src/render/chart/footnote.ts';
import { chartSpec } from '../../src/render/chart/spec.ts';
import { compareAnswer, meta } from './chart-fixtures.ts';

describe('chart footnote', () => {
  it('is three lines: source credit, method in words, snapshot', () => {
    const m = meta({
      gaps: [
        { conference: 'iclr', year: 2024, note: 'ICLR 2024: no per-author affiliations' },
        { conference: 'icml', year: 2021, note: 'ICML 2021: no per-author affiliations' },
      ] as never,
    });
    const lines = footnoteLines(m, 'en');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('Source: airank analysis of accepted NeurIPS, ICML and ICLR papers');
    expect(lines[1]).toMatch(/^Method: author slots \(a paper with 5 authors counts 5\)/);
    expect(lines[1]).toContain('NeurIPS, main track');
    expect(lines[1]).toContain('partial: ICLR 2024, ICML 2021');
    expect(lines[2]).toBe('Data snapshot snap-test-1, built 1 Jan 2025 00:00 UTC');
  });

  it('says when institutions are not rolled up, under each method', () => {
    expect(footnoteLines(meta({ rollup: false }), 'en')[1]).toContain('not rolled up');
    expect(footnoteLines(meta({ method: 'fractional' }), 'en')[1]).toContain('fractional credit');
    expect(footnoteLines(meta({ method: 'first' }), 'en')[1]).toContain('first authors only');
  });

  it('is in the chart language', () => {
    const ja = footnoteLines(meta({ filters: [] }), 'ja');
    expect(ja[0]).toBe('出典：NeurIPS・ICML・ICLR 採択論文の airank による分析');
    expect(ja[1]).toMatch(/^集計方法：著者枠数/);
    expect(ja[2]).toMatch(/^データスナップショット snap-test-1/);
    expect(footnoteLines(meta({ filters: [] }), 'zh')[1]).toMatch(/^统计方法：作者署名数/);
  });

  it('stays three lines on the chart however long its parts are', () => {
    const spec = chartSpec(compareAnswer({ meta: meta({ filters: ['word '.repeat(300).trim()] }) })) as unknown as {
      usermeta: { airank: { footnote: string[] } };
    };
    const lines = spec.usermeta.airank.footnote;
    expect(lines).toHaveLength(3);
    expect(lines[1].endsWith('…')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThan(200);
  });
});
