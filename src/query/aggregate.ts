// The one place figures are computed: a grouped count over author slots of accepted
// papers, under a counting method, filters and the roll-up policy.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { all } from '../db/run.ts';
import type { Database } from '../db/schema.ts';
import type { QueryContext } from './context.ts';
import type { Method, QueryOptions } from './types.ts';
import { LINKED_EVIDENCE } from '../ingest/types.ts';

export type GroupBy = 'institution' | 'country';

export { LINKED_EVIDENCE };

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

export function groupColumns(rollup: boolean) {
  return rollup
    ? ({ institution: 'root_id', country: 'root_country' } as const)
    : ({ institution: 'unit_id', country: 'unit_country' } as const);
}

function valueExpression(method: Method, eb: ExpressionBuilder<Database, 'authorships'>) {
  switch (method) {
    case 'people':
      return eb.fn.count<number>('person_id').distinct();
    case 'papers':
      return eb.fn.count<number>('paper_id').distinct();
    case 'fractional':
      return sql<number>`sum(1.0 / n_authors)`;
    case 'authors':
    case 'first':
      return eb.fn.countAll<number>();
  }
}

/**
 * Rows in scope: the years, filters and method restriction of a question. Author slots,
 * or under `papers` each (paper, institution) pair once (paper_units), so that a
 * paper-level institution set (ICLR 2024) counts too. Both tables share the filtered
 * columns; kysely cannot type a choice of table, so the builder is typed as authorships'.
 * Columns are qualified so callers can join other tables (the drill-down joins papers).
 */
export function scopedRows(ctx: QueryContext, years: number[], options: QueryOptions) {
  const table = options.method === 'papers' ? 'paper_units' : 'authorships';
  const col = (name: string) => sql.ref(`${table}.${name}`);
  const cols = groupColumns(options.rollup);
  const f = options.filters;
  let q = (ctx.db.selectFrom(table) as unknown as SelectQueryBuilder<Database, 'authorships', object>).where(col('year'), 'in', years);
  if (f.conferences.length > 0) q = q.where(col('conference'), 'in', f.conferences);
  if (f.track) q = q.where(col('track'), '=', f.track);
  if (f.status) q = q.where(col('status'), '=', f.status);
  if (f.country) q = q.where(col(cols.country), '=', f.country);
  if (f.exact) q = q.where((eb) => eb.or([eb(col('evidence'), 'is', null), eb(col('evidence'), 'not in', [...LINKED_EVIDENCE])]));
  if (options.method === 'first') q = q.where(col('position'), '=', 0);
  return q;
}

/** Author slots in scope, for the drill-down (which lists slots under every method). */
export function scopedAuthorships(ctx: QueryContext, years: number[], options: QueryOptions) {
  return scopedRows(ctx, years, { ...options, method: options.method === 'papers' ? 'authors' : options.method });
}

export function aggregate(ctx: QueryContext, req: AggregateRequest): AggregateRow[] {
  const presentColumn = groupColumns(req.options.rollup)[req.groupBy];
  const keyColumn = req.total ? null : presentColumn;
  let q = scopedRows(ctx, req.years, req.options).where(presentColumn, 'is not', null);
  if (keyColumn && req.only) q = q.where(keyColumn, 'in', req.only.length > 0 ? req.only : ['']);

  const query = q.select((eb) => [
    (keyColumn ? sql<string | null>`${sql.ref(keyColumn)}` : sql<string | null>`NULL`).as('key'),
    (req.byYear ? sql<number | null>`year` : sql<number | null>`NULL`).as('year'),
    valueExpression(req.options.method, eb).as('value'),
    eb.fn.countAll<number>().as('slots'),
    sql<number>`sum(CASE WHEN evidence IN (${sql.join([...LINKED_EVIDENCE])}) THEN 1 ELSE 0 END)`.as('linkedSlots'),
  ]);
  const groups = [...(req.byYear ? (['year'] as const) : []), ...(keyColumn ? [keyColumn] : [])];
  return all(ctx.sqlite, groups.length > 0 ? query.groupBy(groups) : query);
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
