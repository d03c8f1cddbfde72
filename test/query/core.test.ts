// Every command form against the hand-written fixture (test/helpers/fixtureDb.ts).
// Expected figures are worked out by hand from the paper list in that file.
import { describe, expect, it } from 'vitest';
import { isParseError, type Answer } from '../../src/query/model/types.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';
import type { Cell } from '../../src/domain/table.ts';

const fixture = useFixtureAsker();

const ask = fixture.ask;

/** Rows as {columnKey: cell} objects. */
function records(a: Answer): Array<Record<string, Cell>> {
  return a.rows.map((row) => Object.fromEntries(a.columns.map((c, i) => [c.key, row[i]])));
}

function figures(a: Answer, nameKey = 'institution'): Record<string, Cell> {
  return Object.fromEntries(records(a).map((r) => [String(r[nameKey]), r.value]));
}

describe('institution rankings under every counting method (NeurIPS+ICML+ICLR 2024)', () => {
  // 2024 slots with an institution: P4 Cai, Hao (Tsinghua), Ivy (MIT), Jun (RIKEN AIP → RIKEN);
  // P5 Kim (google.com → Google), Lea (Stanford); P6 Mei (Tokyo), Cai (Tsinghua). P7 has none.
  it('authors: author slots', () => {
    const a = ask('2024 top10');
    expect(figures(a)).toEqual({
      'Tsinghua University': 3,
      Google: 1,
      'Massachusetts Institute of Technology': 1,
      RIKEN: 1,
      'Stanford University': 1,
      'The University of Tokyo': 1,
    });
    expect(records(a)[0].rank).toBe(1);
    expect(records(a)[1].rank).toBe(2); // five-way tie at 1 slot: competition ranking
    expect(records(a)[0].share).toBeCloseTo(3 / 8);
  });
  it('people: Cai counts once for Tsinghua', () => {
    expect(figures(ask('2024 top10 people'))['Tsinghua University']).toBe(2);
  });
  it('papers: P4 and P6 for Tsinghua', () => {
    expect(figures(ask('2024 top10 papers'))['Tsinghua University']).toBe(2);
  });
  it('fractional: 1/4 + 1/4 (P4) + 1/2 (P6)', () => {
    const f = figures(ask('2024 top10 fractional'));
    expect(f['Tsinghua University']).toBeCloseTo(1.0);
    expect(f.Google).toBeCloseTo(0.5);
    expect(f.RIKEN).toBeCloseTo(0.25);
  });
  it('first: first authors are Cai (P4), Kim (P5), Mei (P6)', () => {
    expect(figures(ask('2024 top10 first'))).toEqual({ 'Tsinghua University': 1, Google: 1, 'The University of Tokyo': 1 });
  });
  it('units: RIKEN AIP and DeepMind stand alone', () => {
    expect(figures(ask('2024 top10 units'))['RIKEN Center for Advanced Intelligence Project']).toBe(1);
    const all = figures(ask('2020-2024 top10 units'));
    expect(all['Google DeepMind']).toBe(1);
    expect(all.Google).toBe(2); // Bob (2020) and Kim (2024) only
    expect(figures(ask('2020-2024 top10')).Google).toBe(3); // DeepMind rolled up
  });
  it('filters: main track, oral, conference, country', () => {
    expect(figures(ask('2024 top10 main')).Google).toBeUndefined(); // Kim's paper is D&B
    expect(figures(ask('2024 top10 oral'))).toEqual({ 'Tsinghua University': 1, 'The University of Tokyo': 1 });
    expect(figures(ask('2020 top10 icml'))).toEqual({ Google: 1 }); // Fay (DeepMind); Gus unresolved
    expect(figures(ask('2020-2024 top10 country:US'))).toEqual({ Google: 3, 'Stanford University': 2, 'Massachusetts Institute of Technology': 1 });
  });
  it('latest year by default, and a gap note for ICLR 2024', () => {
    const a = ask('top10');
    expect(a.meta.years).toEqual([2024]);
    expect(a.meta.gaps.map((g) => g.note).join(' ')).toMatch(/ICLR 2024: no per-author affiliations/);
    expect(ask('2020 top10').meta.gaps).toEqual([]);
  });
});

