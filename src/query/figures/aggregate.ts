// Where figures are computed in SQL: a grouped count over the author slots of accepted
// papers in scope, under a counting method, filters and the roll-up policy. Figures
// (figures.ts) reads every figure through aggregate() or, under `people`, peopleCounts.ts.
import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { all } from '../../db/run.ts';
import type { Database } from '../../db/schema.ts';
import { isLinked, isNotLinked } from '../../db/linkedEvidence.ts';
import type { QueryContext } from '../context/context.ts';
import { type Contribution, keptSlots, type Method, methodDef, type MethodTable } from '../model/methods.ts';
import type { GroupBy, QueryOptions } from '../model/types.ts';
import type { InstType } from '../../domain/ids.ts';
import { INSTITUTION_TYPES } from '../../domain/institutionTypes.ts';

export interface AggregateRequest {
  years: number[];
  options: QueryOptions;
  groupBy: GroupBy;
  /** One total over the group column's non-null slots instead of a row per group. */
  total?: boolean;
  /** Split the figures by year as well. */
  byYear?: boolean;
  /** Only these group keys (institution ids or country codes). */
  only?: string[];
}

export interface AggregateRow {
  key: string | null;
  year: number | null;
  value: number;
  /** Author slots in the figure, and how many of them rest on linked evidence. */
  slots: number;
  linkedSlots: number;
}

/** The group columns under the roll-up policy and the country rule (`units`, `located`). */
export function groupColumns(options: Pick<QueryOptions, 'rollup' | 'located'>) {
  return {
    institution: options.rollup ? 'root_id' : 'unit_id',
    country: options.rollup && !options.located ? 'root_country' : 'unit_country',
  } as const;
}

/** Which table a method counts from (see scopedRows). */
export type ScopeTable = MethodTable;

const tableFor = (method: Method): ScopeTable => methodDef(method).table;

/** What each counted row contributes (methods.ts), in SQL over its table's rows. */
const VALUE: Record<Contribution, RawBuilder<number>> = {
  slots: sql<number>`sum(slots)`,
  credit: sql<number>`sum(credit)`,
  person: sql<number>`count(DISTINCT person_id)`,
  paper: sql<number>`count(DISTINCT paper_id)`,
};

/** The figure, the author slots behind it, and the linked ones among them, per table. */
function measures(method: Method, table: ScopeTable) {
  const linked = isLinked('evidence');
  const value = VALUE[methodDef(method).counts];
  if (table === 'slot_cube') {
    return { value, slots: sql<number>`sum(slots)`, linkedSlots: sql<number>`sum(CASE WHEN ${linked} THEN slots ELSE 0 END)` };
  }
  return { value, slots: sql<number>`count(*)`, linkedSlots: sql<number>`sum(CASE WHEN ${linked} THEN 1 ELSE 0 END)` };
}

/**
 * Rows in scope: the years, filters and method restriction of a question, from the table
 * the method counts: `people` reads author slots; `papers` reads each (paper, institution)
 * pair once (paper_units), so a paper-level institution set (ICLR 2024) counts too; the
 * slot-counting methods read slot_cube, the author slots pre-summed by everything a filter
 * or group can name. The tables share the filtered columns; kysely cannot type a choice of
 * table, so the builder is typed as authorships'. Columns are qualified so callers can join
 * other tables (the drill-down joins papers).
 */
export function scopedRows(ctx: QueryContext, years: number[], options: QueryOptions): SelectQueryBuilder<Database, 'authorships', object>;
export function scopedRows<T extends ScopeTable>(ctx: QueryContext, years: number[], options: QueryOptions, table: T): SelectQueryBuilder<Database, T, object>;
export function scopedRows(ctx: QueryContext, years: number[], options: QueryOptions, table: ScopeTable = tableFor(options.method)) {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  const cols = groupColumns(options);
  const f = options.filters;
  // The three tables share the scope columns (db/sharedColumns.ts): the filters below name them by raw reference, so
  // one builder type serves; a caller naming its table gets that table's column types (papers.ts).
  let q = (ctx.db.selectFrom(table) as unknown as SelectQueryBuilder<Database, 'authorships', object>).where(col('year'), 'in', years);
  if (f.conferences.length > 0) q = q.where(col('conference'), 'in', f.conferences);
  if (f.track) q = q.where(col('track'), '=', f.track);
  if (f.status) q = q.where(col('status'), '=', f.status);
  if (f.country) q = q.where(col(cols.country), '=', f.country);
  if (f.instType) q = q.where(col(cols.institution), 'in', idsOfType(ctx, f.instType));
  if (f.exact) q = q.where(isNotLinked(`${table}.evidence`));
  const kept = keptSlots(options.method, table, col);
  if (kept) q = q.where(kept);
  return q;
}

