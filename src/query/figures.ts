// Figures for groups (institutions or countries) by year, from one aggregation.
// Rankings, comparisons, shares, growth and ranks are all read from this table. Totals
// across groups or years are sums, except under `people`, where a person counted in two
// groups or years must count once: those totals get their own distinct-count query.
import { aggregate, ranked, type AggregateRow, type GroupBy } from './aggregate.ts';
import type { QueryContext } from './context.ts';
import type { QueryOptions } from './types.ts';

export interface Figure {
  value: number;
  slots: number;
  linkedSlots: number;
}

const ZERO: Figure = { value: 0, slots: 0, linkedSlots: 0 };

function add(a: Figure, b: Figure): Figure {
  return { value: a.value + b.value, slots: a.slots + b.slots, linkedSlots: a.linkedSlots + b.linkedSlots };
}

function sumBy(rows: AggregateRow[], keyOf: (r: AggregateRow) => string | number): Map<string | number, Figure> {
  const out = new Map<string | number, Figure>();
  for (const r of rows) out.set(keyOf(r), add(out.get(keyOf(r)) ?? ZERO, r));
  return out;
}

export class Figures {
  private readonly cells: Map<string, AggregateRow>;
  private readonly additive: boolean;
  private readonly request;
  private keyTotalsCache?: Map<string | number, Figure>;
  private yearTotalsCache?: Map<string | number, Figure>;
  private grandTotalCache?: Figure;
  private readonly rankCache = new Map<number | 'all', Map<string, number>>();

  /** With `only`, figures are kept for those groups alone (shares still use every group). */
  constructor(
    private readonly ctx: QueryContext,
    readonly kind: GroupBy,
    readonly years: number[],
    options: QueryOptions,
    private readonly only?: string[],
  ) {
    this.additive = options.method !== 'people';
    this.request = { years, options, groupBy: kind };
    this.cells = new Map(aggregate(ctx, { ...this.request, byYear: true, only }).map((c) => [`${c.key}|${c.year}`, c]));
  }

  /** A group's figure in one year, or over all the years when `year` is omitted. */
  get(key: string, year?: number): Figure {
    if (year === undefined) return this.keyTotals().get(key) ?? ZERO;
    return this.cells.get(`${key}|${year}`) ?? ZERO;
  }

  /** Every group's figure over all years (or in one year). */
  all(year?: number): Array<Figure & { key: string }> {
    const source = year === undefined ? [...this.keyTotals()] : [...this.cells.values()].filter((c) => c.year === year).map((c) => [c.key, c] as const);
    return source.map(([key, f]) => ({ key: String(key), value: f.value, slots: f.slots, linkedSlots: f.linkedSlots }));
  }

  /** The same figure over all groups: the denominator of shares. */
  total(year?: number): number {
    if (year !== undefined) return (this.yearTotals().get(year) ?? ZERO).value;
    this.grandTotalCache ??= this.additive
      ? [...this.yearTotals().values()].reduce(add, ZERO)
      : (aggregate(this.ctx, { ...this.request, total: true })[0] ?? ZERO);
    return this.grandTotalCache.value;
  }

  /** Competition rank of a group, in one year or over all years (null when it has no figure). */
  rank(key: string, year?: number): number | null {
    if (this.only) throw new Error('Figures.rank needs figures for every group');
    let ranks = this.rankCache.get(year ?? 'all');
    if (!ranks) this.rankCache.set(year ?? 'all', (ranks = new Map(ranked(this.all(year)).map((r) => [r.key, r.rank]))));
    return ranks.get(key) ?? null;
  }

  private keyTotals(): Map<string | number, Figure> {
    this.keyTotalsCache ??= this.additive
      ? sumBy([...this.cells.values()], (r) => r.key!)
      : new Map(aggregate(this.ctx, { ...this.request, only: this.only }).map((r) => [r.key!, r]));
    return this.keyTotalsCache;
  }

  private yearTotals(): Map<string | number, Figure> {
    this.yearTotalsCache ??=
      this.additive && !this.only
        ? sumBy([...this.cells.values()], (r) => r.year!)
        : new Map(aggregate(this.ctx, { ...this.request, total: true, byYear: true }).map((r) => [r.year!, r]));
    return this.yearTotalsCache;
  }
}
