// Figures for every group (institution or country) by year, from one aggregation.
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
  private readonly cells: AggregateRow[];
  private readonly cellIndex: Map<string, AggregateRow>;
  private readonly additive: boolean;
  private readonly rankCache = new Map<number | 'all', Map<string, number>>();
  private keyTotalsCache?: Map<string | number, Figure>;
  private yearTotalsCache?: Map<string | number, Figure>;
  private grandTotalCache?: Figure;

  constructor(
    private readonly ctx: QueryContext,
    readonly kind: GroupBy,
    readonly years: number[],
    private readonly options: QueryOptions,
  ) {
    this.additive = options.method !== 'people';
    this.cells = aggregate(ctx, { years, options, groupBy: kind, byYear: true });
    this.cellIndex = new Map(this.cells.map((c) => [`${c.key}|${c.year}`, c]));
  }

  /** A group's figure in one year, or over all the years when `year` is omitted. */
  get(key: string, year?: number): Figure {
    if (year === undefined) return this.keyTotals().get(key) ?? ZERO;
    return this.cellIndex.get(`${key}|${year}`) ?? ZERO;
  }

  /** Every group's figure over all years (or in one year). */
  all(year?: number): Array<Figure & { key: string }> {
    const source = year === undefined ? [...this.keyTotals()] : this.cells.filter((c) => c.year === year).map((c) => [c.key, c] as const);
    return source.map(([key, f]) => ({ key: String(key), value: f.value, slots: f.slots, linkedSlots: f.linkedSlots }));
  }

  /** The same figure over all groups: the denominator of shares. */
  total(year?: number): number {
    if (year !== undefined) return (this.yearTotals().get(year) ?? ZERO).value;
    if (!this.grandTotalCache) {
      this.grandTotalCache = this.additive
        ? [...this.keyTotals().values()].reduce(add, ZERO)
        : (aggregate(this.ctx, { years: this.years, options: this.options, groupBy: this.kind, total: true })[0] ?? ZERO);
    }
    return this.grandTotalCache.value;
  }

  /** Competition rank of a group, in one year or over all years (null when it has no figure). */
  rank(key: string, year?: number): number | null {
    let ranks = this.rankCache.get(year ?? 'all');
    if (!ranks) this.rankCache.set(year ?? 'all', (ranks = new Map(ranked(this.all(year)).map((r) => [r.key, r.rank]))));
    return ranks.get(key) ?? null;
  }

  private keyTotals(): Map<string | number, Figure> {
    this.keyTotalsCache ??= this.additive
      ? sumBy(this.cells, (r) => r.key!)
      : new Map(aggregate(this.ctx, { years: this.years, options: this.options, groupBy: this.kind }).map((r) => [r.key!, r]));
    return this.keyTotalsCache;
  }

  private yearTotals(): Map<string | number, Figure> {
    this.yearTotalsCache ??= this.additive
      ? sumBy(this.cells, (r) => r.year!)
      : new Map(aggregate(this.ctx, { years: this.years, options: this.options, groupBy: this.kind, total: true, byYear: true }).map((r) => [r.year!, r]));
    return this.yearTotalsCache;
  }
}