describe('countries and comparisons', () => {
  it('country ranking 2024', () => {
    // US: Ivy, Kim, Lea = 3; CN: Cai, Hao, Cai = 3; JP: Jun, Mei = 2.
    expect(figures(ask('countries 2024'), 'country')).toEqual({ 'United States': 3, China: 3, Japan: 2 });
  });
  it('DeepMind counts for the US under roll-up, for GB as a unit', () => {
    expect(figures(ask('countries 2020'), 'country')['United Kingdom']).toBeUndefined();
    expect(figures(ask('countries 2020 units'), 'country')['United Kingdom']).toBe(1);
  });
  it('compare US CN: per year, totals, shares and growth', () => {
    const a = ask('compare US CN 2020-2024');
    const byYear = Object.fromEntries(records(a).map((r) => [r.year, r]));
    // 2020: US = Ann, Bob, Fay(DeepMind→Google) = 3; CN = Cai, Dan, Eve = 3; 6 slots with a country.
    expect(byYear['2020'].US).toBe(3);
    expect(byYear['2020'].CN).toBe(3);
    expect(byYear['2020'].US_share).toBeCloseTo(0.5);
    expect(byYear['2024'].US).toBe(3);
    expect(byYear['2024'].US_share).toBeCloseTo(3 / 8);
    expect(byYear['2024'].CN_growth).toBeCloseTo(1);
    expect(byYear.Total.US).toBe(6);
    expect(byYear.Total.CN).toBe(6);
  });
  it('compare people counts distinct people across years in the total', () => {
    const byYear = Object.fromEntries(records(ask('compare CN JP people')).map((r) => [r.year, r]));
    expect(byYear['2020'].CN).toBe(3); // Cai, Dan, Eve
    expect(byYear['2024'].CN).toBe(2); // Cai, Hao
    expect(byYear.Total.CN).toBe(4); // Cai once
  });
  it('compare two institutions', () => {
    const a = ask('compare Tsinghua Stanford');
    const total = records(a).find((r) => r.year === 'Total')!;
    expect(total.tsinghua).toBe(6);
    expect(total.stanford).toBe(2);
  });
});

describe('shares', () => {
  it('are the same in a ranking, a comparison and the institution view, under every method', () => {
    for (const method of ['authors', 'people', 'papers', 'fractional', 'first']) {
      const ranking = records(ask(`2024 top10 ${method}`)).find((r) => r.institution === 'Tsinghua University')!;
      const compared = records(ask(`compare Tsinghua Google 2024 ${method}`))[0];
      const view = records(ask(`Tsinghua 2024 ${method}`))[0];
      expect(compared.tsinghua_share, method).toBeCloseTo(ranking.share as number);
      expect(view.share, method).toBeCloseTo(ranking.share as number);
    }
  });
  it('under papers, count a paper with several institutions once in the denominator', () => {
    // 2024 papers with an institution: P4, P5, P6; Tsinghua is on P4 and P6.
    const ranking = records(ask('2024 top10 papers')).find((r) => r.institution === 'Tsinghua University')!;
    expect(ranking.share).toBeCloseTo(2 / 3);
  });
});

describe('one institution', () => {
  it('figures and rank by year', () => {
    const rows = Object.fromEntries(records(ask('rank RIKEN 2024')).map((r) => [r.year, r]));
    expect(rows['2024'].value).toBe(1);
    expect(rows['2024'].rank).toBe(2);
  });
  it('people: a person counts once per year and once over all years', () => {
    const rows = Object.fromEntries(records(ask('Tsinghua people')).map((r) => [r.year, r]));
    expect(rows['2020'].value).toBe(3); // Cai, Dan, Eve
    expect(rows['2024'].value).toBe(2); // Cai, Hao
    expect(rows.Total.value).toBe(4); // Cai once
    // Denominators: 2020 people with an institution: Ann, Bob, Cai, Dan, Eve, Fay = 6.
    expect(rows['2020'].share).toBeCloseTo(3 / 6);
    // All years: those 6, plus Hao, Ivy, Jun, Kim, Lea, Mei (Cai already counted) = 12.
    expect(rows.Total.share).toBeCloseTo(4 / 12);
    expect(rows.Total.rank).toBe(1);
  });
  it('CJK names and quoted names', () => {
    expect(ask('東大').title).toMatch(/Tokyo/);
    expect(records(ask('inst "University of Tokyo" 2024'))[0].value).toBe(1);
  });
});

