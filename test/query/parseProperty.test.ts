// parse() must answer every input, fast: a query or a ParseError, never a throw or a hang.
// Queries it accepts must also reproduce themselves from their canonical text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERNAL_ERROR, parse } from '../../src/query/parse.ts';
import type { ParsedQuery, ParseError } from '../../src/query/model/types.ts';
import { lexicon } from './parseFixture.ts';

const REAL_TOKENS = [
  'top',
  'top10',
  'top0',
  'top 1000',
  '10',
  '25',
  '0',
  '100',
  '101',
  'countries',
  'country',
  'compare',
  'inst',
  'rank',
  'coverage',
  'method',
  'help',
  'teamsize',
  'papers',
  'check',
  'page',
  '2',
  '2020',
  '2021',
  '2022',
  '2023',
  '2024',
  '2019',
  '2025',
  '2020-2024',
  '2021–2023',
  '2020-22',
  '-',
  'neurips',
  'nips',
  'icml',
  'iclr',
  'main',
  'oral',
  'spotlight',
  'poster',
  'exact',
  'authors',
  'people',
  'fractional',
  'first',
  'units',
  'lang:zh',
  'lang:ja',
  'lang:en',
  'lang:fr',
  'country:JP',
  'country:日本',
  'country:XX',
  'country:',
  'inst:KR',
  'US',
  'us',
  'CN',
  'JP',
  'KR',
  'IN',
  'in',
  'vs',
  'and',
  'the',
  'of',
  '日本',
  '中国',
  '美国',
  '香港',
  'Hong',
  'Kong',
  'Tsinghua',
  'Tsinghau',
  'University',
  'Zhejiang',
  'Tokyo',
  '清华',
  '東大',
  '理研',
  'RIKEN',
  'UCL',
  'Stanford',
  'MIT',
  '"Zhejiang University"',
  '"',
  '「',
  '」',
  '“',
  ',',
  '?',
  'compre',
  '/airank',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
];

const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...REAL_TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  // Any UTF-16 code unit, lone surrogates included.
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
);

const input = fc.oneof(
  { weight: 20, arbitrary: fc.array(token, { maxLength: 12 }).map((ts) => ts.join(' ')) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 400, maxLength: 3000 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'a ', 'top ', '清', '"', 'check ', 'Tsinghua '), fc.integer({ min: 1, max: 100_000 }))
      .map(([s, n]) => s.repeat(n)),
  },
);

/**
 * Milliseconds parse() takes on this input. A slow first measurement is repeated and the
 * fastest kept, so a garbage-collection pause is not blamed on the input.
 */
function timeOf(text: string): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = performance.now();
    parse(text, lexicon);
    best = Math.min(best, performance.now() - start);
    if (best < 20) break;
  }
  return best;
}

function isError(r: ParsedQuery | ParseError): r is ParseError {
  return r.kind === 'parse_error';
}

describe('parse on random input', () => {
  it('always returns a query or an error, within 100 ms, and accepted queries round-trip', () => {
    let slowest = 0;
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(input, (text) => {
        runs++;
        const r = parse(text, lexicon);
        slowest = Math.max(slowest, timeOf(text));

        if (isError(r)) {
          expect(r.message).not.toBe(INTERNAL_ERROR);
          expect(r.message.length).toBeGreaterThan(0);
          expect(r.example.length).toBeGreaterThan(0);
          expect(Array.isArray(r.suggestions)).toBe(true);
          return;
        }
        accepted++;
        expect(typeof r.text).toBe('string');
        // The canonical text must reproduce exactly the same query.
        expect(parse(r.text, lexicon)).toEqual(r);
        if ('years' in r) {
          expect(r.years.length).toBeGreaterThan(0);
          for (const y of r.years) expect(y >= 2020 && y <= 2026).toBe(true);
        }
        if ('limit' in r && r.limit !== undefined) expect(r.limit >= 1 && r.limit <= 100).toBe(true);
        if (r.kind === 'compare') expect(r.entities.length >= 2 && r.entities.length <= 8).toBe(true);
      }),
      { numRuns: 3000 },
    );
    console.info(`parse property: ${runs} inputs, ${accepted} accepted, slowest ${slowest.toFixed(1)} ms`);
    expect(runs).toBeGreaterThanOrEqual(3000);
    // Without accepted queries the round-trip check above would be vacuous.
    expect(accepted).toBeGreaterThan(100);
    expect(slowest).toBeLessThan(100);
    // 3,000 inputs up to 100,000 characters: a minute on a busy shared machine.
  }, 180_000);
});
