// The pre-summed figures (query/figures/presummed.ts) against the general path: identical answers,
// the general path computing every value afresh (nothing kept, snapshotCache.ts), the fast one
// keeping what it reads over the whole run, so a value kept under too loose an id shows too;
// rows and footer alike, over every option the fast path covers (method, roll-up, country
// rule, `exact`, every set of years, every kind of answer that reads figures) and every
// filter it declines, on the fixture; and over a sample of the real database when built.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.ts';
import { SCHEMA_VERSION } from '../../src/db/createSchema.ts';
import { answer } from '../../src/query/answer.ts';
import { loadContext, type QueryContext } from '../../src/query/context/context.ts';
import { presummedTable } from '../../src/query/figures/presummed.ts';
import { packedFromCells } from '../../src/query/figures/peopleCells.ts';
import { scopedRows } from '../../src/query/figures/aggregate.ts';
import { pluckNumbers } from '../../src/db/run.ts';
import { PACKED_COLUMNS } from '../../src/db/packing.ts';
import { type Entity, type Filters, type ParsedQuery, type Query, type QueryOptions } from '../../src/query/model/types.ts';
import { createFixtureDatabase, type FixtureOptions } from '../helpers/fixtureDb.ts';
import { expectSameReadings } from '../helpers/sameReadings.ts';
import { BUILD_TIMEOUT, HAS_REAL_DATA, realDatabase } from '../helpers/realDatabase.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { METHODS } from '../../src/query/model/methods.ts';

const ALL_YEARS = [2020, 2021, 2022, 2023, 2024];
/** Every non-empty set of years. */
const YEAR_SETS = Array.from({ length: 31 }, (_, mask) => ALL_YEARS.filter((_, i) => (mask + 1) & (1 << i)));
const MODES = [{ rollup: true }, { rollup: false }, { rollup: true, located: true }];

function queries(years: number[], entities: { institutions: Entity[]; countries: Entity[] }): Query[] {
  return [
    { kind: 'top', years, limit: 50 },
    { kind: 'countries', years, limit: 50 },
    { kind: 'compare', entities: entities.institutions, years },
    { kind: 'compare', entities: entities.countries, years },
    { kind: 'compare', entities: [entities.institutions[0], entities.countries[0]], years },
    { kind: 'institution', entity: entities.institutions[0], years },
    { kind: 'institution', entity: entities.countries[0], years },
  ];
}

function optionSets(filters: Filters[]): QueryOptions[] {
  return METHODS.flatMap((method) =>
    MODES.flatMap((mode) =>
      [false, true].flatMap((exact) => filters.map((f) => ({ method, ...mode, lang: 'en' as const, filters: { ...f, ...(exact ? { exact } : {}) } }))),
    ),
  );
}

/** One question answered by both paths. */
function both(fast: QueryContext, general: QueryContext, query: Query, options: QueryOptions) {
  const q = { ...query, options, text: JSON.stringify({ query, options }) } as ParsedQuery;
  return { label: q.text, fast: answer(fast, q), general: answer(general, q) };
}

async function contexts(file: string): Promise<{ fast: QueryContext; general: QueryContext; close: () => void }> {
  const a = openDatabase(file, { readonly: true });
  const b = openDatabase(file, { readonly: true });
  return {
    fast: loadContext(a.db, a.sqlite),
    general: loadContext(b.db, b.sqlite, { presummed: false, keep: false }),
    close: () => {
      a.sqlite.close();
      b.sqlite.close();
    },
  };
}

const FIXTURE_ENTITIES = {
  institutions: [
    { kind: 'institution', id: 'tsinghua' },
    { kind: 'institution', id: 'google' },
    { kind: 'institution', id: 'deepmind' },
  ] as Entity[],
  countries: [
    { kind: 'country', code: 'CN' },
    { kind: 'country', code: 'US' },
    { kind: 'country', code: 'JP' },
  ] as Entity[],
};

/** Each filter the fast path declines, alone and all together. */
const DECLINED: Filters[] = [
  { conferences: ['icml', 'iclr'] },
  { conferences: ['neurips', 'icml', 'iclr'] },
  { conferences: [], country: 'US' },
  { conferences: [], country: 'JP' },
  { conferences: [], instType: 'company' },
  { conferences: [], instType: 'university' },
  { conferences: [], instType: 'institute' },
  { conferences: ['neurips'], track: 'main', status: 'oral', country: 'US', instType: 'university' },
];

