// Every kind of answer, in every language and both table styles, through the same path as
// the bot (render/fit.ts, then the gate in deliver.ts): each must satisfy Slack's limits
// as restated independently in helpers/slackLimits.ts. On the real database (if present,
// else built from the mirror, else skipped with a note): every `papers` page of the five
// largest institutions of 2024 and of the reported HKUST case, coverage and method.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Asker } from '../../src/query/asker.ts';
import { openAsker } from '../../src/query/openAsker.ts';
import { isParseError, type Answer, type Result } from '../../src/query/model/types.ts';
import { ACTION_NEXT, decodeState } from '../../src/slack/render/buttons.ts';
import { renderFitted, type FittedMessage } from '../../src/slack/render/fit.ts';
import { renderParseError } from '../../src/slack/render/parseError.ts';
import type { TableStyle } from '../../src/slack/render/table.ts';
import { blockKitProblems, checked } from '../../src/slack/render/validate.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';
import { BUILD_TIMEOUT, HAS_REAL_DATA, realDatabase } from '../helpers/realDatabase.ts';
import { limitViolations, visibleText } from './helpers/slackLimits.ts';

const LANGS = ['', ' lang:zh', ' lang:ja'];
const STYLES: TableStyle[] = ['table', 'preformatted'];
const EMOJI_WORD = `toop${'a'.repeat(35)}🚀🚀`; // the parser echoes 40 UTF-16 units: the cut falls inside the rocket
// The check title quotes the claim cut at 80 UTF-16 units: the cut falls inside the first rocket.
const CLAIM_HEAD = 'China had 8,491 authors in 2024 ';
const EMOJI_CLAIM = `${CLAIM_HEAD}${'x'.repeat(79 - CLAIM_HEAD.length)}🚀🚀 really`;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What the bot would send for `result`: fitted answer or parse error, through the gate. */
function sent(
  result: Result,
  question: string,
  tableStyle: TableStyle,
  offset = 0,
): { fitted: FittedMessage | null; message: { text: string; blocks: any[] } } {
  if (isParseError(result)) return { fitted: null, message: checked(renderParseError(result)).message };
  const fitted = renderFitted(result, { question, tableStyle, postButton: true }, offset);
  return { fitted, message: checked(fitted).message };
}

function expectValid(result: Result, question: string, tableStyle: TableStyle, offset = 0): FittedMessage | null {
  const { fitted, message } = sent(result, question, tableStyle, offset);
  expect(limitViolations(message), `${question} (${tableStyle}, offset ${offset})`).toEqual([]);
  // Answers are valid before the gate: the fitting, not a repair, made them fit.
  if (fitted) expect(blockKitProblems(fitted), `${question} (${tableStyle}, offset ${offset})`).toEqual([]);
  return fitted;
}

function nextOffset(message: FittedMessage): number | null {
  const actions = message.blocks.find((b) => b.type === 'actions') as any;
  const next = actions?.elements.find((e: any) => e.action_id === ACTION_NEXT);
  return next ? decodeState(next.value)!.o : null;
}

/** Follow "Next" from the first page to the last, as a user would; returns the row count shown. */
function everyPage(asker: Asker, question: string, tableStyle: TableStyle): { pages: number; rows: number; total: number } {
  let offset: number | null = 0;
  let pages = 0;
  let rows = 0;
  let total = 0;
  while (offset !== null) {
    const result = asker.ask(question, offset > 0 ? { offset } : {});
    if (isParseError(result)) throw new Error(`${question}: ${result.message}`);
    total = result.totalRows;
    const fitted = expectValid(result, question, tableStyle, offset)!;
    expect(fitted.file, `${question} at ${offset}: a page should fit without a file`).toBeUndefined();
    const next = nextOffset(fitted);
    rows += (next ?? total) - offset;
    expect(next === null || next > offset).toBe(true);
    offset = next;
    pages += 1;
  }
  return { pages, rows, total };
}

