// The claim corpus (claimCorpus.ts) read with the curated names of data/institutions.json:
// at least 150 phrasings, at least 95% read exactly as expected, and the misses are the
// ones the README lists (so the README cannot drift from what `check` does).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readClaim } from '../../src/query/check/claim.ts';
import { CORPUS, type CorpusEntry } from './claimCorpus.ts';
import { curatedCountryOf, curatedLexicon } from '../helpers/curatedLexicon.ts';
import type { Claim } from '../../src/query/check/reading.ts';

const lexicon = curatedLexicon;
const countryOf = curatedCountryOf;

// The corpus names institutions by short ids; the curated ids differ for a few.
const ID: Record<string, string> = { deepmind: 'google-deepmind', msra: 'msr-asia', shlab: 'shanghai-ai-lab', eth: 'ethz' };

const FILTERS = ['top', 'conferences', 'instType', 'country', 'method', 'exact', 'units', 'status'] as const;

/** What the reading got wrong, or '' when it is right. */
function wrong([text, expected]: CorpusEntry): string {
  const reading = readClaim(text, lexicon, countryOf);
  if (!reading.ok) return `not read: ${reading.problem}`;
  const want = Array.isArray(expected) ? expected : [expected];
  if (reading.claims.length !== want.length) return `${reading.claims.length} figures read, ${want.length} expected`;
  for (const [k, w] of want.entries()) {
    const got: Claim = reading.claims[k];
    const entity = w.entity?.kind === 'institution' ? { kind: 'institution', id: ID[w.entity.id] ?? w.entity.id } : w.entity;
    if (JSON.stringify(got.entity) !== JSON.stringify(entity)) return `entity ${JSON.stringify(got.entity)}`;
    if (got.figure.kind !== w.kind || Math.abs(got.figure.value - w.value) > 1e-9) return `figure ${got.figure.kind} ${got.figure.value}`;
    if ((got.figure.qualifier ?? null) !== (w.qualifier ?? null)) return `hedge ${got.figure.qualifier}`;
    if (JSON.stringify(got.years) !== JSON.stringify(w.years)) return `years ${got.years.join(',')}`;
    for (const f of FILTERS) {
      const g = f === 'conferences' ? (got.conferences.length ? got.conferences : undefined) : got[f];
      if (JSON.stringify(g) !== JSON.stringify(w[f])) return `${f} ${JSON.stringify(g)}`;
    }
  }
  return '';
}

/** The misses listed in the README's "Claims check does not read yet" section. */
function readmeMisses(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split('### Claims `check` does not read yet')[1]?.split('\n#')[0] ?? '';
  return [...section.matchAll(/^- `(.+)`/gm)].map((m) => m[1]);
}

describe('claim corpus', () => {
  const results = CORPUS.map((entry) => ({ text: entry[0], why: wrong(entry) }));
  const misses = results.filter((r) => r.why !== '');

  it('has at least 150 phrasings in English, Chinese and Japanese', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    const cjk = CORPUS.filter(([text]) => /[\u3040-\u30ff]/.test(text)).length;
    const zh = CORPUS.filter(([text]) => /[\u4e00-\u9fff]/.test(text) && !/[\u3040-\u30ff]/.test(text)).length;
    expect(cjk).toBeGreaterThanOrEqual(30);
    expect(zh).toBeGreaterThanOrEqual(30);
  });

  it('reads at least 95% of them exactly', () => {
    const rate = 1 - misses.length / CORPUS.length;
    expect(rate, misses.map((m) => `${m.text}: ${m.why}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('lists every miss in the README, and nothing it reads', () => {
    expect(readmeMisses().sort()).toEqual(misses.map((m) => m.text).sort());
  });
});