/** Every venue filter filtered_figures keeps: one venue or none, one track or none, one tier or none (but not no filter at all). */
const VENUE_FILTERS: Filters[] = [[], ['neurips'], ['icml'], ['iclr']]
  .flatMap((conferences) =>
    [undefined, 'main', 'datasets_benchmarks'].flatMap((track) =>
      [undefined, 'oral', 'spotlight', 'poster'].map((status) => ({ conferences, ...(track ? { track } : {}), ...(status ? { status } : {}) }) as Filters),
    ),
  )
  .slice(1);

describe.each<[string, FixtureOptions]>([
  ['fixture', {}],
  ['fixture with institution sets and linked evidence', { withInstitutionSets: true, withLinkedEvidence: true }],
])('pre-summed figures on the %s', { timeout: 120_000 }, (_, fixture) => {
  let ctx: Awaited<ReturnType<typeof contexts>>;
  beforeAll(async () => {
    const file = path.join(tempDir(), 'fixture.sqlite');
    await createFixtureDatabase(file, fixture);
    ctx = await contexts(file);
  });
  afterAll(() => ctx.close());

  it("gives the general path's answers for every method, roll-up, country rule, exact and set of years", () => {
    let fastReads = 0;
    let compared = 0;
    for (const options of optionSets([{ conferences: [] }]))
      for (const years of YEAR_SETS) {
        for (const groupBy of ['institution', 'country'] as const) if (presummedTable(ctx.fast, { years, options, groupBy })) fastReads++;
        for (const query of queries(years, FIXTURE_ENTITIES)) {
          const r = both(ctx.fast, ctx.general, query, options);
          expect(r.fast, r.label).toEqual(r.general);
          compared++;
        }
      }
    // The fast path must really answer: all of the additive methods' questions and `people` over one
    // year (5) or a span of consecutive years (10 of five years: 4 of two, 3 of three, 2 of four, all five).
    const additive = METHODS.filter((m) => m !== 'people').length;
    expect(METHODS).toContain('last');
    expect(fastReads).toBe(2 * 3 * 2 * (additive * 31 + (5 + 10)));
    expect(compared).toBe(METHODS.length * 3 * 2 * 31 * 7);
  });

  it("declines every other filter, and those answers are the general path's too", () => {
    for (const options of optionSets(DECLINED)) {
      for (const years of [[2024], ALL_YEARS])
        for (const groupBy of ['institution', 'country'] as const) expect(presummedTable(ctx.fast, { years, options, groupBy })).toBeUndefined();
      for (const query of queries(ALL_YEARS, FIXTURE_ENTITIES)) {
        const r = both(ctx.fast, ctx.general, query, options);
        expect(r.fast, r.label).toEqual(r.general);
      }
    }
  });

  it("gives the general path's answers under every venue filter, and reads them pre-summed where it keeps them", () => {
    let fastReads = 0;
    let i = 0;
    const yearSets = [[2024], [2020], [2020, 2024], ALL_YEARS];
    for (const options of optionSets(VENUE_FILTERS)) {
      for (const years of yearSets)
        for (const groupBy of ['institution', 'country'] as const) {
          const read = presummedTable(ctx.fast, { years, options, groupBy });
          if (!read) continue;
          fastReads++;
          // Kept: no `exact`, no unit_id grouping (`units`), and `people` over one year or every year only.
          expect(options.filters.exact, JSON.stringify(options)).toBeUndefined();
          expect(groupBy === 'institution' && !options.rollup).toBe(false);
          if (options.method === 'people') expect(years.length === 1 || years === ALL_YEARS).toBe(true);
        }
      // Some 1,700 option sets: each answers two kinds of question, years and kinds taken in turn.
      const all = queries(yearSets[i % yearSets.length], FIXTURE_ENTITIES);
      for (const query of [all[i % all.length], all[(i + 3) % all.length]]) {
        const r = both(ctx.fast, ctx.general, query, options);
        expect(r.fast, r.label).toEqual(r.general);
      }
      i++;
    }
    // And every kind of question, over one year and every year, for each method's NeurIPS orals and posters by tier.
    for (const filters of [
      { conferences: ['neurips'], status: 'oral' },
      { conferences: [], status: 'poster' },
    ] as Filters[])
      for (const options of optionSets([filters]))
        for (const years of [[2024], ALL_YEARS])
          for (const query of queries(years, FIXTURE_ENTITIES)) {
            const r = both(ctx.fast, ctx.general, query, options);
            expect(r.fast, r.label).toEqual(r.general);
          }
    // Among them every method's NeurIPS 2024 orals, by institution and by country.
    for (const method of METHODS)
      for (const groupBy of ['institution', 'country'] as const) {
        const options: QueryOptions = { method, rollup: true, lang: 'en', filters: { conferences: ['neurips'], status: 'oral' } };
        expect(presummedTable(ctx.fast, { years: [2024], options, groupBy }), `${method} ${groupBy}`).toBeDefined();
      }
    expect(fastReads).toBeGreaterThan(1000);
  });

  it('would show a wrong pre-summed row: a changed filtered_figures row gives another answer than the general path', async () => {
    const file = path.join(tempDir(), 'changed.sqlite');
    await createFixtureDatabase(file, fixture);
    const w = openDatabase(file, { readonly: false });
    const changed = w.sqlite
      .prepare(
        "UPDATE filtered_figures SET value = value + 1 WHERE conference = 'neurips' AND track = '' AND status = 'oral' AND key IS NOT NULL AND year = 2024",
      )
      .run().changes;
    w.sqlite.close();
    expect(changed).toBeGreaterThan(0);
    const c = await contexts(file);
    const options: QueryOptions = { method: 'authors', rollup: true, lang: 'en', filters: { conferences: ['neurips'], status: 'oral' } };
    for (const query of [
      { kind: 'top', years: [2024], limit: 50 },
      { kind: 'countries', years: [2024], limit: 50 },
    ] as Query[]) {
      const r = both(c.fast, c.general, query, options);
      expect(r.fast, r.label).not.toEqual(r.general);
    }
    c.close();
  });

  it('declines every combination with the other filters', () => {
    const conferences = YEAR_SETS.slice(0, 7).map((_, mask) => (['neurips', 'icml', 'iclr'] as const).filter((__, i) => (mask + 1) & (1 << i)));
    const filters: Filters[] = [];
    for (const c of [[], ...conferences])
      for (const track of [undefined, 'main', 'datasets_benchmarks'] as const)
        for (const status of [undefined, 'oral', 'spotlight', 'poster'] as const)
          for (const country of [undefined, 'US', 'JP'])
            for (const instType of [undefined, 'company', 'university', 'institute'] as const)
              filters.push({
                conferences: [...c],
                ...(track ? { track } : {}),
                ...(status ? { status } : {}),
                ...(country ? { country } : {}),
                ...(instType ? { instType } : {}),
              });
    expect(filters).toHaveLength(8 * 3 * 4 * 3 * 4);
    // Those a venue filter alone makes are kept (above); every one with a country, institution type or several venues is not.
    const others = filters.filter((f) => f.country || f.instType || f.conferences.length > 1);
    let declined = 0;
    for (const options of optionSets(others))
      for (const years of [[2024], [2020, 2024], ALL_YEARS])
        for (const groupBy of ['institution', 'country'] as const) {
          expect(presummedTable(ctx.fast, { years, options, groupBy }), JSON.stringify(options)).toBeUndefined();
          declined++;
        }
    expect(others).toHaveLength(8 * 3 * 4 * 3 * 4 - 4 * 3 * 4);
    expect(declined).toBe(METHODS.length * 3 * 2 * others.length * 3 * 2);
  });

  it('reads `people` slots from people_cells exactly as from the slot rows, for every filter a cell can name', () => {
    const cells = [[], ['neurips'], ['icml', 'iclr']].flatMap((conferences) =>
      [undefined, 'main', 'datasets_benchmarks'].flatMap((track) =>
        [undefined, 'oral', 'poster'].map((status) => ({ conferences, ...(track ? { track } : {}), ...(status ? { status } : {}) }) as Filters),
      ),
    );
    let read = 0;
    for (const filters of cells)
      for (const exact of [false, true])
        for (const years of [[2024], [2020, 2024], ALL_YEARS])
          for (const column of Object.values(PACKED_COLUMNS)) {
            const options: QueryOptions = { method: 'people', rollup: true, lang: 'en', filters: { ...filters, ...(exact ? { exact } : {}) } };
            const rows = pluckNumbers(ctx.general.sqlite, scopedRows(ctx.general, years, options, 'authorships').where(column, 'is not', null).select(column));
            const fromCells = packedFromCells(ctx.fast, years, options, column);
            expect(fromCells && [...fromCells], JSON.stringify({ options, years, column })).toEqual([...Float64Array.from(rows).sort()]);
            read += rows.length;
          }
    expect(read).toBeGreaterThan(0);
    // What a cell cannot say declines, and so does the general path.
    for (const filters of [
      { conferences: [], country: 'US' },
      { conferences: [], instType: 'company' },
    ] as Filters[])
      expect(packedFromCells(ctx.fast, [2024], { method: 'people', rollup: true, lang: 'en', filters }, 'packed_root')).toBeUndefined();
    expect(packedFromCells(ctx.general, [2024], { method: 'people', rollup: true, lang: 'en', filters: { conferences: [] } }, 'packed_root')).toBeUndefined();
  });

  it('answers check claims as the general path does', () => {
    const claims = [
      'Tsinghua has 3 authors in 2024',
      'Google rank 1 2024',
      'Japan had 10% of authors in 2024',
      'Tsinghua grew 50% from 2020 to 2024',
      'Stanford had 2 authors in 2020',
    ];
    let read = 0;
    for (const options of optionSets([{ conferences: [] }, { conferences: ['neurips'] }]))
      for (const claim of claims) {
        const r = both(ctx.fast, ctx.general, { kind: 'check', claim }, options);
        expect(r.fast, r.label).toEqual(r.general);
        if (!r.general.unread) read++;
      }
    // Claims the checker could not read would compare nothing.
    expect(read).toBe(METHODS.length * 3 * 2 * 2 * claims.length);
  });

  it('is not read when the fast path is off', () => {
    expect(presummedTable(ctx.general, { years: [2024], options: optionSets([{ conferences: [] }])[0], groupBy: 'institution' })).toBeUndefined();
  });
});

