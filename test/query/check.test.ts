// `check <claim>` against the hand-written fixture (test/helpers/fixtureDb.ts). Every
// expected figure is worked out by hand from the paper list there.
import { describe, expect, it } from 'vitest';
import { isParseError, type Answer } from '../../src/query/model/types.ts';
import { renderCsv } from '../../src/render/csv.ts';
import { renderText } from '../../src/render/text.ts';
import { renderAnswer } from '../../src/slack/render/answer.ts';
import { renderDetails } from '../../src/slack/render/details.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';
import type { Cell } from '../../src/domain/table.ts';
import { METHODS } from '../../src/query/model/methods.ts';

const fixture = useFixtureAsker();

function check(claim: string): Answer {
  const r = fixture.asker.ask(`check ${claim}`);
  if (isParseError(r)) throw new Error(`parse error for "${claim}": ${r.message}`);
  expect(r.kind).toBe('check');
  return r;
}

/** method -> {airank, claimed, difference, verdict, reproduce} */
function byMethod(a: Answer): Record<string, Record<string, Cell>> {
  return Object.fromEntries(a.rows.map((row) => [String(row[0]), Object.fromEntries(a.columns.map((c, i) => [c.key, row[i]]))]));
}

const verdicts = (a: Answer) => Object.fromEntries(Object.entries(byMethod(a)).map(([m, r]) => [m, String(r.verdict).split(' (')[0]]));

describe('check: counts under every method', () => {
  // Tsinghua 2024: P4 Cai, Hao; P6 Cai. authors 3, people 2 (Cai, Hao), papers 2 (P4, P6),
  // fractional 1/4 + 1/4 + 1/2 = 1.0, first 1 (Cai on P4; Mei is first on P6), last 1 (Cai
  // on P6; Jun of RIKEN AIP is last on P4).
  it('a count that matches under one method only', () => {
    const a = check('Tsinghua had 3 authors in 2024');
    const rows = byMethod(a);
    expect(rows.authors.airank).toBe(3);
    expect(rows.people.airank).toBe(2);
    expect(rows.papers.airank).toBe(2);
    expect(rows.fractional.airank).toBeCloseTo(1.0);
    expect(rows.first.airank).toBe(1);
    expect(rows.last.airank).toBe(1);
    expect(verdicts(a)).toEqual({
      authors: 'matches',
      people: 'off by 50%',
      papers: 'off by 50%',
      fractional: 'off by 200%',
      first: 'off by 200%',
      last: 'off by 200%',
    });
    expect(rows.people.difference).toBeCloseTo((3 - 2) / 2);
    expect(a.title).toBe('Check: "Tsinghua had 3 authors in 2024"');
    expect(a.headline).toBe('✅ Matches: Tsinghua University 3 against the claimed 3 (authors, 2024); not under people, papers, fractional, first and last.');
    // The claim names no method: the headline is the default method's; the other rows are context.
    expect(a.meta.notes[0]).toMatch(/^Matches under authors, the default method/);
    expect(rows.people.reproduce).toBe('inst "Tsinghua University" 2024 people');
  });

  it('every reproduce command gives the checked figure', () => {
    const a = check('Tsinghua had 3 authors in 2024');
    for (const [method, row] of Object.entries(byMethod(a))) {
      const r = fixture.asker.ask(String(row.reproduce));
      if (isParseError(r)) throw new Error(r.message);
      const year = r.rows.find((x) => x[0] === '2024')!;
      expect(year[1], method).toBe(row.airank);
    }
  });

  it('a claim within 5% under the default method in the title', () => {
    // Google 2020-2024 (DeepMind rolled up): Bob, Fay (2020), Kim (2024): authors 3, people 3,
    // papers 3 (P1, P3, P5), fractional 1/3 + 1/2 + 1/2 = 4/3, first 2 (Fay, Kim).
    const a = check('Google had 3.1 authors from 2020 to 2024');
    expect(byMethod(a).fractional.airank).toBeCloseTo(4 / 3);
    expect(verdicts(a).authors).toBe('within 5%');
    expect(a.meta.notes[0]).toMatch(/^Within 5% \(claim higher\) under authors, the default method/);
  });

  it('filters in the claim are applied', () => {
    // NeurIPS 2024 oral: P6 only → Tsinghua 1 (Cai).
    expect(byMethod(check('Tsinghua had 1 author at NeurIPS 2024 oral')).authors.airank).toBe(1);
  });
});

