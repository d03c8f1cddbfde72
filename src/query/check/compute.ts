// airank's own figure for a claim under one counting method, from the same Figures table
// every other answer uses. null = the figure cannot be computed that way (said why).
import type { QueryContext } from '../context/context.ts';
import { Figures } from '../figures/figures.ts';
import { INSTITUTION_TYPES } from '../../domain/institutionTypes.ts';
import { countsPeople, type Method } from '../model/methods.ts';
import { entityKey } from '../context/names.ts';
import type { Filters, QueryOptions } from '../model/types.ts';
import type { Claim } from './reading.ts';

export type ReasonKey = 'peopleTop' | 'countryOfCountry' | 'countryOther' | 'noRank' | 'nothingInScope' | 'noFirstYear' | 'peopleTiers' | 'tiersTop';

export interface Computed {
  value: number | null;
  /** Why value is null: a key of the `reason.*` strings. */
  reason?: ReasonKey;
}

/**
 * The options a claim's figure is computed under: its filters, its roll-up (`units`, or a
 * unit named on its own) and the row's method. Every filter a claim can carry applies here;
 * the ones that cannot apply are refused by refusal() before anything is computed.
 */
export function claimOptions(claim: Claim, method: Method, base: QueryOptions, unitNamed = false): QueryOptions {
  const filters: Filters = {
    conferences: [...claim.conferences],
    ...(claim.track ? { track: claim.track } : {}),
    ...(claim.status ? { status: claim.status } : {}),
    ...(claim.exact || base.filters.exact ? { exact: true } : {}),
    // A number of institutions in a top N ranks every institution; the type says which of them count.
    ...(claim.instType && !claim.counts ? { instType: claim.instType } : {}),
    // A country scope changes ranks and shares; a count of one institution is its own either way.
    ...(claim.country && (claim.figure.kind === 'rank' || claim.figure.kind === 'share') ? { country: claim.country } : {}),
  };
  return { ...base, method, rollup: base.rollup && !claim.units && !unitNamed, filters };
}

/** Why a figure cannot be computed under these options, or null. */
export function refusal(claim: Claim, options: QueryOptions): ReasonKey | null {
  if (claim.top !== undefined && !claim.counts && countsPeople(options.method)) return 'peopleTop';
  if (claim.statuses && countsPeople(options.method)) return 'peopleTiers';
  if (claim.statuses && claim.top !== undefined) return 'tiersTop';
  if (claim.entity.kind === 'country' && claim.country) return 'countryOfCountry';
  return null;
}

/** Each institution in `year`'s top N (or over all the years), with its figure. */
function inTop(institutions: Figures, year: number | undefined, top: number) {
  return institutions.ranking(year).filter((r) => r.rank <= top);
}

/**
 * The entity's count among the institutions in `year`'s top N: for an institution its own
 * figure if it is in the top N, for a country the sum over its institutions there.
 */
function scopedCount(ctx: QueryContext, institutions: Figures, claim: Claim, year: number, top: number): number {
  const counts = (key: string): boolean =>
    claim.entity.kind === 'institution' ? key === claim.entity.id : ctx.institutions.get(key)?.country === claim.entity.code;
  return inTop(institutions, year, top)
    .filter((r) => counts(r.key))
    .reduce((s, r) => s + r.value, 0);
}

/** Every country's sum over its institutions in each year's top N: a country's rank and share on that basis. */
function countrySums(ctx: QueryContext, institutions: Figures, years: number[], top: number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const year of years) {
    for (const r of inTop(institutions, year, top)) {
      const country = ctx.institutions.get(r.key)?.country;
      if (country) sums.set(country, (sums.get(country) ?? 0) + r.value);
    }
  }
  return sums;
}

/** "4 of the top 10 were Chinese (universities)": how many of the top N institutions are the country's (of that type). */
function institutionsInTop(ctx: QueryContext, institutions: Figures, claim: Claim, year: number | undefined, top: number): number {
  const code = claim.entity.kind === 'country' ? claim.entity.code : undefined;
  const types = claim.instType ? INSTITUTION_TYPES[claim.instType].types : undefined;
  return inTop(institutions, year, top).filter((r) => {
    const inst = ctx.institutions.get(r.key);
    return inst !== undefined && inst.country === code && (!types || types.includes(inst.type));
  }).length;
}

