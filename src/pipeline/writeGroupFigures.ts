// Writes group_figures and filtered_figures, the figures query/figures/presummed.ts reads: for
// each grouping column, method and `exact`, every group's figure per year and over every year
// (and, under `people`, over each span of consecutive years), with the totals over all groups;
// then the same under each venue filter a question names (filterScopes), per year and, under
// `people`, over every year. The build runs it (writeDerivedTables.ts). Each is computed by the
// query's general path itself (figures.ts), once, so distinct people are counted at build time
// and both paths share one definition; under a venue filter, integer figures that add up are the
// general path's per (venue, track, tier) cell, summed (summedTable).
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { loadContext, type QueryContext } from '../query/context/context.ts';
import { computeTable } from '../query/figures/figures.ts';
import { coveredYears, FILTERED_GROUPINGS, spansOf, spanYear, type VenueScope } from '../query/figures/presummed.ts';
import { groupColumns } from '../query/figures/aggregate.ts';
import { countsPeople, methodDef, METHODS, type Method } from '../query/model/methods.ts';
import type { Figure, FigureTable } from '../query/figures/peopleCounts.ts';
import { type Filters, type QueryOptions } from '../query/model/types.ts';
import type { GroupBy } from '../query/model/types.ts';
import type { Conference, Status, Track } from '../domain/ids.ts';

/** One option set per grouping column (groupColumns): `located` groups by columns these already cover. */
const GROUPINGS: Array<{ kind: GroupBy; rollup: boolean }> = [
  { kind: 'institution', rollup: true },
  { kind: 'institution', rollup: false },
  { kind: 'country', rollup: true },
  { kind: 'country', rollup: false },
];

const NO_FILTER: VenueScope = { conference: '', track: '', status: '' };

/** One row's values after its scope's columns. */
type Insert = (
  grouping: string,
  method: string,
  exact: number,
  year: number,
  key: string | null,
  value: number | null,
  slots: number,
  linked: number,
  valueSql: number | null,
) => void;

