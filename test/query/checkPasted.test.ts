// `check` on the forms pasted sentences take, against the hand-written fixture
// (test/helpers/fixtureDb.ts). 2024 authors: Tsinghua 3 (Cai on P4 and P6, Hao), MIT, RIKEN,
// Google (Kim), Stanford and Tokyo 1 each; so countries CN 3, US 3, JP 2. Tiers 2024: P6 oral
// (Mei of Tokyo, Cai of Tsinghua), P5 spotlight (Kim of Google, Lea of Stanford), P4 poster.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/domain/table.ts';
import { isParseError, type Answer } from '../../src/query/model/types.ts';
import { renderJson } from '../../src/render/json.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';

const fixture = useFixtureAsker();

function check(claim: string): Answer {
  const r = fixture.asker.ask(`check ${claim}`);
  if (isParseError(r)) throw new Error(`parse error for "${claim}": ${r.message}`);
  return r;
}

function byMethod(a: Answer): Record<string, Record<string, Cell>> {
  return Object.fromEntries(a.rows.map((row) => [String(row[0]), Object.fromEntries(a.columns.map((c, i) => [c.key, row[i]]))]));
}

describe('check: the bases pasted sentences use', () => {
  it('"N of the top M were Chinese": a number of institutions in the top M', () => {
    // Top 10 in 2024 by authors: all six (Tsinghua 3, five tied at 1); three are American, two Japanese.
    expect(byMethod(check('Three of the top 10 institutions in 2024 were American')).authors.airank).toBe(3);
    expect(byMethod(check('Two of the top 10 institutions in 2024 were Japanese')).authors.airank).toBe(2);
    // Top 1 is Tsinghua alone: no American institution.
    expect(byMethod(check('One of the top 1 institutions in 2024 was American')).authors.airank).toBe(0);
    // 上位10機関に中国勢が1機関: the name inside the phrase is read.
    const ja = check('2024年、著者数の上位10機関に中国勢が1機関入った');
    expect(ja.check!.readings[0]).toMatchObject({ entity: { id: 'CN' }, kind: 'count', value: 1, basis: { top: 10, counts: 'institutions' } });
    expect(byMethod(ja).authors.verdict).toMatch(/^matches/);
  });

  it('a country sum, rank and share over the top N institutions', () => {
    // Top 1 in 2024: Tsinghua (3); China is first with all of it.
    const rank = check('Among the top 1 institutions, China ranked first in 2024');
    expect(byMethod(rank).authors.airank).toBe(1);
    expect(byMethod(check('Among the top 1 institutions, China had 100% of the authors in 2024')).authors.airank).toBe(1);
    expect(byMethod(check('Counting authors from the top 1 institutions, the US had 0 in 2024')).authors.airank).toBe(0);
    // Top 2 is all six: US 3 of 8.
    expect(byMethod(check('Among the top 2 institutions, the US had 37.5% of the authors in 2024')).authors.verdict).toMatch(/^matches/);
  });

  it('orals and spotlights together: the tiers added', () => {
    // Oral P6: Tsinghua (Cai) 1; spotlight P5: Tsinghua 0. Google: spotlight Kim 1.
    const a = check('Counting orals and spotlights together, Tsinghua had 1 author in 2024');
    expect(a.check!.readings[0].filters.statuses).toEqual(['oral', 'spotlight']);
    expect(byMethod(a).authors.airank).toBe(1);
    expect(byMethod(a).people.airank).toBeNull();
    expect(String(byMethod(a).people.verdict)).toMatch(/not additive over several tiers/);
    expect(byMethod(a).authors.reproduce).toMatch(/ oral.* ; .* spotlight/);
    expect(byMethod(check('Google had 1 author on orals and spotlights in 2024')).authors.airank).toBe(1);
    // US share of oral + spotlight authors in 2024: Kim, Lea of 4 slots.
    expect(byMethod(check('US authors made up 50% of oral and spotlight authors in 2024')).authors.airank).toBeCloseTo(0.5);
  });

  it('paper equivalents are fractional credit, and the headline is under that method', () => {
    // Tsinghua 2024 fractional: 1/4 + 1/4 + 1/2 = 1.0.
    const a = check('In paper equivalents, Tsinghua scored 1.0 in 2024');
    expect(a.check!.readings[0]).toMatchObject({ method: 'fractional', methodNamed: true });
    expect(a.meta.notes[0]).toMatch(/^Matches under fractional, the method the claim names/);
  });

  it('a rank within a list ("made the top 2")', () => {
    expect(byMethod(check('Stanford made the top 2 in 2024')).authors.verdict).toMatch(/^matches: ranked 2/);
    expect(byMethod(check('RIKEN made the top 1 in 2024')).authors.verdict).toMatch(/^off: ranked 2/);
  });
});