/** Everything scopedRows reads from a question, as a string: what a value computed from its scope is kept by (snapshotMemo.ts). */
export function scopeId(years: number[], options: QueryOptions): string {
  const f = options.filters;
  return JSON.stringify([
    years,
    groupColumns(options),
    methodDef(options.method).keeps,
    f.conferences,
    f.track,
    f.status,
    f.country,
    f.instType,
    f.exact === true,
  ]);
}

/** Institution ids of one institution-type filter (data/institution-types.json). */
function idsOfType(ctx: QueryContext, instType: InstType): string[] {
  const types = INSTITUTION_TYPES[instType].types;
  return [...ctx.institutions.values()].filter((i) => types.includes(i.type)).map((i) => i.id);
}

/** Author slots in scope, for the drill-down (which lists slots under every method). */
export function scopedAuthorships(ctx: QueryContext, years: number[], options: QueryOptions) {
  return scopedRows(ctx, years, options, 'authorships');
}

export function aggregate(ctx: QueryContext, req: AggregateRequest): AggregateRow[] {
  const presentColumn = groupColumns(req.options)[req.groupBy];
  const keyColumn = req.total ? null : presentColumn;
  let q = scopedRows(ctx, req.years, req.options).where(presentColumn, 'is not', null);
  if (keyColumn && req.only) q = q.where(keyColumn, 'in', req.only.length > 0 ? req.only : ['']);

  const m = measures(req.options.method, tableFor(req.options.method));
  const query = q.select([
    (keyColumn ? sql<string | null>`${sql.ref(keyColumn)}` : sql<string | null>`NULL`).as('key'),
    (req.byYear ? sql<number | null>`year` : sql<number | null>`NULL`).as('year'),
    m.value.as('value'),
    m.slots.as('slots'),
    m.linkedSlots.as('linkedSlots'),
  ]);
  const groups = [...(req.byYear ? (['year'] as const) : []), ...(keyColumn ? [keyColumn] : [])];
  return all(ctx.sqlite, groups.length > 0 ? query.groupBy(groups) : query);
}

/**
 * The denominators of `papers` shares, each paper once per year, read from paper_cube; a
 * country filter picks papers by their institutions' country, which only paper_units can say.
 */
export function paperTotals(ctx: QueryContext, req: Pick<AggregateRequest, 'years' | 'options' | 'groupBy'>): Map<number, number> {
  const f = req.options.filters;
  if (f.country || f.instType) return new Map(aggregate(ctx, { ...req, total: true, byYear: true }).map((r) => [r.year!, r.value]));
  const present = groupColumns(req.options)[req.groupBy];
  // Every paper in the cube has an institution; a country grouping needs one with a country.
  const country = present === 'root_country' || present === 'unit_country' ? present : null;
  const flag = f.exact ? (country ? (`own_${country}` as const) : 'own') : country;
  let q = ctx.db.selectFrom('paper_cube').where('year', 'in', req.years);
  if (f.conferences.length > 0) q = q.where('conference', 'in', f.conferences);
  if (f.track) q = q.where('track', '=', f.track);
  if (f.status) q = q.where('status', '=', f.status);
  if (flag) q = q.where(flag, '=', 1);
  const rows = all(ctx.sqlite, q.select(['year', sql<number>`sum(papers)`.as('papers')]).groupBy('year'));
  return new Map(rows.map((r) => [r.year, r.papers]));
}

/** Competition ranking (1, 2, 2, 4) by value, ties broken by key for a stable order. */
export function ranked<T extends { value: number; key: string | null }>(rows: T[]): Array<T & { rank: number }> {
  // Plain code-unit order for ties: stable, and far cheaper than localeCompare.
  const byKey = (a: T, b: T) => (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0);
  const sorted = [...rows].sort((a, b) => b.value - a.value || byKey(a, b));
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || Math.abs(r.value - sorted[i - 1].value) > 1e-9) rank = i + 1;
    return { ...r, rank };
  });
}