describe('check: ranks, growth, shares, top-N scope', () => {
  it('a rank that holds under `first` only: the headline stays under the default method', () => {
    // 2024 ranks: authors Tsinghua 3 then five institutions at 1 (Google rank 2); people,
    // papers and fractional also put Tsinghua alone on top. First authors: Tsinghua (Cai),
    // Google (Kim), Tokyo (Mei) one each, all rank 1. Last authors: RIKEN (Jun, P4), Stanford
    // (Lea, P5), Tsinghua (Cai, P6): Google has none, so no rank.
    const a = check('Google rank 1 2024');
    const rows = byMethod(a);
    expect(rows.first.airank).toBe(1);
    expect(rows.authors.airank).toBe(2);
    expect(rows.fractional.airank).toBe(2); // 0.5, tied with Stanford and Tokyo behind Tsinghua's 1.0
    expect(verdicts(a)).toEqual({
      authors: 'off: ranked 2',
      people: 'off: ranked 2',
      papers: 'off: ranked 2',
      fractional: 'off: ranked 2',
      first: 'matches',
      last: 'no figure, so no rank',
    });
    // `first` matches, but the claim does not say first authors: that row is context, never a rescue.
    expect(a.meta.notes[0]).toMatch(/^Off: ranked 2 \(1 place lower\) under authors, the default method/);
    for (const form of ['Google ranked first in 2024', 'Google was #1 in 2024', 'Google was number one in 2024']) {
      expect(byMethod(check(form)).first.verdict, form).toBe('matches');
    }
  });

  it('a growth multiple between two years', () => {
    // CN 2020: Cai, Dan, Eve (P1, P2); 2024: Cai, Hao, Cai (P4, P6).
    // authors 3 → 3 = x1.0; people 3 → 2; papers 2 → 2; fractional 4/3 → 1 = x0.75; first Dan → Cai = x1.0.
    const rows = byMethod(check('CN grew 1.0x 2020-2024'));
    expect(rows.authors.airank).toBeCloseTo(1);
    expect(rows.people.airank).toBeCloseTo(2 / 3);
    expect(rows.fractional.airank).toBeCloseTo(0.75);
    expect(rows.people.verdict).toBe('off by 50% (claim higher)');
    expect(rows.papers.verdict).toBe('matches');
    expect(byMethod(check('China grew twofold between 2020 and 2024')).authors.verdict).toBe('off by 100% (claim higher)');
  });

  it('a share, compared at the precision it is written', () => {
    // Tsinghua 2024: 3 of 8 resolved author slots = 37.5%; fractional 1.0 of 3.0 = 33.3%.
    const rows = byMethod(check('Tsinghua had a share of 37.5% in 2024'));
    expect(rows.authors.airank).toBeCloseTo(3 / 8);
    expect(rows.authors.verdict).toBe('matches');
    expect(rows.fractional.airank).toBeCloseTo(1 / 3);
    expect(byMethod(check('Tsinghua had 38% of authors in 2024')).authors.verdict).toBe('matches');
    expect(byMethod(check('Tsinghua had 37% of authors in 2024')).authors.verdict).not.toBe('matches');
  });

  it("top-N scope: only institutions in that year's top N count", () => {
    // 2024 top 1 by authors: Tsinghua (3). By papers: Tsinghua (2). By first: three-way tie at 1.
    const rows = byMethod(check('CN 3 2024 top1'));
    expect(rows.authors.airank).toBe(3);
    expect(rows.papers.airank).toBe(2);
    expect(rows.first.airank).toBe(1);
    expect(rows.people.airank).toBeNull();
    expect(rows.people.verdict).toMatch(/not additive/);
    expect(rows.authors.reproduce).toBe('top 1 2024');
    // Top 1 holds no US institution under authors; top 2 is all six (five tied at rank 2): Google, MIT, Stanford.
    expect(byMethod(check('US 3 2024 top1')).authors.airank).toBe(0);
    expect(byMethod(check('US 3 2024 top2')).authors.airank).toBe(3);
  });
});