describe('every answer kind on the fixture database', () => {
  const fixture = useFixtureAsker({ withLinkedEvidence: true });
  const ANSWERS = [
    '2024 top10',
    'top 25 2020-2024',
    'countries 2024',
    'compare US CN JP 2020-2024',
    'Tsinghua',
    'papers Tsinghua 2024',
    'teamsize 2020-2024',
    'coverage',
    'method',
    'help',
    'help compare',
    'check "China had 3 authors in 2024"',
    `check "${EMOJI_CLAIM}"`,
    'check "nothing to check 🚀"', // a check error: answered with the claim forms, not a parse error
  ];
  const ERRORS = [EMOJI_WORD, 'compare 🚀 2024'];
  const QUESTIONS = [...ANSWERS, ...ERRORS];

  it('the question list covers answers of every kind and parse errors', () => {
    const kinds = new Set(ANSWERS.map((q) => fixture.asker.ask(q)).map((r) => (isParseError(r) ? 'parse_error' : r.kind)));
    expect([...kinds].sort()).toEqual(['check', 'compare', 'countries', 'coverage', 'help', 'institution', 'method', 'papers', 'teamsize', 'top']);
    for (const q of ERRORS) expect(isParseError(fixture.asker.ask(q)), q).toBe(true);
  });

  for (const lang of LANGS) {
    for (const tableStyle of STYLES) {
      it(`${lang.trim() || 'lang:en'}, ${tableStyle}`, () => {
        for (const q of QUESTIONS) expectValid(fixture.asker.ask(q + lang), q + lang, tableStyle);
      });
    }
  }

  it('coverage keeps its table in every language: blank notes no longer make Slack refuse it', () => {
    for (const lang of LANGS) {
      const { fitted } = sent(fixture.asker.ask(`coverage${lang}`), 'coverage', 'table');
      expect(
        fitted!.blocks.some((b) => b.type === 'table'),
        lang,
      ).toBe(true);
    }
  });

  it('parse errors and check titles that echo a clipped emoji never hold half an emoji', () => {
    for (const q of [EMOJI_WORD, `check "${EMOJI_CLAIM}"`]) {
      const result = fixture.asker.ask(q);
      // The core clips by code point (i18n/clip.ts); the Slack gate would repair it otherwise.
      expect(LONE.test(isParseError(result) ? result.message : result.title), q).toBe(false);
      const { message } = sent(result, q, 'table');
      expect(limitViolations(message)).toEqual([]);
      expect(visibleText(message)).toMatch(/toop|China/);
    }
  });
});

if (!HAS_REAL_DATA) console.warn('real-data Slack limit tests skipped: no current database and no mirror to build one from');

describe.skipIf(!HAS_REAL_DATA)('every papers page of the largest institutions on the real data', () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = openAsker(await realDatabase());
    return () => asker.close();
  }, BUILD_TIMEOUT);

  const ask = (q: string): Answer => {
    const r = asker.ask(q);
    if (isParseError(r)) throw new Error(`${q}: ${r.message}`);
    return r;
  };

  it('five largest institutions of 2024 and HKUST: every page valid, every row shown once', () => {
    const names = ask('2024 top5').rows.map((r) => String(r[1]));
    expect(names).toHaveLength(5);
    const report: string[] = [];
    for (const name of [...names, 'The Hong Kong University of Science and Technology']) {
      const q = `papers "${name}" 2024`;
      const { pages, rows, total } = everyPage(asker, q, 'table');
      expect(rows, q).toBe(total);
      report.push(`${name}: ${total} rows in ${pages} pages`);
    }
    console.log(`Slack papers pages checked: ${report.join('; ')}`);
  }, 300_000);

  it('coverage and method in en, zh and ja, both table styles', () => {
    for (const lang of LANGS) {
      for (const tableStyle of STYLES) {
        for (const q of ['coverage', 'method']) {
          const fitted = expectValid(asker.ask(q + lang), q + lang, tableStyle);
          expect(fitted?.file, `${q}${lang} ${tableStyle}`).toBeUndefined();
        }
      }
    }
  });
});
