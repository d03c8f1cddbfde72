// Figures for groups (institutions or countries) by year. Rankings, comparisons, shares,
// growth and ranks are all read from one table of figures, built on first use: by SQL
// aggregation for additive methods (totals are sums), and by peopleCounts under `people`,
// where a person in two groups or years must count once.
import { aggregate, paperTotals, ranked, scopeId, type AggregateRow } from './aggregate.ts';
import type { QueryContext } from '../context/context.ts';
import { countsPeople, methodDef } from '../model/methods.ts';
import { peopleCounts, peopleTotals, type Figure, type FigureTable } from './peopleCounts.ts';
import { presummedTable } from './presummed.ts';
import { keptFor } from '../context/snapshotMemo.ts';
import type { GroupBy, QueryOptions } from '../model/types.ts';

const ZERO: Figure = { value: 0, slots: 0, linkedSlots: 0 };

function add(a: Figure, b: Figure): Figure {
  return { value: a.value + b.value, slots: a.slots + b.slots, linkedSlots: a.linkedSlots + b.linkedSlots };
}

function sumBy<K>(rows: AggregateRow[], keyOf: (r: AggregateRow) => K): Map<K, Figure> {
  const out = new Map<K, Figure>();
  for (const r of rows) out.set(keyOf(r), add(out.get(keyOf(r)) ?? ZERO, r));
  return out;
}

export type Request = { years: number[]; options: QueryOptions; groupBy: GroupBy };

/**
 * Additive methods: one grouped aggregation, and the denominators. A slot has one group,
 * so the groups' figures add up to the total; a paper can have several, so under `papers`
 * the total counts each paper once (paperTotals), and with figures kept for a few groups
 * only, it is counted apart.
 */
function additiveTable(ctx: QueryContext, request: Request, only?: string[]): FigureTable {
  const rows = aggregate(ctx, { ...request, byYear: true, only });
  const yearTotals = (): Map<number, number> =>
    methodDef(request.options.method).counts === 'paper'
      ? paperTotals(ctx, request)
      : only
        ? new Map(aggregate(ctx, { ...request, total: true, byYear: true }).map((r) => [r.year!, r.value]))
        : new Map([...sumBy(rows, (r) => r.year!)].map(([year, f]) => [year, f.value]));
  // Denominators only when read: a footer asking for a few groups' figures needs no shares.
  let totals: Map<number, number> | undefined;
  return {
    cells: new Map(rows.map((r) => [`${r.key}|${r.year}`, r])),
    keyTotals: sumBy(rows, (r) => r.key!),
    get yearTotals() {
      return (totals ??= yearTotals());
    },
    get total() {
      return [...this.yearTotals.values()].reduce((a, b) => a + b, 0);
    },
  };
}

/** `people` for a few groups: their distinct counts from SQL (an index range each), denominators packed. */
function fewPeopleTable(ctx: QueryContext, request: Request, only: string[]): FigureTable {
  return {
    cells: new Map(aggregate(ctx, { ...request, byYear: true, only }).map((r) => [`${r.key}|${r.year}`, r])),
    keyTotals: new Map(aggregate(ctx, { ...request, only }).map((r) => [r.key!, r])),
    ...peopleTotals(ctx, request.years, request.options, request.groupBy),
  };
}

/** The general path: figures computed from the scoped rows (every filter and option). */
export function computeTable(ctx: QueryContext, request: Request, only?: string[]): FigureTable {
  if (!countsPeople(request.options.method)) return additiveTable(ctx, request, only);
  return only ? fewPeopleTable(ctx, request, only) : peopleCounts(ctx, request.years, request.options, request.groupBy);
}

export class Figures {
  private tableCache?: FigureTable;
  private byYearCache?: Map<number, Array<Figure & { key: string }>>;
  private readonly rankCache = new Map<number | 'all', Map<string, number>>();
  private readonly rankingCache = new Map<number | 'all', ReadonlyArray<Figure & { key: string; rank: number }>>();
  /** The table came from the pre-summed figures: a pure function of the scope, so its ranks are kept per database. */
  private presummed = false;

  /** With `only`, figures are kept for those groups alone (shares still use every group). */
  constructor(
    private readonly ctx: QueryContext,
    readonly kind: GroupBy,
    readonly years: number[],
    private readonly options: QueryOptions,
    private readonly only?: string[],
  ) {}

  private get table(): FigureTable {
    const request = { years: this.years, options: this.options, groupBy: this.kind };
    if (!this.tableCache) {
      const presummed = presummedTable(this.ctx, request, this.only);
      this.presummed = presummed !== undefined;
      this.tableCache = presummed ?? computeTable(this.ctx, request, this.only);
    }
    return this.tableCache;
  }

  /** A group's figure in one year, or over all the years when `year` is omitted. */
  get(key: string, year?: number): Figure {
    return (year === undefined ? this.table.keyTotals.get(key) : this.table.cells.get(`${key}|${year}`)) ?? ZERO;
  }

  /** Every group's figure over all years (or in one year). */
  all(year?: number): Array<Figure & { key: string }> {
    if (year === undefined) return [...this.table.keyTotals].map(([key, f]) => ({ key, ...f }));
    return this.byYear().get(year) ?? [];
  }

  /** The cells split by year once, for rankings within each year. */
  private byYear(): Map<number, Array<Figure & { key: string }>> {
    if (!this.byYearCache) {
      this.byYearCache = new Map();
      for (const [id, f] of this.table.cells) {
        const cut = id.lastIndexOf('|');
        const year = Number(id.slice(cut + 1));
        const list = this.byYearCache.get(year) ?? [];
        list.push({ key: id.slice(0, cut), value: f.value, slots: f.slots, linkedSlots: f.linkedSlots });
        this.byYearCache.set(year, list);
      }
    }
    return this.byYearCache;
  }

  /** The same figure over all groups: the denominator of shares. */
  total(year?: number): number {
    return year === undefined ? this.table.total : (this.table.yearTotals.get(year) ?? 0);
  }

  /** Every group by competition rank, in one year or over all years, best first (never to be changed: it may be kept). */
  ranking(year?: number): ReadonlyArray<Figure & { key: string; rank: number }> {
    if (this.only) throw new Error('Figures.ranking needs figures for every group');
    let list = this.rankingCache.get(year ?? 'all');
    if (!list) {
      const compute = () => ranked(this.all(year));
      list = this.keptIfPresummed(`ranking|${year ?? 'all'}`, compute);
      this.rankingCache.set(year ?? 'all', list);
    }
    return list;
  }

  /** Competition rank of a group, in one year or over all years (null when it has no figure). */
  rank(key: string, year?: number): number | null {
    let ranks = this.rankCache.get(year ?? 'all');
    if (!ranks) {
      const compute = () => new Map(this.ranking(year).map((r) => [r.key, r.rank]));
      ranks = this.keptIfPresummed(`ranks|${year ?? 'all'}`, compute);
      this.rankCache.set(year ?? 'all', ranks);
    }
    return ranks.get(key) ?? null;
  }

  /** A value computed from a pre-summed table is a pure function of the scope: kept per database (snapshotMemo.ts). */
  private keptIfPresummed<T extends object>(what: string, compute: () => T): T {
    const table = this.table; // decides `presummed`
    return this.presummed && table ? keptFor(this.ctx, `${what}|${this.kind}|${this.options.method}|${scopeId(this.years, this.options)}`, compute) : compute();
  }
}
