// Writes group_figures, the figures query/figures/presummed.ts reads: for each grouping column,
// method and `exact`, every group's figure per year and over every year (and, under `people`,
// over each span of consecutive years), with the totals over all groups. The build runs it (writeDerivedTables.ts). Each is computed by the query's general path itself (figures.ts), once,
// so distinct people are counted at build time and both paths share one definition.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { loadContext } from '../query/context/context.ts';
import { computeTable } from '../query/figures/figures.ts';
import { coveredYears, spansOf, spanYear } from '../query/figures/presummed.ts';
import { groupColumns } from '../query/figures/aggregate.ts';
import { countsPeople, METHODS } from '../query/model/methods.ts';
import { type QueryOptions } from '../query/model/types.ts';
import type { GroupBy } from '../query/model/types.ts';

/** One option set per grouping column (groupColumns): `located` groups by columns these already cover. */
const GROUPINGS: Array<{ kind: GroupBy; rollup: boolean }> = [
  { kind: 'institution', rollup: true },
  { kind: 'institution', rollup: false },
  { kind: 'country', rollup: true },
  { kind: 'country', rollup: false },
];

export function writeGroupFigures(db: Kysely<Database>, sqlite: SQLite.Database): void {
  const ctx = loadContext(db, sqlite, { presummed: false });
  const years = coveredYears(ctx);
  const insert = sqlite.prepare(
    'INSERT INTO group_figures (grouping, method, exact, year, key, value, slots, linked, value_sql) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  sqlite.transaction(() => {
    for (const { kind, rollup } of GROUPINGS) {
      for (const method of METHODS) {
        for (const exact of [0, 1]) {
          const options: QueryOptions = { method, rollup, filters: { conferences: [], ...(exact ? { exact: true } : {}) }, lang: 'en' };
          const grouping = groupColumns(options)[kind];
          const request = { years, options, groupBy: kind };
          const table = computeTable(ctx, request);
          // With `only`, the general path sums the denominators in SQL: kept beside the others.
          const fewTotals = computeTable(ctx, request, []);
          for (const [id, f] of table.cells) {
            const cut = id.lastIndexOf('|');
            insert.run(grouping, method, exact, Number(id.slice(cut + 1)), id.slice(0, cut), f.value, f.slots, f.linkedSlots, null);
          }
          for (const year of new Set([...table.yearTotals.keys(), ...fewTotals.yearTotals.keys()])) {
            insert.run(grouping, method, exact, year, null, table.yearTotals.get(year) ?? null, 0, 0, fewTotals.yearTotals.get(year) ?? null);
          }
          // Distinct people over every year: a group's and the total (the additive methods sum their years).
          if (countsPeople(method)) {
            for (const [key, f] of table.keyTotals) insert.run(grouping, method, exact, 0, key, f.value, f.slots, f.linkedSlots, null);
            insert.run(grouping, method, exact, 0, null, table.total, 0, 0, fewTotals.total);
            // And over each other span of consecutive years (2020-2024), each computed afresh.
            for (const span of spansOf(years)) {
              const at = spanYear(span, years)!;
              const spanTable = computeTable(ctx, { ...request, years: span });
              for (const [key, f] of spanTable.keyTotals) insert.run(grouping, method, exact, at, key, f.value, f.slots, f.linkedSlots, null);
              insert.run(grouping, method, exact, at, null, spanTable.total, 0, 0, computeTable(ctx, { ...request, years: span }, []).total);
            }
          }
        }
      }
    }
  })();
  sqlite.exec('CREATE INDEX group_figures_by_scope ON group_figures (grouping, method, exact, year, key, value, slots, linked, value_sql)');
  sqlite.exec('ANALYZE group_figures');
}
