// The fast path: figures the build pre-summed (query/writeGroupFigures.ts) for questions
// with no filter but `exact`, read with one index range instead of computed from the slots.
// It declines (undefined: the general path computes) whatever it does not cover: any other
// filter, and under `people` a set of years other than one year or a span of consecutive
// years (every year among them), since distinct people do not add up over years. test/query/presummed.test.ts checks that both
// paths give identical answers over every filter and option.
import type { GroupFiguresTable } from '../../db/schema.ts';
import { groupColumns, scopeId } from './aggregate.ts';
import type { QueryContext } from '../context/context.ts';
import type { Figure, FigureTable } from './peopleCounts.ts';
import { countsPeople } from '../model/methods.ts';
import { keptFor } from '../context/snapshotMemo.ts';
import type { QueryOptions } from '../model/types.ts';
import type { GroupBy } from '../model/types.ts';

type Row = Pick<GroupFiguresTable, 'year' | 'key' | 'value' | 'slots' | 'linked' | 'value_sql'>;

/** Every year the database covers: the years a `people` figure over all years spans. */
export function coveredYears(ctx: QueryContext): number[] {
  return [...new Set(ctx.coverage.map((c) => c.year))].sort((a, b) => a - b);
}

/**
 * Where `people` figures over several years are kept (group_figures.year): 0 for every year
 * the database covers, first * 10000 + last for a span of consecutive covered years
 * (20202024); undefined for any other set of years, which the general path counts.
 */
export function spanYear(years: readonly number[], every: readonly number[]): number | undefined {
  const from = every.indexOf(years[0]);
  if (from < 0 || years.some((y, i) => every[from + i] !== y)) return undefined;
  return years.length === every.length ? 0 : years[0] * 10000 + years[years.length - 1];
}

/** The spans of two or more consecutive covered years but every year (kept under 0): the other sets of years `people` figures are kept for. */
export function spansOf(every: readonly number[]): number[][] {
  const spans: number[][] = [];
  for (let from = 0; from < every.length; from++) {
    for (let to = from + 2; to <= every.length; to++) if (to - from < every.length) spans.push(every.slice(from, to));
  }
  return spans;
}

/**
 * One year's rows of one grouping, method and `exact`, read once per opened database
 * (snapshotMemo.ts): questions share them (a ranking and its country-rule line, one
 * year's figures in several ranges).
 */
function yearRows(ctx: QueryContext, grouping: string, method: string, exact: number, year: number): readonly Row[] {
  return keptFor(
    ctx,
    `group_figures|${grouping}|${method}|${exact}|${year}`,
    () =>
      ctx.sqlite
        .prepare(
          'SELECT year, key, value, slots, linked, value_sql FROM group_figures WHERE grouping = ? AND method = ? AND exact = ? AND year = ? ORDER BY key',
        )
        .all(grouping, method, exact, year) as Row[],
  );
}

export function presummedTable(
  ctx: QueryContext,
  request: { years: number[]; options: QueryOptions; groupBy: GroupBy },
  only?: string[],
): FigureTable | undefined {
  // A table of every group is a pure function of the scope: kept, so rankings over several years do not sum it again.
  if (only) return sumRows(ctx, request, only);
  return keptFor(ctx, `presummed|${request.groupBy}|${request.options.method}|${scopeId(request.years, request.options)}`, () => ({
    table: sumRows(ctx, request),
  })).table;
}

function sumRows(ctx: QueryContext, request: { years: number[]; options: QueryOptions; groupBy: GroupBy }, only?: string[]): FigureTable | undefined {
  const { options } = request;
  const f = options.filters;
  if (!ctx.presummed || f.conferences.length > 0 || f.track || f.status || f.country || f.instType) return undefined;
  const years = [...new Set(request.years)].sort((a, b) => a - b);
  const people = countsPeople(options.method);
  // Distinct people over several years: the span's own rows.
  const span = people && years.length > 1 ? spanYear(years, coveredYears(ctx)) : null;
  if (span === undefined) return undefined;

  const grouping = groupColumns(options)[request.groupBy];
  const exact = f.exact ? 1 : 0;
  const read = [...(span === null ? [] : [span]), ...years];
  const rows = read.flatMap((year) => yearRows(ctx, grouping, options.method, exact, year));

  const wanted = only ? new Set(only) : null;
  // A question about a few groups sums its denominators in SQL, as the general path does.
  const totalOf = (r: Row) => (only ? r.value_sql : r.value);
  const cells = new Map<string, Figure>();
  const keyTotals = new Map<string, Figure>();
  const yearTotals = new Map<number, number>();
  let spanTotal: number | null = null;
  for (const r of rows) {
    if (r.key === null) {
      const total = totalOf(r);
      if (total === null) continue;
      if (r.year === span) spanTotal = total;
      else yearTotals.set(r.year, total);
      continue;
    }
    if (wanted && !wanted.has(r.key)) continue;
    const figure: Figure = { value: r.value ?? 0, slots: r.slots, linkedSlots: r.linked };
    if (r.year === span) {
      keyTotals.set(r.key, figure);
      continue;
    }
    cells.set(`${r.key}|${r.year}`, figure);
    if (span !== null) continue;
    // Additive methods: a group's figure over the years is the sum of its years, in year order.
    const sum = keyTotals.get(r.key);
    keyTotals.set(
      r.key,
      sum ? { value: sum.value + figure.value, slots: sum.slots + figure.slots, linkedSlots: sum.linkedSlots + figure.linkedSlots } : { ...figure },
    );
  }
  const total = span !== null ? (spanTotal ?? 0) : [...yearTotals.values()].reduce((a, b) => a + b, 0);
  return { cells, keyTotals, yearTotals, total };
}
