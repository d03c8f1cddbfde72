// The `last` counting method (the last author of each paper) on the hand-written fixture
// (test/helpers/fixtureDb.ts), in every kind of answer and rendering. Last authors there:
//   P1 NeurIPS 2020  Cai Li (Tsinghua, CN)      P2 NeurIPS 2020  Eve (Tsinghua, CN)
//   P3 ICML 2020     Gus (Nowhere Lab: unresolved)
//   P4 NeurIPS 2024  Jun (RIKEN AIP, rolls up into RIKEN, JP)
//   P5 NeurIPS 2024  Lea (Stanford, US)          P6 NeurIPS 2024  Cai Li (Tsinghua, CN)
//   P7 ICLR 2024     Ola (no affiliation)
// and, in the second fixture, P8 NeurIPS 2023 by Sol (MIT) alone: first and last at once.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourcePaper } from '../../src/ingest/records/types.ts';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/open.ts';
import { scopedRows } from '../../src/query/figures/aggregate.ts';
import { loadContext } from '../../src/query/context/context.ts';
import { footnoteLines } from '../../src/render/chart/footnote.ts';
import { renderCsv } from '../../src/render/csv.ts';
import { renderJson } from '../../src/render/json.ts';
import { renderText } from '../../src/render/text.ts';
import { renderAnswer } from '../../src/slack/render/answer.ts';
import { isParseError, type Answer, type ParseError, type QueryOptions } from '../../src/query/model/types.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';
import type { Cell } from '../../src/domain/table.ts';

const fixture = useFixtureAsker();

const SOLO: SourcePaper = {
  conference: 'neurips',
  year: 2023,
  sourceId: 'P8',
  title: 'Paper P8',
  status: 'poster',
  track: 'main',
  files: ['fixture'],
  authors: [{ name: 'Sol', affiliation: 'MIT', evidence: 'profile', alignment: 'id' }],
};
const withSolo = useFixtureAsker({ extraPapers: [SOLO], withLinkedEvidence: true });

/** First column (name or year) -> the value column. */
function figures(a: Answer, column = 'value'): Record<string, Cell> {
  const i = a.columns.findIndex((c) => c.key === column);
  return Object.fromEntries(
    a.rows.map((r) => [String(r[a.columns.findIndex((c) => c.key === 'institution' || c.key === 'country' || c.key === 'year')]), r[i]]),
  );
}

describe('last: rankings', () => {
  it('ranks institutions by their last authors', () => {
    // 2024: Jun (RIKEN), Lea (Stanford), Cai (Tsinghua) one each; Ola (ICLR 2024) has no institution.
    const a = fixture.ask('2024 top10 last');
    expect(figures(a)).toEqual({ RIKEN: 1, 'Stanford University': 1, 'Tsinghua University': 1 });
    expect(a.rows.map((r) => r[0])).toEqual([1, 1, 1]);
    // Shares: 1 of the 3 resolved last-author slots each.
    expect(figures(a, 'share')).toEqual({ RIKEN: 1 / 3, 'Stanford University': 1 / 3, 'Tsinghua University': 1 / 3 });
    expect(a.columns.find((c) => c.key === 'value')).toMatchObject({ label: 'Last authors', type: 'int' });
    expect(a.meta.method).toBe('last');
    expect(a.meta.methodLabel).toMatch(/^last authors only/);
    // Coverage: 4 last-author slots in 2024 (P4-P7), 3 resolved = 75.0%.
    expect(a.meta.notes.join('\n')).toContain('75.0% of the 4 last-author slots in scope');
    expect(a.meta.command).toBe('top 10 2024 last');
  });

  it('counts the unit under `units`', () => {
    expect(figures(fixture.ask('2024 top10 last units'))).toEqual({
      'RIKEN Center for Advanced Intelligence Project': 1,
      'Stanford University': 1,
      'Tsinghua University': 1,
    });
  });

  it('ranks countries, every year', () => {
    // CN: Cai (P1) + Eve (P2) + Cai (P6) = 3; JP: Jun = 1; US: Lea = 1. Gus and Ola count nowhere.
    const a = fixture.ask('countries 2020-2024 last');
    expect(figures(a)).toEqual({ China: 3, Japan: 1, 'United States': 1 });
    // 7 last-author slots (P1-P7), 5 resolved: 71.4%.
    expect(a.meta.notes.join('\n')).toContain('71.4% of the 7 last-author slots in scope');
  });

  it('a single author is both the first and the last author', () => {
    // P8 (2023): Sol of MIT, alone. 2023 has no other paper.
    expect(figures(withSolo.ask('2023 top10 last'))).toEqual({ 'Massachusetts Institute of Technology': 1 });
    expect(figures(withSolo.ask('2023 top10 first'))).toEqual({ 'Massachusetts Institute of Technology': 1 });
    expect(figures(withSolo.ask('2023 top10'))).toEqual({ 'Massachusetts Institute of Technology': 1 });
  });

  it('counts a linked last author, and `exact` leaves it out', () => {
    // With linked evidence P4 gains a fifth author, Zed (Tsinghua, linked_id), who is now its last:
    // Tsinghua 2024 = Zed (P4) + Cai (P6) = 2; Jun is no longer last, so RIKEN has none.
    expect(figures(withSolo.ask('2024 top10 last'))).toEqual({ 'Tsinghua University': 2, 'Stanford University': 1 });
    expect(figures(withSolo.ask('2024 top10 last exact'))).toEqual({ 'Tsinghua University': 1, 'Stanford University': 1 });
  });
});

