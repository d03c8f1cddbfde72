// The relevance rule of the default footer (src/query/model/caveats.ts), on its own, then on
// answers from the fixture database: which caveats can move the figure shown.
import { describe, expect, it } from 'vitest';
import { caveatLine, MAX_SHOWN, relevantCaveats, type Caveat, type FigureFacts } from '../../src/query/model/caveats.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';

const ICML_2021: Caveat = { kind: 'partial', label: 'ICML 2021', filled: 0.512, byId: false };
const ICML_2022: Caveat = { kind: 'partial', label: 'ICML 2022', filled: 0.523, byId: false };
const ICLR_2024: Caveat = { kind: 'partial', label: 'ICLR 2024', filled: 0.769, byId: true, papersCover: 0.994 };
const TIMING: Caveat = { kind: 'timing' };
const US_LOCATED: Caveat = { kind: 'countryRule', name: 'United States', value: 16284, diff: -633, type: 'int', located: true };

const figure = (over: Partial<FigureFacts>): FigureFacts => ({ countries: 'any', method: 'authors', growth: false, countryRule: false, ...over });
const line = (candidates: Caveat[], f: FigureFacts) => caveatLine(relevantCaveats(candidates, f), 'en') ?? '';

describe('the relevance rule', () => {
  it('a Japanese institute in 2021-2024 gets the partial years but no China clause', () => {
    const riken = figure({ countries: ['JP'] });
    const text = line([ICML_2021, ICML_2022, ICLR_2024], riken);
    expect(text).toContain('ICML 2021 51%, ICML 2022 52%, ICLR 2024 77%');
    expect(text).not.toMatch(/Chinese/);
    // The same years for a Chinese institution, or a ranking open to every country, do get it.
    expect(line([ICLR_2024], figure({ countries: ['CN'] }))).toMatch(/Chinese institutions likely undercounted/);
    expect(line([ICLR_2024], figure({ countries: 'any' }))).toMatch(/Chinese institutions likely undercounted/);
  });

  it('an author count gets no `papers` clause; a count of papers does', () => {
    expect(line([ICLR_2024], figure({ method: 'authors' }))).not.toMatch(/institution list/);
    expect(line([ICLR_2024], figure({ method: 'papers' }))).toMatch(/each paper's institution list \(99\.4% of papers\)/);
  });

  it('a growth claim gets the 2020-source line; a figure for one span does not', () => {
    expect(relevantCaveats([ICML_2021, TIMING], figure({ growth: true })).map((c) => c.kind)).toEqual(['partial', 'timing']);
    expect(relevantCaveats([ICML_2021, TIMING], figure({ growth: false })).map((c) => c.kind)).toEqual(['partial']);
  });

  it('a country answer under a roll-up gets the country rule with its size, unless it is a change or nothing moves', () => {
    const country = figure({ countries: ['US'], countryRule: true });
    expect(line([US_LOCATED], country)).toBe("⚠ By the unit's own country (`located`): United States 16,284 (−633).");
    expect(relevantCaveats([US_LOCATED], { ...country, growth: true })).toEqual([]);
    expect(relevantCaveats([{ ...US_LOCATED, diff: 0 }], country)).toEqual([]);
    expect(relevantCaveats([US_LOCATED], figure({ countryRule: false }))).toEqual([]);
  });

  it('shows at most two, the figure-changing ones first, each kind once', () => {
    const correction: Caveat = { kind: 'correction', text: 'An editor moved 1 slot.' };
    const shown = relevantCaveats([TIMING, ICML_2021, correction, ICLR_2024, US_LOCATED], figure({ growth: true, countryRule: true }));
    expect(shown.length).toBe(MAX_SHOWN);
    expect(shown.map((c) => c.kind)).toEqual(['correction', 'partial']);
    expect(caveatLine([], 'en')).toBeNull();
  });

  it("speaks the answer's language", () => {
    expect(caveatLine(relevantCaveats([ICLR_2024], figure({ countries: ['CN'] })), 'zh')).toBe(
      '⚠ 数据不完整，通过关联填补：ICLR 2024 77%。中国机构可能被低估。',
    );
    expect(caveatLine(relevantCaveats([ICLR_2024], figure({ countries: ['JP'] })), 'ja')).toBe('⚠ 部分的なデータ（関連付けで補完）：ICLR 2024 77%。');
  });
});

describe('the rule on answers (fixture database)', () => {
  const fixture = useFixtureAsker({ withLinkedEvidence: true });

  it('each answer keeps every candidate caveat and shows only the relevant ones', () => {
    const riken = fixture.ask('RIKEN 2021-2024');
    expect(riken.meta.figure?.countries).toEqual(['JP']);
    expect(riken.meta.caveatLine ?? '').not.toMatch(/Chinese/);
    const growth = fixture.ask('check CN grew 8x 2020-2024');
    expect(growth.meta.figure?.growth).toBe(true);
    expect(growth.meta.caveats?.map((c) => c.kind)).toContain('timing');
    expect(growth.meta.caveatLine).toMatch(/2020 uses affiliations given at the time/);
    const count = fixture.ask('check China had 3 authors in 2024');
    expect(count.meta.figure?.growth).toBe(false);
    expect(count.meta.caveatLine ?? '').not.toMatch(/2020 uses/);
  });
});
