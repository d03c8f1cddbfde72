// How many author slots a question's filters take in, per conference-year, and how many
// of them its figures can count: read from coverage_cube, so the footer describes the
// slots actually in scope (`exact`, a tier, a track, `first` or `last`, a country filter and rule).
import { sql } from 'kysely';
import { all } from '../../db/run.ts';
import { isLinked, isNotLinked } from '../../db/linkedEvidence.ts';
import { groupColumns, scopeId } from './aggregate.ts';
import type { QueryContext } from '../context/context.ts';
import { keptSlots } from '../model/methods.ts';
import { keptFor } from '../context/snapshotMemo.ts';
import type { QueryOptions } from '../model/types.ts';
import type { Conference } from '../../domain/ids.ts';

export interface ScopeCoverage {
  conference: Conference;
  year: number;
  /** Author slots the filters take in (years, conferences, track, tier, the method's slots: first or last authors). */
  slots: number;
  /** Of them, resolved to an institution, whatever the evidence. */
  resolved: number;
  /** Resolved by linked evidence. */
  linked: number;
  /** Resolved and counted: what is left after `exact`. */
  counted: number;
  /** Counted, with a country under the question's country rule. */
  withCountry: number;
  /** Counted, in the country of a `country:` filter (else equal to `counted`). */
  inCountry: number;
}

/** Kept per opened database (snapshotMemo.ts) by what it reads: the footer of many answers shares it. */
export function scopeCoverage(ctx: QueryContext, years: number[], options: QueryOptions): readonly ScopeCoverage[] {
  return keptFor(ctx, `scopeCoverage|${scopeId(years, options)}`, () => computeScopeCoverage(ctx, years, options));
}

function computeScopeCoverage(ctx: QueryContext, years: number[], options: QueryOptions): ScopeCoverage[] {
  if (years.length === 0) return [];
  const f = options.filters;
  const country = sql.ref(groupColumns(options).country);
  const counted = f.exact ? sql`resolved = 1 AND ${isNotLinked('evidence')}` : sql`resolved = 1`;
  const inCountry = f.country ? sql`${counted} AND ${country} = ${f.country}` : counted;
  let q = ctx.db.selectFrom('coverage_cube').where('year', 'in', years);
  if (f.conferences.length > 0) q = q.where('conference', 'in', f.conferences);
  if (f.track) q = q.where('track', '=', f.track);
  if (f.status) q = q.where('status', '=', f.status);
  const kept = keptSlots(options.method, 'coverage_cube', (name) => sql.ref(name));
  if (kept) q = q.where(kept);
  const sum = (condition: ReturnType<typeof sql>) => sql<number>`coalesce(sum(CASE WHEN ${condition} THEN slots ELSE 0 END), 0)`;
  return all(
    ctx.sqlite,
    q
      .select([
        'conference',
        'year',
        sql<number>`sum(slots)`.as('slots'),
        sum(sql`resolved = 1`).as('resolved'),
        sum(sql`resolved = 1 AND ${isLinked('evidence')}`).as('linked'),
        sum(counted).as('counted'),
        sum(sql`${counted} AND ${country} IS NOT NULL`).as('withCountry'),
        sum(inCountry).as('inCountry'),
      ])
      .groupBy(['year', 'conference'])
      .orderBy('year')
      .orderBy('conference'),
  ).map((r) => ({ ...r, conference: r.conference as Conference }));
}
