// The footer describes the slots actually in scope (issue 11): under `exact`, `first`, a
// tier, a track and a country filter; it names the country rule and how far the other rule
// moves a figure (DeepMind, a Google unit in the UK); and a figure spanning 2020 and a
// later year says where its affiliations come from. Expected figures are counted by hand
// from the fixture (test/helpers/fixtureDb.ts, with linked evidence).
import { describe, expect, it } from 'vitest';
import type { QueryContext } from '../../src/query/context/context.ts';
import { scopeGaps } from '../../src/query/figures/tiers.ts';
import type { Answer } from '../../src/query/model/types.ts';
import { footerLines, footerText } from '../../src/render/format.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';

const fixture = useFixtureAsker({ withLinkedEvidence: true });
const footer = (a: Answer) =>
  footerLines(a.meta)
    .map((l) => footerText(l, a.meta.lang))
    .join('\n');
const line = (a: Answer, start: string) =>
  footer(a)
    .split('\n')
    .filter((l) => l.startsWith(start));

describe('coverage line in scope', () => {
  it('without filters: 2024 has 11 slots (P4 5, P5 2, P6 2, P7 2), 9 resolved', () => {
    expect(line(fixture.ask('2024 top10'), 'Coverage: 81.8% of the 11 author slots in scope are resolved')).toHaveLength(1);
  });

  it('under exact: only the 7 slots resolved by own evidence count (Zed and Mei are linked)', () => {
    const a = fixture.ask('2024 top10 exact');
    const f = footer(a);
    expect(f).toContain('Coverage: 63.6% of the 11 author slots in scope count, resolved by their own evidence; another 18.2% are resolved only by linking');
    expect(f).not.toMatch(/81\.8%/);
    expect(f).toContain('Linked evidence: none: `exact` leaves linked evidence out');
  });

  it('under exact, a conference-year whose resolved slots are all linked is said to be left out', () => {
    // ICML 2020 (P3): Fay is linked, Gus unresolved.
    const a = fixture.ask('2020-2024 top10 exact');
    expect(a.meta.gaps.map((g) => g.note)).toContain(
      'ICML 2020: all its resolved author slots rest on linking, so `exact` leaves it out entirely and figures under `exact` lack it, and a change across 2020 is not like for like',
    );
    expect(fixture.ask('2020 top10 exact').meta.gaps.map((g) => g.note)).toEqual([
      'ICML 2020: all its resolved author slots rest on linking, so `exact` leaves it out entirely and figures under `exact` lack it',
    ]);
    expect(
      fixture
        .ask('2020-2024 top10')
        .meta.gaps.map((g) => g.note)
        .join(' '),
    ).not.toMatch(/ICML 2020/);
  });

  it('under first: the first-author slots (Cai, Kim, Mei, Ned in 2024; Ned unresolved)', () => {
    expect(footer(fixture.ask('2024 top10 first'))).toContain('Coverage: 75.0% of the 4 first-author slots in scope are resolved');
  });

  it("under a tier: only the tier's slots (2020 orals: P1, three slots)", () => {
    expect(footer(fixture.ask('2020 top10 oral'))).toContain('Coverage: 100.0% of the 3 author slots in scope are resolved');
  });

  it('under a country filter: how many of the slots are in that country (Jun at RIKEN AIP, Mei at Tokyo)', () => {
    expect(footer(fixture.ask('2024 top10 country:JP'))).toContain('`country:JP` keeps the 2 of them at institutions in Japan.');
  });

  it('in Chinese and Japanese too', () => {
    expect(footer(fixture.ask('2024 top10 exact lang:zh'))).toContain('范围内 11 个作者署名中有 63.6% 计入');
    expect(footer(fixture.ask('2024 top10 exact lang:ja'))).toContain('対象の著者枠 11 件のうち 63.6% を数える');
  });
});