describe('check: coverage caveats', () => {
  const GAP = /ICLR 2024: no per-author affiliations/;
  it('a year with a gap carries the caveat in every rendering', () => {
    const a = check('Tsinghua had 3 authors in 2024');
    expect(a.meta.gaps.map((g) => g.note).join(' ')).toMatch(GAP);
    // Said once: in the footer's full account (terminal --details, CSV, Slack's Caveats & method), not also above the table.
    expect(a.text).not.toMatch(GAP);
    expect(renderText(a, { details: true })).toMatch(GAP);
    expect(renderCsv(a)).toMatch(GAP);
    expect(JSON.stringify(renderDetails(a).blocks)).toMatch(GAP);
    // The default names the gap that changes this figure, shortly.
    expect(JSON.stringify(renderAnswer(a, { question: 'check x', tableStyle: 'table', postButton: false }).blocks)).toMatch(/ICLR 2024/);
  });
  it('gaps follow the years and conferences of the claim', () => {
    expect(check('Tsinghua had 3 authors in 2020').meta.gaps).toEqual([]);
    expect(check('Tsinghua had 3 authors at NeurIPS 2024').meta.gaps).toEqual([]);
    const span = check('Google had 3 authors 2020-2024').meta.gaps.map((g) => `${g.conference} ${g.year}`);
    expect(span).toEqual(['icml 2021', 'icml 2022', 'iclr 2024']);
  });
});

describe('check: claims it cannot read', () => {
  it.each([
    ['the number is huge', /which country or institution, the figure and the year or years/],
    ['China grew eightfold in four years', /the year or years/],
    ['Tsinghua had 3 authors', /the year or years/],
    ['had 3 authors in 2024', /which country or institution/],
    ['Tsinghua did well in 2024', /the figure/],
    ['Tsinghua and Stanford had 3 authors in 2024', /names 2 countries or institutions/],
    ['China grew 8x in 2024', /needs two years/],
    ['China had 5 authors in 2019', /2019 is outside the data/],
    ['Tsinghua had 12% in 2024 top50', /not to a rank or share/],
  ])('%s', (claim, why) => {
    const a = check(claim);
    expect(a.rows).toEqual([]);
    expect(a.title).toMatch(/^Could not read the claim/);
    expect(a.text).toMatch(why);
    // The forms it understands, with examples.
    expect(a.text).toContain('check Google rank 1 2024');
    expect(a.text).toContain('top50');
  });
  it('checks each figure of a sentence with several', () => {
    const a = check('China had 8,491 authors and 12% of all in 2024');
    expect(a.meta.notes[0]).toMatch(/^2 figures checked/);
    expect(new Set(a.rows.map((r) => r[0]))).toEqual(new Set(['a count of 8,491', 'a share of 12%']));
    expect(a.rows).toHaveLength(2 * METHODS.length);
  });
  it('says which part is missing in the title', () => {
    expect(check('China grew eightfold in four years').title).toBe('Could not read the claim: missing the year or years');
  });
});

