// The pre-summed figures (query/figures/presummed.ts) against the general path: identical answers,
// the general path computing every value afresh (nothing kept, snapshotMemo.ts), the fast one
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
  { conferences: ['neurips'] },
  { conferences: ['icml', 'iclr'] },
  { conferences: ['neurips', 'icml', 'iclr'] },
  { conferences: [], track: 'main' },
  { conferences: [], track: 'datasets_benchmarks' },
  { conferences: [], status: 'oral' },
  { conferences: [], status: 'poster' },
  { conferences: [], country: 'US' },
  { conferences: [], country: 'JP' },
  { conferences: [], instType: 'company' },
  { conferences: [], instType: 'university' },
  { conferences: [], instType: 'institute' },
  { conferences: ['neurips'], track: 'main', status: 'oral', country: 'US', instType: 'university' },
];

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

  it('declines every combination of the other filters', () => {
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
    let declined = 0;
    for (const options of optionSets(filters.slice(1)))
      for (const years of [[2024], [2020, 2024], ALL_YEARS])
        for (const groupBy of ['institution', 'country'] as const) {
          expect(presummedTable(ctx.fast, { years, options, groupBy }), JSON.stringify(options)).toBeUndefined();
          declined++;
        }
    expect(declined).toBe(METHODS.length * 3 * 2 * (filters.length - 1) * 3 * 2);
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
    for (const options of optionSets([{ conferences: [] }, { conferences: ['neurips'], track: 'main' }])) {
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