export function writeGroupFigures(db: Kysely<Database>, sqlite: SQLite.Database): void {
  // Distinct people from people_cells (written first, writeDerivedTables.ts), as questions read them; no pre-summed
  // figure is read (computeTable never does), and test/query/presummed.test.ts shows the cells equal to the slot rows.
  const ctx = loadContext(db, sqlite, { presummed: false });
  ctx.presummed = true;
  const columns = 'grouping, method, exact, year, key, value, slots, linked, value_sql';
  const unfiltered = sqlite.prepare(`INSERT INTO group_figures (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const filtered = sqlite.prepare(`INSERT INTO filtered_figures (conference, track, status, ${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const cells = venueCells(sqlite);
  const summedIn = cellSums(ctx, cells);
  sqlite.transaction(() => {
    writeScope(ctx, NO_FILTER, (...row) => unfiltered.run(...row));
    for (const scope of filterScopes(cells))
      writeScope(ctx, scope, (...row) => filtered.run(scope.conference, scope.track, scope.status, ...row), summedIn(scope));
  })();
  sqlite.exec('CREATE INDEX group_figures_by_scope ON group_figures (grouping, method, exact, year, key, value, slots, linked, value_sql)');
  sqlite.exec(`CREATE INDEX filtered_figures_by_scope ON filtered_figures (conference, track, status, ${columns})`);
  sqlite.exec('ANALYZE group_figures');
  sqlite.exec('ANALYZE filtered_figures');
}

/** A (venue, track, tier) the papers hold, `unknown` included: each paper and slot is in exactly one. */
type VenueCell = { conference: Conference; track: Track; status: Status };

/** A cell's figures, by the general path under the cell's filters. */
type CellTable = { cell: VenueCell; table: FigureTable };

/** A venue scope's figures of a method whose figures add up over cells; computes the cells' tables on first use. */
type SummedScope = (request: Request, grouping: string) => FigureTable;

type Request = Parameters<typeof computeTable>[1];

/** Per venue scope, its figures summed from the cells' tables, each cell's computed once per grouping and method. */
function cellSums(ctx: QueryContext, cells: VenueCell[]): (scope: VenueScope) => SummedScope {
  const computed = new Map<string, CellTable[]>();
  const tablesOf = (request: Request, grouping: string): CellTable[] => {
    const key = `${grouping}|${request.options.method}`;
    let tables = computed.get(key);
    if (!tables) {
      tables = cells.map((cell) => ({ cell, table: computeTable(ctx, { ...request, options: inScope(request.options, cell) }) }));
      computed.set(key, tables);
    }
    return tables;
  };
  return (scope) => (request, grouping) =>
    summedTable(
      tablesOf(request, grouping)
        .filter(({ cell }) => inCell(scope, cell))
        .map((c) => c.table),
    );
}

function venueCells(sqlite: SQLite.Database): VenueCell[] {
  return sqlite.prepare('SELECT DISTINCT conference, track, status FROM papers').all() as VenueCell[];
}

const inCell = (scope: VenueScope, cell: VenueCell) =>
  (!scope.conference || scope.conference === cell.conference) &&
  (!scope.track || scope.track === cell.track) &&
  (!scope.status || scope.status === cell.status);

function inScope(options: QueryOptions, cell: VenueCell): QueryOptions {
  return { ...options, filters: { ...options.filters, conferences: [cell.conference], track: cell.track, status: cell.status } };
}

/**
 * Integer figures that add up over cells: slots (authors, first, last) and, as a paper is in one
 * cell, distinct papers. Their sums are exact, so a scope's figures are its cells' summed (16 cells
 * computed instead of 39 scopes); `fractional` (float sums, whose order counts) and `people` do not.
 */
function addsUpOverCells(method: Method): boolean {
  return methodDef(method).type === 'int' && !countsPeople(method);
}

/** The cells' tables summed, in the order the general path gives: by year, then key (no key totals: written under `people` only). */
function summedTable(tables: FigureTable[]): FigureTable {
  const cells = new Map<string, Figure & { key: string; year: number }>();
  const yearTotals = new Map<number, number>();
  for (const table of tables) {
    for (const [id, f] of table.cells) {
      const sum = cells.get(id);
      if (sum) {
        sum.value += f.value;
        sum.slots += f.slots;
        sum.linkedSlots += f.linkedSlots;
      } else {
        const cut = id.lastIndexOf('|');
        cells.set(id, { key: id.slice(0, cut), year: Number(id.slice(cut + 1)), value: f.value, slots: f.slots, linkedSlots: f.linkedSlots });
      }
    }
    for (const [year, v] of table.yearTotals) yearTotals.set(year, (yearTotals.get(year) ?? 0) + v);
  }
  const ordered = [...cells].sort(([, a], [, b]) => a.year - b.year || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const total = [...yearTotals.values()].reduce((a, b) => a + b, 0);
  return { cells: new Map(ordered), keyTotals: new Map(), yearTotals: new Map([...yearTotals].sort(([a], [b]) => a - b)), total };
}

/**
 * The venue filters pre-summed: one venue or none, one track or none, one tier or none, in
 * every combination the papers hold but no filter at all (group_figures). `unknown` is no
 * value a filter names (query/parse.ts), so it is left out.
 */
function filterScopes(cells: VenueCell[]): VenueScope[] {
  const scopes = new Map<string, VenueScope>();
  for (const cell of cells) {
    if (cell.track === 'unknown' || cell.status === 'unknown') continue;
    for (const conference of ['', cell.conference] as const)
      for (const track of ['', cell.track] as const)
        for (const status of ['', cell.status] as const)
          if (conference || track || status) scopes.set(`${conference}|${track}|${status}`, { conference, track, status });
  }
  return [...scopes.values()];
}

/**
 * Whether the totals the general path gives with `only` must be computed apart. Under `people`
 * they are the same marks over the same packed slots as the table's (peopleCounts, peopleTotals),
 * so the table's are kept; under a venue filter, sums of integers are the same in any order.
 */
function needsFewTotals(method: Method, isFiltered: boolean): boolean {
  if (countsPeople(method)) return false;
  return !isFiltered || methodDef(method).type === 'float';
}

function writeScope(ctx: QueryContext, scope: VenueScope, insert: Insert, summed?: SummedScope): void {
  const years = coveredYears(ctx);
  const isFiltered = scope !== NO_FILTER;
  const filters: Filters = {
    conferences: scope.conference ? [scope.conference] : [],
    ...(scope.track ? { track: scope.track } : {}),
    ...(scope.status ? { status: scope.status } : {}),
  };
  for (const { kind, rollup } of GROUPINGS) {
    for (const method of METHODS) {
      // Under a venue filter, without `exact` only: rarely asked together, and each doubles the rows.
      for (const exact of isFiltered ? [0] : [0, 1]) {
        const options: QueryOptions = { method, rollup, filters: { ...filters, ...(exact ? { exact: true } : {}) }, lang: 'en' };
        const grouping = groupColumns(options)[kind];
        if (isFiltered && !FILTERED_GROUPINGS.has(grouping)) continue;
        const request = { years, options, groupBy: kind };
        const table = summed && addsUpOverCells(method) ? summed(request, grouping) : computeTable(ctx, request);
        // With `only`, the general path sums the denominators in SQL: kept beside the others (under a
        // venue filter for methods with fractional values only: other sums are of integers, in any order the same).
        const fewTotals = needsFewTotals(method, isFiltered) ? computeTable(ctx, request, []) : table;
        for (const [id, f] of table.cells) {
          const cut = id.lastIndexOf('|');
          insert(grouping, method, exact, Number(id.slice(cut + 1)), id.slice(0, cut), f.value, f.slots, f.linkedSlots, null);
        }
        for (const year of new Set([...table.yearTotals.keys(), ...fewTotals.yearTotals.keys()])) {
          insert(grouping, method, exact, year, null, table.yearTotals.get(year) ?? null, 0, 0, fewTotals.yearTotals.get(year) ?? null);
        }
        // Distinct people over every year: a group's and the total (the additive methods sum their years).
        if (!countsPeople(method)) continue;
        for (const [key, f] of table.keyTotals) insert(grouping, method, exact, 0, key, f.value, f.slots, f.linkedSlots, null);
        insert(grouping, method, exact, 0, null, table.total, 0, 0, fewTotals.total);
        // And over each other span of consecutive years (2020-2024), each computed afresh; not under a venue filter.
        if (isFiltered) continue;
        for (const span of spansOf(years)) {
          const at = spanYear(span, years)!;
          const spanTable = computeTable(ctx, { ...request, years: span });
          for (const [key, f] of spanTable.keyTotals) insert(grouping, method, exact, at, key, f.value, f.slots, f.linkedSlots, null);
          insert(grouping, method, exact, at, null, spanTable.total, 0, 0, spanTable.total);
        }
      }
    }
  }
}