// The real database: this worktree's, when built at the current schema; otherwise the run's
// build from the mirror (as CI has it); skipped only when neither exists.
if (!HAS_REAL_DATA) console.log(`presummed.test: no database at schema ${SCHEMA_VERSION} and no mirror, so the real-database sample is skipped`);

// Thousands of answers each: a shared, loaded machine can take minutes.
describe.skipIf(!HAS_REAL_DATA)('pre-summed figures on a sample of the real database', { timeout: 120_000 }, () => {
  let ctx: Awaited<ReturnType<typeof contexts>>;
  beforeAll(async () => {
    ctx = await contexts(await realDatabase());
  }, BUILD_TIMEOUT);
  afterAll(() => ctx?.close());

  it('reads every institution name and spelling from the stored names as the in-memory lexicon does', () => {
    expect(expectSameReadings(ctx.fast)).toBeGreaterThan(5000);
  });

  it("gives the general path's answers", () => {
    const entities = {
      institutions: [
        { kind: 'institution', id: 'tsinghua' },
        { kind: 'institution', id: 'google' },
        { kind: 'institution', id: 'mit' },
      ] as Entity[],
      countries: [
        { kind: 'country', code: 'CN' },
        { kind: 'country', code: 'US' },
        { kind: 'country', code: 'JP' },
      ] as Entity[],
    };
    for (const [id] of entities.institutions.map((e) => [(e as { id: string }).id])) expect(ctx.general.institutions.has(id), id).toBe(true);
    expect(ctx.fast.presummed, 'the database has pre-summed figures').toBe(true);
    expect(ctx.general.presummed).toBe(false);
    // A fixed sample: every method, roll-up and exact, with years and kinds taken in turn.
    const yearSets = [[2024], [2020], ALL_YEARS, [2022, 2023, 2024]];
    let i = 0;
    for (const options of optionSets([{ conferences: [] }, { conferences: ['neurips'], track: 'main' }, { conferences: [], status: 'oral' }])) {
      const years = yearSets[i % yearSets.length];
      const all = queries(years, entities);
      for (const query of [all[i % 2], all[2 + (i % 5)]]) {
        const r = both(ctx.fast, ctx.general, query, options);
        expect(r.fast, r.label).toEqual(r.general);
      }
      i++;
    }
  });
});