describe('check: claims as written, with every filter applied or refused', () => {
  it('a unit named on its own is counted alone, with the roll-up note', () => {
    // DeepMind 2020: Fay on P3. Rolled up into Google it would have no figure of its own.
    const a = check('DeepMind had 1 author in 2020');
    expect(byMethod(a).authors.airank).toBe(1);
    expect(byMethod(a).authors.reproduce).toBe('inst "Google DeepMind" 2020 units');
    expect(a.meta.notes.join(' ')).toMatch(/Google DeepMind rolls up into Google by default; named on its own, it is counted alone/);
  });

  it('a hedged figure matches on the side it says', () => {
    // Tsinghua 2024: authors 3, people 2, first 1.
    const v = verdicts(check('Tsinghua had more than 2 authors in 2024'));
    expect(v.authors).toBe('matches: the figure is above it');
    expect(v.people).toBe('off: the figure is not above it');
    expect(verdicts(check('Tsinghua had fewer than 3 authors in 2024')).people).toBe('matches: the figure is below it');
  });

  it('a rank in a country or among a kind of institution is ranked there', () => {
    // 2024 globally: Tsinghua 3, then Stanford, MIT, RIKEN (AIP rolled up), Google, UTokyo with 1 each: all rank 2.
    expect(byMethod(check('RIKEN ranked second in 2024')).authors.airank).toBe(2);
    // Within Japan: RIKEN 1 and UTokyo 1, both first.
    const jp = byMethod(check('RIKEN ranked first in Japan in 2024')).authors;
    expect(jp.airank).toBe(1);
    expect(jp.reproduce).toBe('top 10 2024 country:JP');
    // Among companies only Google (Kim) counts.
    const companies = byMethod(check('Google ranked first among companies in 2024')).authors;
    expect(companies.airank).toBe(1);
    expect(companies.reproduce).toBe('inst "Google" 2024 companies');
  });

  it('units and exact reach the figure and the reproducing command', () => {
    // RIKEN 2024 is Jun at RIKEN AIP: 1 rolled up, none as a unit.
    expect(byMethod(check('RIKEN had 1 author in 2024')).authors.verdict).toBe('matches');
    const units = byMethod(check('RIKEN had 1 author in 2024 (units)')).authors;
    expect(units.airank).toBe(0);
    expect(units.reproduce).toBe('inst "RIKEN" 2024 units');
    expect(byMethod(check('Tsinghua had 3 authors in 2024, exact')).authors.reproduce).toBe('inst "Tsinghua University" 2024 exact');
  });

  it('refuses a filter that cannot apply, with the reason', () => {
    const a = check('China had 3 authors in 2024 country:JP');
    expect(Object.values(byMethod(a)).map((r) => r.verdict)).toEqual(Array(METHODS.length).fill('a country scope applies to institutions, not to a country'));
    expect(check('Tsinghua had 3 authors in 2024 country:Narnia').text).toMatch(/I do not know the country "Narnia"/);
  });

  it('a method the claim names decides the title', () => {
    const a = check('Among first authors, Tsinghua had 1 in 2024');
    expect(a.meta.notes[0]).toMatch(/^Matches under first, the method the claim names/);
  });

  it('answers in the language asked', () => {
    const zh = fixture.asker.ask('check 清华大学2024年有3名作者 lang:zh') as Answer;
    expect(zh.text).toMatch(/^\*解读为：\*\u200B清华大学 · 数量 3 · 2024 年。/);
    expect(zh.meta.notes[0]).toMatch(/^默认统计方法 authors：一致/);
    const ja = fixture.asker.ask('check 理研は2024年に2位だった lang:ja') as Answer;
    expect(byMethod(ja).authors.verdict).toBe('一致');
  });
});

describe("check: the reading names the track in the venue table's words", () => {
  it('a datasets & benchmarks claim says so, in each language', () => {
    // NeurIPS 2024 D&B: P5, Kim (google.com) and Lea (Stanford).
    const en = check('Stanford had 1 author at NeurIPS 2024 in the datasets track');
    expect(byMethod(en).authors.verdict).toBe('matches');
    expect(renderText(en)).toContain('NeurIPS · datasets & benchmarks track');
    const ja = fixture.asker.ask('check Stanford had 1 author at NeurIPS 2024 in the datasets track lang:ja');
    if (isParseError(ja)) throw new Error(ja.message);
    expect(renderText(ja)).toContain('NeurIPS · データセット＆ベンチマークトラック');
  });
});
