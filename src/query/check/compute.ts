// airank's own figure for a claim under one counting method, from the same Figures table
// every other answer uses. null = the figure cannot be computed that way (said why).
import type { QueryContext } from '../context.ts';
import { Figures } from '../figures.ts';
import { countsPeople, type Method } from '../methods.ts';
import { entityKey } from '../names.ts';
import type { Filters, QueryOptions } from '../types.ts';
import type { Claim } from './claim.ts';

export type ReasonKey = 'peopleTop' | 'countryOfCountry' | 'countryOther' | 'noRank' | 'nothingInScope' | 'noFirstYear';

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
    ...(claim.instType ? { instType: claim.instType } : {}),
    // A country scope changes ranks and shares; a count of one institution is its own either way.
    ...(claim.country && (claim.figure.kind === 'rank' || claim.figure.kind === 'share') ? { country: claim.country } : {}),
  };
  return { ...base, method, rollup: base.rollup && !claim.units && !unitNamed, filters };
}

/** Why a figure cannot be computed under these options, or null. */
export function refusal(claim: Claim, options: QueryOptions): ReasonKey | null {
  if (claim.top !== undefined && countsPeople(options.method)) return 'peopleTop';
  if (claim.entity.kind === 'country' && claim.country) return 'countryOfCountry';
  return null;
}

/**
 * The entity's count among the institutions in `year`'s top N: for an institution its own
 * figure if it is in the top N, for a country the sum over its institutions there.
 */
function scopedCount(ctx: QueryContext, institutions: Figures, claim: Claim, year: number, top: number): number {
  const inTop = institutions.ranking(year).filter((r) => r.rank <= top);
  const counts = (key: string): boolean =>
    claim.entity.kind === 'institution' ? key === claim.entity.id : ctx.institutions.get(key)?.country === claim.entity.code;
  return inTop.filter((r) => counts(r.key)).reduce((s, r) => s + r.value, 0);
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
  if (top !== undefined) {
    const institutions = new Figures(ctx, 'institution', years, options);
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
