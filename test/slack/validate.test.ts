// The Block Kit gate itself: each of Slack's published limits is caught (failing cases),
// text is cut by code point, repairs keep the content, and an answer that cannot fit is
// reshaped (smaller page, monospace, file), never dropped.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { describe, expect, it } from 'vitest';
import type { KnownBlock } from '@slack/types';
import type { Answer } from '../../src/query/model/types.ts';
import { renderFitted } from '../../src/slack/render/fit.ts';
import { escapeMrkdwn, repairSurrogates, splitText, unescapeSlack } from '../../src/slack/render/text.ts';
import { asPlainSections, blockKitProblems, checked } from '../../src/slack/render/validate.ts';
import { comparison, help, meta, ranking } from './helpers/answers.ts';
import { limitViolations, visibleText } from './helpers/slackLimits.ts';
import { truncate } from '../../src/i18n/clip.ts';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const msg = (blocks: any[], text = 'fallback') => ({ text, blocks });
const cells = (n: number, text = 'x') => Array.from({ length: n }, () => ({ type: 'raw_text', text }));
const table = (rows: any[][]) => ({ type: 'table', rows });

describe('blockKitProblems: each published limit is a failing case', () => {
  it.each([
    ['51 blocks', msg(Array.from({ length: 51 }, () => section('a'))), '51 blocks > 50'],
    ['section text over 3,000', msg([section('a'.repeat(3001))]), 'section text 3001 > 3000'],
    ['empty section text', msg([section('')]), 'empty section text'],
    ['header over 150', msg([{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }]), 'header text 151 > 150'],
    ['mrkdwn header', msg([{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }]), 'plain_text'],
    ['11 context elements', msg([{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'c' })) }]), '11 context elements'],
    [
      'button text over 75',
      msg([{ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b'.repeat(76) } }] }]),
      'button text 76 > 75',
    ],
    ['two tables', msg([table([cells(2)]), table([cells(2)])]), '2 table blocks > 1'],
    ['101 table rows', msg([table(Array.from({ length: 101 }, () => cells(2)))]), '101 rows > 100'],
    ['21 cells in a row', msg([table([cells(21)])]), '21 cells in a row > 20'],
    ['an empty cell', msg([table([[...cells(1), { type: 'raw_text', text: '' }]])]), 'empty cell at row 0, column 1'],
    [
      '10,001 characters in a table',
      msg([
        table(
          Array.from({ length: 50 }, () => cells(2, 'y'.repeat(100))).concat([
            [
              { type: 'raw_text', text: 'z' },
              { type: 'raw_text', text: 'z' },
            ],
          ]),
        ),
      ]),
      '10002 characters in the table > 10000',
    ],
    ['a lone surrogate', msg([section('rocket \uD83D')]), 'lone surrogate'],
    ['no fallback text', msg([section('a')], ''), 'no fallback text'],
    ['an unknown block', msg([{ type: 'video' }]), 'unknown block type'],
  ])('%s', (_name, message, expected) => {
    const problems = blockKitProblems(message);
    expect(problems.join(' | ')).toContain(expected);
    // The independent re-statement of the limits in the tests agrees it is invalid (unknown types and fallback text aside).
    if (!['no fallback text', 'an unknown block'].includes(_name)) expect(limitViolations(message)).not.toEqual([]);
  });

  it('accepts a message at every limit exactly', () => {
    const atLimits = msg([
      { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(150) } },
      section('s'.repeat(3000)),
      { type: 'context', elements: Array.from({ length: 10 }, () => ({ type: 'mrkdwn', text: 'c'.repeat(3000) })) },
      table(Array.from({ length: 100 }, () => cells(20, 'abcde'))),
      { type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b'.repeat(75) }, value: 'v'.repeat(2000) }] },
      ...Array.from({ length: 45 }, () => section('ok 😀')),
    ]);
    expect(atLimits.blocks).toHaveLength(50);
    expect(blockKitProblems(atLimits)).toEqual([]);
    expect(limitViolations(atLimits)).toEqual([]);
  });
});