/** Competition rank of `key` among `values` (1 + how many are above it), or null without a figure. */
function rankIn(values: Map<string, number>, key: string): number | null {
  const mine = values.get(key);
  if (!mine) return null;
  return 1 + [...values.values()].filter((v) => v > mine).length;
}

/** Several tiers together ("orals and spotlights"): the figures of each tier, added (a paper has one tier). */
function tiersTogether(ctx: QueryContext, claim: Claim, options: QueryOptions): Computed {
  const { figure, years } = claim;
  const key = entityKey(claim.entity);
  const span = years.length === 1 ? years[0] : undefined;
  const each = claim.statuses!.map((status) => new Figures(ctx, claim.entity.kind, years, { ...options, filters: { ...options.filters, status } }));
  const sum = (of: (f: Figures) => number): number => each.reduce((s, f) => s + of(f), 0);
  switch (figure.kind) {
    case 'count':
      return { value: sum((f) => f.get(key, span).value) };
    case 'share': {
      const total = sum((f) => f.total(span));
      return total > 0 ? { value: sum((f) => f.get(key, span).value) / total } : { value: null, reason: 'nothingInScope' };
    }
    case 'growth':
      return growth(
        sum((f) => f.get(key, years[0]).value),
        sum((f) => f.get(key, years[years.length - 1]).value),
      );
    case 'rank': {
      const totals = new Map<string, number>();
      for (const f of each) for (const r of f.ranking(span)) totals.set(r.key, (totals.get(r.key) ?? 0) + r.value);
      const rank = rankIn(totals, key);
      return rank === null ? { value: null, reason: 'noRank' } : { value: rank };
    }
  }
}

export function computeFigure(ctx: QueryContext, claim: Claim, options: QueryOptions): Computed {
  const { figure, years, top } = claim;
  const key = entityKey(claim.entity);
  const span = years.length === 1 ? years[0] : undefined;

  const refused = refusal(claim, options);
  if (refused) return { value: null, reason: refused };
  if (claim.country && claim.entity.kind === 'institution' && ctx.institutions.get(claim.entity.id)?.country !== claim.country) {
    return { value: null, reason: 'countryOther' };
  }
  if (claim.statuses) return tiersTogether(ctx, claim, options);
  if (top !== undefined) {
    const institutions = new Figures(ctx, 'institution', years, options);
    if (claim.counts === 'institutions') return { value: institutionsInTop(ctx, institutions, claim, span, top) };
    if (claim.entity.kind === 'country' && (figure.kind === 'rank' || figure.kind === 'share')) {
      const sums = countrySums(ctx, institutions, years, top);
      if (figure.kind === 'rank') {
        const rank = rankIn(sums, claim.entity.code);
        return rank === null ? { value: null, reason: 'noRank' } : { value: rank };
      }
      const total = [...sums.values()].reduce((a, b) => a + b, 0);
      return total > 0 ? { value: (sums.get(claim.entity.code) ?? 0) / total } : { value: null, reason: 'nothingInScope' };
    }
    const count = (ys: number[]): number => ys.reduce((s, y) => s + scopedCount(ctx, institutions, claim, y, top), 0);
    if (figure.kind === 'growth') return growth(count([years[0]]), count([years[years.length - 1]]));
    return { value: count(years) };
  }

  // Only a rank needs every group's figure; a count, share or growth needs the claimed entity's (and the totals).
  const figures = new Figures(ctx, claim.entity.kind, years, options, figure.kind === 'rank' ? undefined : [key]);
  switch (figure.kind) {
    case 'count':
      return { value: figures.get(key, span).value };
    case 'rank': {
      const rank = figures.rank(key, span);
      return rank === null ? { value: null, reason: 'noRank' } : { value: rank };
    }
    case 'share': {
      const total = figures.total(span);
      return total > 0 ? { value: figures.get(key, span).value / total } : { value: null, reason: 'nothingInScope' };
    }
    case 'growth':
      return growth(figures.get(key, years[0]).value, figures.get(key, years[years.length - 1]).value);
  }
}

function growth(first: number, last: number): Computed {
  return first > 0 ? { value: last / first } : { value: null, reason: 'noFirstYear' };
}