describe('last: compare and one institution', () => {
  it('compares countries by year', () => {
    // CN: 2020 Cai + Eve = 2, 2024 Cai = 1; US: 2024 Lea; JP: 2024 Jun. 2024 total 3.
    const a = fixture.ask('compare CN US JP 2020-2024 last');
    const row = (year: string) => a.rows.find((r) => r[0] === year)!;
    const col = (key: string) => a.columns.findIndex((c) => c.key === key);
    const keys = a.columns.filter((c) => c.series).map((c) => c.key);
    expect(keys).toHaveLength(3);
    expect(keys.map((k) => row('2020')[col(k)])).toEqual([2, 0, 0]);
    expect(keys.map((k) => row('2024')[col(k)])).toEqual([1, 1, 1]);
    expect(keys.map((k) => row('Total')[col(k)])).toEqual([3, 1, 1]);
    expect(a.columns[col(keys[0])].label).toBe('China');
    expect(a.meta.methodLabel).toMatch(/^last authors only/);
  });

  it('gives one institution by year with its rank', () => {
    // Tsinghua: 2020 Cai + Eve = 2 (of 2 resolved: share 100%), 2024 Cai = 1 (of 3), total 3 of 5.
    const a = fixture.ask('Tsinghua last');
    expect(figures(a)).toMatchObject({ 2020: 2, 2021: 0, 2024: 1, Total: 3 });
    expect(figures(a, 'share')).toMatchObject({ 2020: 1, 2024: 1 / 3, Total: 3 / 5 });
    expect(figures(a, 'rank')).toMatchObject({ 2020: 1, 2024: 1, Total: 1 });
  });

  it('lists the slots it counts in the drill-down', () => {
    const a = fixture.ask('papers Tsinghua last');
    const position = a.columns.findIndex((c) => c.key === 'position');
    expect(a.rows.map((r) => [r[0], r[position]])).toEqual([
      ['Paper P1', '3/3'],
      ['Paper P2', '2/2'],
      ['Paper P6', '2/2'],
    ]);
    expect(a.meta.notes.join('\n')).toContain('3 rows with an author equal the `last` figure');
  });
});

describe('last: check', () => {
  const row = (a: Answer, method: string) => {
    const r = a.rows.find((x) => x[0] === method)!;
    return Object.fromEntries(a.columns.map((c, i) => [c.key, r[i]]));
  };

  it('checks a claim about last authors under every method, `last` included', () => {
    const a = fixture.ask('check Tsinghua had 1 last author in 2024');
    expect(row(a, 'last')).toMatchObject({ airank: 1, verdict: 'matches', reproduce: 'inst "Tsinghua University" 2024 last' });
    expect(a.meta.notes[0]).toMatch(/^Matches under last, the method the claim names/);
  });

  it.each([
    ['Tsinghua had 2 senior authors in 2020', 2],
    ['In 2020, Tsinghua had 2 last authors', 2],
    ['清华大学在2020年有2名末位作者', 2],
    ['清华大学2024年有1名最后作者', 1],
    ['清華大学は2024年に最終著者が1人', 1],
    ['清華大学のラストオーサーは2020年に2人', 2],
  ])('reads the method in "%s"', (claim, value) => {
    const a = fixture.ask(`check ${claim}`);
    expect(a.unread).toBeUndefined();
    expect(row(a, 'last')).toMatchObject({ airank: value, verdict: 'matches' });
    expect(a.text).toMatch(/counting last|按 last|last で/);
  });

  it('"last year" is not a method', () => {
    const a = fixture.ask('check Last year, in 2024, Tsinghua had 3 authors');
    expect(a.meta.notes[0]).toMatch(/^Matches under authors, the default method/);
  });

  it('ranks by last authors', () => {
    // 2020 last authors: Tsinghua 2 (Cai, Eve); Gus is unresolved. Tsinghua is first.
    expect(row(fixture.ask('check Tsinghua ranked first in 2020'), 'last')).toMatchObject({ airank: 1, verdict: 'matches' });
  });
});