describe('cutting text by code point', () => {
  it('never leaves half an emoji', () => {
    for (let max = 2; max < 12; max++) {
      const cut = truncate('😀😀😀😀😀😀😀😀', max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(repairSurrogates(cut)).toBe(cut);
      expect(cut.endsWith('…')).toBe(true);
    }
    for (const chunk of splitText('😀'.repeat(40), 7)) expect(repairSurrogates(chunk)).toBe(chunk);
    expect(splitText('😀'.repeat(40), 7).join('')).toBe('😀'.repeat(40));
  });

  it('unescapes what Slack escapes, and escaping round-trips', () => {
    expect(unescapeSlack('Texas A&amp;M &lt;b&gt; &amp;lt;')).toBe('Texas A&M <b> &lt;');
    expect(unescapeSlack(escapeMrkdwn('A&M <x> &amp;'))).toBe('A&M <x> &amp;');
  });
});

describe('checked: repairs without losing content', () => {
  it('passes a valid message through unchanged', () => {
    const m = msg([section('fine')]);
    expect(checked(m)).toEqual({ message: m, problems: [] });
  });

  it('cuts and splits over-long text, repairs lone surrogates, turns a refused table into monospace text', () => {
    const rows = [
      [
        { type: 'raw_text', text: 'Name' },
        { type: 'raw_text', text: 'Authors' },
      ],
      [
        { type: 'raw_text', text: 'HKUST' },
        { type: 'raw_text', text: '' },
      ],
    ];
    const bad = msg([
      { type: 'header', text: { type: 'plain_text', text: `${'h'.repeat(148)}😀😀` } },
      section(`${'w '.repeat(2000)}end`),
      table(rows),
      section('half \uDE00 emoji'),
    ]);
    const { message, problems } = checked(bad);
    expect(problems.length).toBeGreaterThan(0);
    expect(blockKitProblems(message)).toEqual([]);
    expect(limitViolations(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain('HKUST');
    expect(text).toContain('end');
    expect(text).toContain('\uFFFD');
  });

  it('asPlainSections keeps every figure of a table as text', () => {
    const plain = asPlainSections(
      msg([{ type: 'header', text: { type: 'plain_text', text: 'T' } }, table([[{ type: 'raw_text', text: 'A' }], [{ type: 'raw_text', text: '1,234' }]])]),
    );
    expect(plain.blocks.every((b) => b.type === 'section')).toBe(true);
    expect(visibleText(plain)).toContain('1,234');
  });
});

describe('renderFitted: reshaped, never dropped', () => {
  const opts = { question: 'q', tableStyle: 'table' as const, postButton: true };

  /** A papers-like answer whose 50-row page holds far more than 10,000 characters. */
  function wordy(rows: number, cellChars: number): Answer {
    const base = ranking(rows);
    return { ...base, rows: base.rows.map((r, i) => r.map((c, j) => (j === 1 ? `${i + 1} ${'long title words '.repeat(cellChars / 17)}` : c))) };
  }

  it('uses a smaller page when 50 rows pass the 10,000-character table limit', () => {
    const fitted = renderFitted(wordy(120, 300), opts);
    expect(blockKitProblems(fitted)).toEqual([]);
    const tableBlock = fitted.blocks.find((b) => b.type === 'table') as any;
    expect(tableBlock.rows.length - 1).toBeLessThan(50);
    expect(fitted.file).toBeUndefined();
    expect(visibleText(fitted)).toContain('Next');
  });

  it('falls back to monospace when no table page fits, then to a file when a single row cannot fit a section', () => {
    const huge = wordy(3, 498);
    const widened: Answer = { ...huge, columns: [...huge.columns, ...huge.columns, ...huge.columns], rows: huge.rows.map((r) => [...r, ...r, ...r]) };
    const fitted = renderFitted(widened, opts);
    expect(blockKitProblems(fitted)).toEqual([]);
    expect(fitted.file?.filename).toMatch(/\.csv$/);
    expect(fitted.file?.content.split('\n').filter((l) => /^\d+,/.test(l))).toHaveLength(3);
    expect(visibleText(fitted)).toContain('sent as a file');
  });

  it('sends help text longer than 50 blocks as a file instead of cutting it', () => {
    const fitted = renderFitted(help(400), opts);
    expect(blockKitProblems(fitted)).toEqual([]);
    expect(fitted.file?.filename).toMatch(/\.txt$/);
    expect(fitted.file?.content).toContain('Part 400.');
  });

  it('repairs half an emoji in a title clipped upstream instead of giving up', () => {
    const answer = { ...comparison(), title: `Check "${'x'.repeat(10)}\uD83D…"`, meta: meta({ command: 'check' }) };
    const fitted = renderFitted(answer, opts);
    expect(blockKitProblems(fitted)).toEqual([]);
    expect(fitted.blocks.some((b) => b.type === 'table')).toBe(true);
  });
});
