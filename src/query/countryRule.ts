// What the other country rule gives for the countries an answer shows: a multinational's
// lab abroad counts in its parent's country by default, where it is under `located`.
import type { QueryContext } from './context.ts';
import { Figures } from './figures.ts';
import { countryRuleNote, type CountryMove } from './meta.ts';
import { countryLabel } from './names.ts';
import type { QueryOptions } from './types.ts';

/** The same question under the other rule: the unit's own country, or the parent's (the default). */
export function otherCountryRule(options: QueryOptions): QueryOptions {
  const ownCountry = !options.rollup || options.located === true;
  return ownCountry ? { ...options, rollup: true, located: false } : { ...options, located: true };
}

/**
 * The country rule line for an answer about `codes` (countries; every country when omitted,
 * as for a ranking, where a country can enter or leave the list), with how much the other
 * rule moves each figure over `years`. A `country:` filter is a country asked about too.
 */
export function countryRuleLine(ctx: QueryContext, years: number[], options: QueryOptions, codes?: string[]): string {
  const keys = codes ? [...new Set([...codes, ...(options.filters.country ? [options.filters.country] : [])])] : undefined;
  // Figures for the country itself, not for the institutions a `country:` filter keeps.
  const asked = { ...options, filters: { ...options.filters, country: undefined } };
  const now = new Figures(ctx, 'country', years, asked, keys);
  const other = new Figures(ctx, 'country', years, otherCountryRule(asked), keys);
  const all = keys ?? [...new Set([...now.all(), ...other.all()].map((f) => f.key))];
  const moves: CountryMove[] = all.map((key) => {
    const value = other.get(key).value;
    return { name: countryLabel(key, options.lang), value, diff: value - now.get(key).value };
  });
  return countryRuleNote(options, moves);
}