describe('tiers and tracks a year lacks', () => {
  it('a tier filter names the conference-years it leaves out and why', () => {
    // ICML 2020 (P3) has only a poster; 2020 orals are NeurIPS's.
    expect(fixture.ask('2020 top10 oral').meta.gaps.map((g) => g.note)).toEqual(['ICML 2020: the sources hold no oral tier, so `oral` leaves it out']);
    // 2024 spotlights: only the NeurIPS D&B track has one; the main track and ICLR have none.
    expect(fixture.ask('2024 top10 spotlight').meta.gaps.map((g) => g.note)).toEqual([
      'NeurIPS 2024, main track: the sources hold no spotlight tier, so `spotlight` leaves that track out',
      'ICLR 2024: the sources hold no spotlight tier, so `spotlight` leaves it out',
    ]);
    expect(
      fixture
        .ask('2024 top10 poster')
        .meta.gaps.map((g) => g.note)
        .filter((n) => /the sources hold no/.test(n)),
    ).toEqual(['NeurIPS 2024, datasets & benchmarks track: the sources hold no poster tier, so `poster` leaves that track out']);
  });

  it('a track filter names the years without that track', () => {
    expect(fixture.ask('2020 top10 datasets').meta.gaps.map((g) => g.note)).toEqual([
      'NeurIPS 2020: no datasets & benchmarks track that year, so `datasets` leaves it out',
      'ICML 2020: no datasets & benchmarks track that year, so `datasets` leaves it out',
    ]);
    expect(footer(fixture.ask('2020 top10 datasets'))).toContain('Coverage: no author slots in scope.');
  });

  // The sources' shapes on the real data: NeurIPS has a D&B track from 2021 but none in 2024's
  // source; ICML 2021 labels every paper oral or spotlight.
  const ctx = {
    tiers: [
      { conference: 'neurips', year: 2023, track: 'main', status: 'poster', papers: 10 },
      { conference: 'neurips', year: 2023, track: 'datasets_benchmarks', status: 'poster', papers: 3 },
      { conference: 'neurips', year: 2024, track: 'main', status: 'poster', papers: 12 },
      { conference: 'neurips', year: 2024, track: 'main', status: 'oral', papers: 1 },
      { conference: 'icml', year: 2021, track: 'main', status: 'oral', papers: 2 },
      { conference: 'icml', year: 2021, track: 'main', status: 'spotlight', papers: 9 },
    ],
  } as unknown as QueryContext;

  it('a year without track information, and a year whose spotlights are all non-oral papers', () => {
    expect(scopeGaps(ctx, [2024], { conferences: [], track: 'main' })).toEqual([
      { kind: 'trackUnknown', conference: 'neurips', year: 2024, track: 'datasets_benchmarks' },
    ]);
    expect(scopeGaps(ctx, [2024], { conferences: [], track: 'datasets_benchmarks' })).toEqual([
      { kind: 'trackUnknown', conference: 'neurips', year: 2024, track: 'datasets_benchmarks' },
    ]);
    expect(scopeGaps(ctx, [2023], { conferences: [], track: 'main' })).toEqual([]);
    expect(scopeGaps(ctx, [2021], { conferences: [], status: 'spotlight' })).toEqual([{ kind: 'tierAllLabelled', conference: 'icml', year: 2021 }]);
    expect(scopeGaps(ctx, [2021], { conferences: [], status: 'poster' })).toEqual([{ kind: 'tierMissing', conference: 'icml', year: 2021, status: 'poster' }]);
    expect(scopeGaps(ctx, [2024], { conferences: [], status: 'spotlight' })).toEqual([
      { kind: 'tierMissing', conference: 'neurips', year: 2024, status: 'spotlight' },
    ]);
  });

  it("coverage lists each conference-year's tracks and tiers from the data", () => {
    const a = fixture.ask('coverage');
    const tiers = a.columns.findIndex((c) => c.key === 'tiers');
    const row = a.rows.find((r) => r[0] === 'NeurIPS' && r[1] === '2024')!;
    expect(row[tiers]).toBe('main track: oral 1, poster 1; datasets & benchmarks track: spotlight 1');
  });
});

