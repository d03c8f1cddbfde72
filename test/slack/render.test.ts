// Rendering: the largest answers fit Slack's limits, every figure shown matches the
// Answer, paging covers every row exactly once, and nothing is silently dropped.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { describe, expect, it } from 'vitest';
import { pageOf, renderAnswer } from '../../src/slack/render/answer.ts';
import { renderDetails } from '../../src/slack/render/details.ts';
import { decodeState, ACTION_NEXT } from '../../src/slack/render/buttons.ts';
import { renderParseError } from '../../src/slack/render/parseError.ts';
import { comparison, help, meta, parseError, ranking } from './helpers/answers.ts';
import { limitViolations, visibleText } from './helpers/slackLimits.ts';
import { formatCell } from '../../src/i18n/numbers.ts';
import { parse } from '../../src/query/parse.ts';
import { renderParseErrorText } from '../../src/render/text.ts';
import { lexicon } from '../query/parseFixture.ts';

const opts = { question: 'q', tableStyle: 'table' as const, postButton: true };

describe('largest answers fit Slack limits', () => {
  for (const style of ['table', 'preformatted'] as const) {
    it(`top-100 ranking, 8 columns, pages cover all 100 rows once (${style})`, () => {
      const seen: string[] = [];
      let offset: number | null = 0;
      let pages = 0;
      while (offset !== null && pages < 10) {
        const answer = ranking(100, offset);
        const msg = renderAnswer(answer, { ...opts, tableStyle: style }, offset);
        expect(limitViolations(msg)).toEqual([]);
        const table = msg.blocks.find((b) => b.type === 'table') as any;
        if (style === 'table') {
          seen.push(...table.rows.slice(1).map((r: any[]) => r[0].text));
        } else {
          expect(table).toBeUndefined();
          const text = msg.blocks
            .filter((b: any) => b.type === 'section' && b.text.text.startsWith('```'))
            .map((b: any) => b.text.text)
            .join('\n');
          seen.push(...[...text.matchAll(/^\s*(\d+)\s{2}/gm)].map((m) => m[1]));
        }
        const next = (msg.blocks.find((b) => b.type === 'actions') as any).elements.find((e: any) => e.action_id === ACTION_NEXT);
        offset = next ? decodeState(next.value)!.o : null;
        pages += 1;
      }
      expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => String(i + 1)));
    });
  }

  it('five countries over five years with shares and growth', () => {
    const answer = comparison();
    const msg = renderAnswer(answer, opts);
    expect(limitViolations(msg)).toEqual([]);
    const table = msg.blocks.find((b) => b.type === 'table') as any;
    // Every figure of the Answer appears, formatted, in its own cell.
    answer.rows.forEach((row, r) => row.forEach((cell, c) => expect(table.rows[r + 1][c].text).toBe(formatCell(cell, answer.columns[c].type))));
  });

  it('a table wider than 20 columns falls back to monospace sections', () => {
    const answer = comparison();
    const wide = { ...answer, columns: [...answer.columns, ...answer.columns], rows: answer.rows.map((r) => [...r, ...r]) };
    const msg = renderAnswer(wide, opts);
    expect(limitViolations(msg)).toEqual([]);
    expect(msg.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(visibleText(msg)).toContain(formatCell(answer.rows[4][1], 'int'));
  });

  it('very long help text is split into sections and cut with a pointer, within 50 blocks', () => {
    const msg = renderAnswer(help(400), opts);
    expect(limitViolations(msg)).toEqual([]);
    expect(msg.blocks).toHaveLength(50);
    expect(visibleText(msg)).toContain('cut to fit Slack');
    const short = renderAnswer(help(2), opts);
    expect(visibleText(short)).not.toContain('cut to fit Slack');
  });

  it('keeps every coverage gap behind "Caveats & method" even when there are many', () => {
    const gaps = Array.from({ length: 60 }, (_, i) => ({ conference: 'icml' as const, year: 2020 + (i % 5), note: `gap number ${i} `.padEnd(150, 'x') }));
    const answer = { ...ranking(10), meta: meta({ gaps }) };
    const msg = renderAnswer(answer, opts);
    expect(limitViolations(msg)).toEqual([]);
    const details = renderDetails(answer);
    expect(limitViolations(details)).toEqual([]);
    for (let i = 0; i < 60; i++) expect(visibleText(details)).toContain(`gap number ${i} `);
  });
});

describe('footer and escaping', () => {
  it('shows method, filters, snapshot and command by default, and every footer line behind "Caveats & method"', () => {
    const text = visibleText(renderAnswer(ranking(10), opts));
    for (const part of ['author slots on accepted papers', 'NeurIPS + ICML + ICLR', 'snap-2025-01-15', '/airank 2024 top10']) expect(text).toContain(part);
    const details = visibleText(renderDetails(ranking(10)));
    for (const part of [
      'author slots on accepted papers',
      'NeurIPS + ICML + ICLR',
      'ICLR 2024: no per-author',
      '8.3%',
      'snap-2025-01-15',
      '15 Jan 2025 10:00 UTC',
      '/airank 2024 top10',
    ]) {
      expect(details).toContain(part);
    }
  });

  it('omits the linked-evidence line when there is no linked share', () => {
    const answer = { ...ranking(10), meta: meta({ linkedShare: null }) };
    expect(visibleText(renderAnswer(answer, opts))).not.toContain('Linked evidence');
  });

  it('escapes mrkdwn control characters in monospace tables', () => {
    const msg = renderAnswer(ranking(3), { ...opts, tableStyle: 'preformatted' });
    expect(visibleText(msg)).toContain('&amp; &lt;partners&gt;');
  });
});

describe('formatting', () => {
  it('formats each column type and never shows a missing value as zero', () => {
    expect(formatCell(12345, 'int')).toBe('12,345');
    expect(formatCell(0.0834, 'percent')).toBe('8.3%');
    expect(formatCell(12.345, 'float')).toBe('12.35');
    expect(formatCell(null, 'int')).toBe('–');
    expect(formatCell(Number.NaN, 'int')).toBe('–');
  });
});

describe('paging', () => {
  it('slices locally when the core returns rows from an earlier offset', () => {
    const page = pageOf(ranking(100, 0), 50, 50);
    expect(page.offset).toBe(50);
    expect(page.rows[0][0]).toBe(51);
    expect(page.nextOffset).toBeNull();
  });

  it('offers Next only while rows remain', () => {
    expect(pageOf(ranking(60), 0, 50).nextOffset).toBe(50);
    expect(pageOf(ranking(50), 0, 50).nextOffset).toBeNull();
  });
});

describe('parse errors', () => {
  it('lists suggestions and a runnable example', () => {
    const msg = renderParseError(parseError('<!channel> toop'));
    expect(limitViolations(msg)).toEqual([]);
    const text = visibleText(msg);
    expect(text).toContain('`top 10 2024`');
    expect(text).toContain('/airank 2024 top10');
    expect(text).not.toContain('<!channel>');
  });

  it('says what was understood in Slack and the terminal alike', () => {
    const error = parse('2024 top10 mars lang:zh', lexicon);
    if (error.kind !== 'parse_error') throw new Error('expected a parse error');
    expect(visibleText(renderParseError(error))).toContain('已读懂：2024、top 10。不认识“mars”。');
    expect(renderParseErrorText(error)).toContain('已读懂：2024、top 10。不认识“mars”。');
  });
});
