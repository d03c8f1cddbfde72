// What the other country rule gives for the countries an answer is about: a multinational's
// unit abroad counts in its parent's country by default, where it is under `located`.
import { sql } from 'kysely';
import { all } from '../../db/run.ts';
import { scopedRows, scopeId } from './aggregate.ts';
import type { Caveat } from '../model/caveats.ts';
import { countsPeople, methodDef } from '../model/methods.ts';
import { keptFor } from '../context/snapshotMemo.ts';
import type { QueryContext } from '../context/context.ts';
import { Figures } from './figures.ts';
import { countryRuleNote, type CountryMove } from './meta.ts';
import { countryLabel } from '../context/names.ts';
import type { QueryOptions } from '../model/types.ts';

/** The same question under the other rule: the unit's own country, or the parent's (the default). */
export function otherCountryRule(options: QueryOptions): QueryOptions {
  const ownCountry = !options.rollup || options.located === true;
  return ownCountry ? { ...options, rollup: true, located: false } : { ...options, located: true };
}

/** Countries on either side of a slot in scope whose unit is in another country than its parent. */
function movedCountries(ctx: QueryContext, years: number[], options: QueryOptions): ReadonlySet<string> {
  return keptFor(ctx, `movedCountries|${scopeId(years, options)}`, () => readMovedCountries(ctx, years, options));
}

function readMovedCountries(ctx: QueryContext, years: number[], options: QueryOptions): Set<string> {
  const rows = all(
    ctx.sqlite,
    scopedRows(ctx, years, options, 'slot_cube')
      .where(sql<boolean>`root_country IS NOT unit_country`)
      .select(['root_country', 'unit_country'])
      .distinct(),
  );
  return new Set(rows.flatMap((r) => [r.root_country, r.unit_country]).filter((c): c is string => c !== null));
}

/** Each country's figure over the years, as answers count them (pre-summed where they cover the question). */
function figuresOf(ctx: QueryContext, years: number[], options: QueryOptions, keys: string[]): Map<string, number> {
  // Distinct people read every group's figures (one pass over the packed slots); the others only these keys'.
  const figures = new Figures(ctx, 'country', years, options, countsPeople(options.method) ? undefined : keys);
  return new Map(keys.map((k) => [k, figures.get(k).value]));
}

/**
 * The country rule line for an answer about `codes` (countries; every country when omitted,
 * as for a ranking, where a country can enter or leave the list), with how much the other
 * rule moves each figure over `years`. A `country:` filter is a country asked about too.
 */
export function countryRuleLine(ctx: QueryContext, years: number[], options: QueryOptions, codes?: string[]): string {
  return countryRule(ctx, years, options, codes).line;
}

/** The country rule line, and as a caveat the group the other rule moves most (null when it moves none). */
export function countryRule(ctx: QueryContext, years: number[], options: QueryOptions, codes?: string[]): { line: string; caveat: Caveat | null } {
  // Figures for the country itself, not for the institutions a `country:` filter keeps.
  const asked = { ...options, filters: { ...options.filters, country: undefined } };
  const moved = movedCountries(ctx, years, asked);
  const wanted = codes ? [...codes, ...(options.filters.country ? [options.filters.country] : [])] : [...moved];
  const keys = [...new Set(wanted)].filter((k) => moved.has(k));
  if (keys.length === 0) return { line: countryRuleNote(options, []), caveat: null };
  const now = figuresOf(ctx, years, asked, keys);
  const other = figuresOf(ctx, years, otherCountryRule(asked), keys);
  const moves: CountryMove[] = keys.map((key) => {
    const value = other.get(key) ?? 0;
    return { name: countryLabel(key, options.lang), value, diff: value - (now.get(key) ?? 0) };
  });
  const largest = [...moves].sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff))[0];
  const caveat: Caveat | null =
    largest && Math.abs(largest.diff) > 1e-9
      ? { kind: 'countryRule', ...largest, type: methodDef(options.method).type, located: !(!options.rollup || options.located === true) }
      : null;
  return { line: countryRuleNote(options, moves), caveat };
}