describe('last: renderings', () => {
  it('CSV carries the column, the figures and the method', () => {
    const csv = renderCsv(fixture.ask('2024 top10 last'));
    expect(csv).toContain('Rank,Institution,Country,Last authors,Share');
    expect(csv).toContain('1,Tsinghua University,China,1,0.333333');
    expect(csv).toMatch(/^# Method: last authors only/m);
  });

  it('Slack carries the column, the figures and the method', () => {
    const a = fixture.ask('2024 top10 last');
    const blocks = JSON.stringify(renderAnswer(a, { question: '2024 top10 last', tableStyle: 'table', postButton: false }).blocks);
    expect(blocks).toContain('Last authors');
    expect(blocks).toContain('Tsinghua University');
    expect(blocks).toContain('last authors only');
  });

  it('speaks Chinese and Japanese', () => {
    const zh = renderText(fixture.ask('2024 top10 last lang:zh'));
    expect(zh).toContain('末位作者数');
    expect(zh).toContain('仅末位作者');
    const ja = renderText(fixture.ask('2024 top10 last lang:ja'));
    expect(ja).toContain('最終著者数');
    expect(ja).toContain('最終著者のみ');
  });

  it('`method` and `help methods` describe it', () => {
    expect(fixture.ask('method').text).toContain('• `last`: last authors only');
    expect(fixture.ask('help methods').text).toMatch(/`last` +last authors only/);
  });
});

describe('slot_cube roles', () => {
  it('marks first, last and single authors', async () => {
    // Resolved slots by role: first (1) Ann, Dan, Fay, Cai (P4), Kim, Mei = 6; last (2) Cai (P1),
    // Eve, Jun, Lea, Cai (P6) = 5; neither (0) Bob, Hao, Ivy = 3; both (3) Sol = 1.
    const file = path.join(tempDir(), 'roles.sqlite');
    await createFixtureDatabase(file, { extraPapers: [SOLO] });
    const { sqlite } = openDatabase(file, { readonly: true });
    const rows = sqlite.prepare('SELECT role, sum(slots) AS n FROM slot_cube GROUP BY role ORDER BY role').all();
    // coverage_cube counts every slot, resolved or not: Gus (P3) and Ned, Ola (P7) too.
    const all = sqlite.prepare('SELECT role, sum(slots) AS n FROM coverage_cube GROUP BY role ORDER BY role').all();
    sqlite.close();
    expect(rows).toEqual([
      { role: 0, n: 3 },
      { role: 1, n: 6 },
      { role: 2, n: 5 },
      { role: 3, n: 1 },
    ]);
    expect(all).toEqual([
      { role: 0, n: 3 },
      { role: 1, n: 7 },
      { role: 2, n: 7 },
      { role: 3, n: 1 },
    ]);
  });

  it('first and last are read from the covering indexes, as every slot method is', async () => {
    const file = path.join(tempDir(), 'plan.sqlite');
    await createFixtureDatabase(file);
    const { db, sqlite } = openDatabase(file, { readonly: true });
    const ctx = loadContext(db, sqlite);
    for (const method of ['authors', 'fractional', 'first', 'last'] as const) {
      for (const rollup of [true, false]) {
        const options: QueryOptions = { method, rollup, lang: 'en', filters: { conferences: ['neurips'], exact: true } };
        const group = rollup ? 'root_id' : 'unit_id';
        const q = scopedRows(ctx, [2024], options)
          .where(group, 'is not', null)
          .select([sql`sum(slots)`.as('v')])
          .groupBy(['year', group])
          .compile();
        const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as Array<{ detail: string }>)
          .map((r) => r.detail)
          .join(' | ');
        expect(plan, `${method} ${group}`).toBe(`SEARCH slot_cube USING COVERING INDEX slot_cube_by_${group} (year=?)`);
      }
    }
    sqlite.close();
  });
});

describe('last: the word', () => {
  it('"last year" is refused with the reason, not counted as last authors', () => {
    for (const q of ['who had the most authors last year', 'top 10 last year']) {
      const r = fixture.asker.ask(q);
      expect(isParseError(r), q).toBe(true);
      expect((r as ParseError).message).toMatch(/^"last year" is not a year airank can read: write the year \(the data cover 2020 to 2026\)/);
    }
    expect(fixture.ask('top 10 2024 last').meta.method).toBe('last');
  });

  it('JSON and the chart footnote carry the method', () => {
    const a = fixture.ask('2024 top10 last');
    const json = JSON.parse(renderJson(a));
    expect(json.meta.method).toBe('last');
    expect(json.columns.find((c: { key: string }) => c.key === 'value').label).toBe('Last authors');
    expect(footnoteLines(a.meta, 'en').join('\n')).toContain('last authors only');
  });
});