describe('check: the whole sentence accounted for', () => {
  it('lists what it does not check, and never says a plain "matches" for such a sentence', () => {
    const a = check('Tsinghua had 3 authors in 2024, ahead of Google by 200%');
    expect(a.headline).toMatch(/^Checked in part \(2 not checked\): ✅ /);
    expect(a.meta.notes[0]).toMatch(/^Matches under authors, the default method/);
    expect(a.text).toMatch(
      /\*Not checked: \*Google \(named only as what another is compared with\); by 200% \(a gap between two names, not a figure of one\)\./,
    );
    expect(a.check!.unchecked.map((u) => [u.text, u.reason])).toEqual([
      ['Google', 'compared'],
      ['by 200%', 'gap'],
    ]);
  });

  it('refuses a sentence about something airank does not hold, saying what', () => {
    const a = check('Tsinghua papers drew 300 citations in 2024');
    expect(a.unread).toBe(true);
    expect(a.rows).toEqual([]);
    expect(a.text).toMatch(/it is about citations, which airank does not count/);
    const zh = fixture.asker.ask('check 清华大学2024年有300项专利 lang:zh') as Answer;
    expect(zh.text).toMatch(/说的是专利/);
    const ja = fixture.asker.ask('check AI人材の半数が中国出身 lang:ja') as Answer;
    expect(ja.text).toMatch(/研究者の出身・国籍の話です/);
  });

  it('takes the year and venue from words beside the sentence, and says so', () => {
    const without = check('Tsinghua had 3 authors this year');
    expect(without.unread).toBe(true);
    expect(without.title).toMatch(/missing the year or years/);
    const a = check('2024 neurips: Tsinghua had 3 authors this year');
    expect(a.check!.context).toBe('2024 neurips');
    expect(a.check!.readings[0]).toMatchObject({ years: [2024], filters: { conferences: ['neurips'] } });
    expect(a.text).toMatch(/^\*Context added:\* 2024 neurips/);
    // The sentence's own year wins over the context.
    expect(check('2020: Tsinghua had 3 authors in 2024').check!.readings[0].years).toEqual([2024]);
  });

  it('the JSON answer holds the readings and what was not checked', () => {
    const json = JSON.parse(renderJson(check('In 2024, Tsinghua ranked first with 3 authors, ahead of MIT'))) as Answer;
    expect(json.check!.readings).toEqual([
      {
        entity: { kind: 'institution', id: 'tsinghua', name: 'Tsinghua University' },
        kind: 'rank',
        value: 1,
        text: 'ranked first',
        years: [2024],
        filters: { conferences: [] },
        method: 'authors',
        methodNamed: false,
        verdict: { kind: 'matches', text: 'matches', airank: 1 },
      },
      {
        entity: { kind: 'institution', id: 'tsinghua', name: 'Tsinghua University' },
        kind: 'count',
        value: 3,
        text: '3',
        years: [2024],
        filters: { conferences: [] },
        method: 'authors',
        methodNamed: false,
        verdict: { kind: 'matches', text: 'matches', airank: 3 },
      },
    ]);
    expect(json.check!.unchecked).toEqual([{ text: 'MIT', reason: 'compared', why: 'named only as what another is compared with' }]);
  });
});