describe('country rule of a multinational', () => {
  // Fay (P3, ICML 2020) is at DeepMind, a UK unit rolled up into Google (US).
  it('by default DeepMind counts for the US, and the footer says how much `located` moves it', () => {
    const a = fixture.ask('countries 2020');
    // Ann (Stanford), Bob (Google) and Fay (DeepMind → Google); China's three tie.
    expect(a.rows.find((r) => r[1] === 'United States')?.[2]).toBe(3);
    expect(a.rows.find((r) => r[1] === 'United Kingdom')).toBeUndefined();
    expect(line(a, 'Country rule: an author counts in the country of the organisation their institution rolls up to')).toHaveLength(1);
    expect(footer(a)).toContain("By the unit's own country (`located`): United Kingdom 1 (+1), United States 2 (−1).");
  });

  it('under people and papers too (distinct people and papers are not sums of slots)', () => {
    expect(footer(fixture.ask('countries 2020 people'))).toContain('(`located`): United Kingdom 1 (+1), United States 2 (−1).');
    // P1 stays a US paper (Ann, Bob); P3 moves from the US to the UK.
    expect(footer(fixture.ask('countries 2020 papers'))).toContain('(`located`): United Kingdom 1 (+1), United States 1 (−1).');
  });

  it('`located`: the UK has its author, institutions still roll up', () => {
    const a = fixture.ask('countries 2020 located');
    expect(a.rows.find((r) => r[1] === 'United Kingdom')?.[2]).toBe(1);
    expect(footer(a)).toContain('Country rule (`located`)');
    expect(footer(a)).toContain("By the parent organisation's country (the default): United Kingdom 0 (−1), United States 3 (+1).");
    // Within the UK, the author counts for Google (rolled up), not for DeepMind.
    expect(fixture.ask('top 10 2020 country:GB located').rows.map((r) => [r[1], r[3]])).toEqual([['Google', 1]]);
    expect(fixture.ask('top 10 2020 country:GB').rows).toEqual([]);
    expect(footer(fixture.ask('top 10 2020 country:GB'))).toContain("By the unit's own country (`located`): United Kingdom 1 (+1).");
  });

  it('every country answer names its rule; institution rankings without a country do not', () => {
    expect(footer(fixture.ask('compare US GB 2020'))).toMatch(/Country rule:/);
    expect(footer(fixture.ask('GB 2020'))).toMatch(/Country rule:/);
    expect(footer(fixture.ask('papers GB 2020 located'))).toMatch(/Country rule \(`located`\)/);
    expect(footer(fixture.ask('countries 2020 units'))).toMatch(/Country rule \(`units`\)/);
    expect(footer(fixture.ask('2020 top10'))).not.toMatch(/Country rule/);
    expect(footer(fixture.ask('countries 2020 lang:ja'))).toMatch(/^国ルール：/m);
  });

  it('`located` reads back from the command that reproduces the answer', () => {
    expect(fixture.ask('countries 2020 located').meta.command).toBe('top 20 countries 2020 located');
  });
});

describe('where affiliations come from', () => {
  const TIMING = /2020 figures use affiliations as given at the time; later years use OpenReview profiles as scraped later/;
  it('a figure spanning 2020 and a later year says so in one line', () => {
    expect(footer(fixture.ask('compare US CN 2020-2024'))).toMatch(TIMING);
    expect(footer(fixture.ask('Tsinghua 2020-2024'))).toMatch(TIMING);
    expect(footer(fixture.ask('2020 2024 top10'))).toMatch(TIMING);
    expect(footer(fixture.ask('compare US CN 2023-2024'))).not.toMatch(TIMING);
    expect(footer(fixture.ask('2020 top10'))).not.toMatch(TIMING);
  });
});