describe('drill-down, coverage, team size, text answers', () => {
  it('papers lists exactly the slots behind the authors figure', () => {
    const drill = ask('papers Tsinghua 2024');
    expect(drill.totalRows).toBe(figures(ask('2024 top10'))['Tsinghua University']);
    expect(new Set(drill.rows.map((r) => r[0])).size).toBe(figures(ask('2024 top10 papers'))['Tsinghua University']);
  });
  it('coverage shows gaps as gaps', () => {
    const rows = records(ask('coverage'));
    const iclr24 = rows.find((r) => r.conference === 'ICLR' && r.year === '2024')!;
    expect(iclr24.papers).toBe(1);
    expect(iclr24.affiliation).toBeNull();
    expect(String(iclr24.note)).toMatch(/gap/);
    const neurips20 = rows.find((r) => r.conference === 'NeurIPS' && r.year === '2020')!;
    expect(neurips20.resolved).toBeCloseTo(1);
  });
  it('teamsize: mean and median authors per paper', () => {
    const rows = Object.fromEntries(records(ask('teamsize 2020-2024')).map((r) => [r.year, r]));
    expect(rows['2020'].mean).toBeCloseTo((3 + 2 + 2) / 3);
    expect(rows['2024'].median).toBe(2); // sizes 4, 2, 2, 2
  });
  it('help and method are text answers', () => {
    expect(ask('help compare').text).toMatch(/compare/);
    expect(ask('method').text).toMatch(/2025/); // the affiliation-timing caveat
  });
  it('method states the roll-up policy as the institution table sets it (its one source)', () => {
    const policy = ask('method').text!.split('*Roll-up policy*')[1].split('\n\n')[0];
    expect(policy).toContain('• Google includes Google DeepMind');
    expect(policy).toContain('• RIKEN includes RIKEN Center for Advanced Intelligence Project');
    expect(policy.match(/^• /gm)).toHaveLength(2);
  });
  it('every answer carries the snapshot and a reproducing command', () => {
    const a = ask('TOP 5 2024 neurips');
    expect(a.meta.snapshot).toBe('fixture');
    expect(ask(a.meta.command).rows).toEqual(a.rows);
  });
});

describe('errors', () => {
  it('an impossible year, an unknown country and a typo are parse errors with help', () => {
    for (const text of ['2019 top10', 'top 0', 'countries 2024 country:XX', 'compre US CN']) {
      const r = fixture.asker.ask(text);
      expect(isParseError(r), text).toBe(true);
    }
    const typo = fixture.asker.ask('compre US CN');
    expect(isParseError(typo) && typo.suggestions).toContain('compare');
  });
});

describe('paper-level institution sets (ICLR 2024)', () => {
  const askSets = useFixtureAsker({ withInstitutionSets: true }).ask;
  it('count under `papers` only: P7 adds a paper for Tsinghua and Google, no author slot', () => {
    const papers = figures(askSets('2024 top10 papers'));
    expect(papers['Tsinghua University']).toBe(3); // P4, P6 by slots; P7 by its set
    expect(papers.Google).toBe(2); // P5 (Kim) and P7
    expect(figures(askSets('2024 top10'))['Tsinghua University']).toBe(3); // slots unchanged
    expect(figures(askSets('2024 top10 papers neurips'))['Tsinghua University']).toBe(2);
  });
  it('the drill-down lists the set-only paper, so it still adds up', () => {
    const drill = askSets('papers Tsinghua 2024');
    const rows = records(drill);
    expect(rows.filter((r) => r.author !== '')).toHaveLength(3);
    expect(new Set(rows.map((r) => r.title)).size).toBe(3);
    expect(rows.find((r) => r.title === 'Paper P7')?.raw).toBe('(paper institution set)');
    // The cell is the locale's, in every language.
    expect(records(askSets('papers Tsinghua 2024 lang:zh')).find((r) => r.title === 'Paper P7')?.raw).toBe('（论文机构集合）');
  });
});

describe('linked evidence: labelled, measured, and left out by `exact`', () => {
  const askLinked = useFixtureAsker({ withLinkedEvidence: true }).ask;
  it('every figure says what share rests on linked evidence', () => {
    // 2024 resolved slots: Cai, Hao, Zed (linked), Ivy, Jun; Kim, Lea; Mei (linked), Cai = 9.
    const a = askLinked('2024 top10');
    expect(a.meta.linkedShare).toBeCloseTo(2 / 9);
    expect(figures(a)['Tsinghua University']).toBe(4);
  });
  it('exact leaves linked slots out, under every method', () => {
    const authors = figures(askLinked('2024 top10 exact'));
    expect(authors['Tsinghua University']).toBe(3);
    expect(authors['The University of Tokyo']).toBeUndefined();
    const papers = figures(askLinked('2024 top10 papers exact'));
    expect(papers['Tsinghua University']).toBe(2); // P4 stays: Cai and Hao are own evidence
    expect(papers['The University of Tokyo']).toBeUndefined();
    expect(figures(askLinked('2024 top10 people exact'))['Tsinghua University']).toBe(2);
  });
  it('the drill-down says how a linked value was taken', () => {
    const zed = records(askLinked('papers Tsinghua 2024')).find((r) => r.author === 'Zed');
    expect(zed?.how).toBe('linked_id (same year) / alias');
  });
});
