// Which tracks and tiers each conference-year has, read from the accepted papers as the
// sources give them (not from a hand list), and what a track or tier filter therefore
// cannot answer: a year without a spotlight tier, or without track information.
import type { QueryContext } from '../context/context.ts';
import type { Filters } from '../model/types.ts';
import type { Conference } from '../../domain/ids.ts';
import { CONFERENCES } from '../../domain/venues.ts';

/** What a track or tier filter cannot answer in one conference-year. */
export type ScopeGap =
  /** No paper of the tier in the tracks in scope (with `track`: in that track only). */
  | { kind: 'tierMissing'; conference: Conference; year: number; status: string; track?: string }
  /** Every paper in scope is oral or spotlight (no poster tier), so `spotlight` is every non-oral paper. */
  | { kind: 'tierAllLabelled'; conference: Conference; year: number }
  /** A track the conference had in an earlier year has no paper here: the sources give no track. */
  | { kind: 'trackUnknown'; conference: Conference; year: number; track: string }
  /** The conference had no such track that year (nor before). */
  | { kind: 'trackAbsent'; conference: Conference; year: number; track: string }
  /** Some papers have no known track (NeurIPS 2024 papers outside the proceedings list): a track filter leaves them out. */
  | { kind: 'trackSomeUnknown'; conference: Conference; year: number; papers: number };

/** Tier → papers, by track, for one conference-year (empty when it has no papers). */
export function tracksAndTiers(ctx: QueryContext, conference: string, year: number): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of ctx.tiers) {
    if (r.conference !== conference || r.year !== year) continue;
    const tiers = out.get(r.track) ?? new Map<string, number>();
    tiers.set(r.status, r.papers);
    out.set(r.track, tiers);
  }
  return out;
}

/** Tracks the conference had in an earlier year that the sources give no paper for in this one. */
export function unknownTracks(ctx: QueryContext, conference: string, year: number): string[] {
  const here = new Set(ctx.tiers.filter((r) => r.conference === conference && r.year === year).map((r) => r.track));
  if (here.size === 0) return [];
  const before = new Set(ctx.tiers.filter((r) => r.conference === conference && r.year < year).map((r) => r.track));
  return [...before].filter((track) => !here.has(track)).sort();
}

export function scopeGaps(ctx: QueryContext, years: number[], filters: Filters): ScopeGap[] {
  if (!filters.track && !filters.status) return [];
  const gaps: ScopeGap[] = [];
  const conferences = filters.conferences.length > 0 ? filters.conferences : CONFERENCES;
  for (const year of [...years].sort((a, b) => a - b)) {
    for (const conference of conferences) {
      const tracks = tracksAndTiers(ctx, conference, year);
      if (tracks.size === 0) continue;
      const unknown = unknownTracks(ctx, conference, year);
      let inScope = [...tracks.keys()];
      if (filters.track) {
        const track = filters.track;
        const unknownPapers = [...(tracks.get('unknown')?.values() ?? [])].reduce((a, b) => a + b, 0);
        if (unknownPapers > 0) gaps.push({ kind: 'trackSomeUnknown', conference, year, papers: unknownPapers });
        if (track === 'main') unknown.forEach((t) => gaps.push({ kind: 'trackUnknown', conference, year, track: t }));
        else if (!tracks.has(track)) gaps.push({ kind: unknown.includes(track) ? 'trackUnknown' : 'trackAbsent', conference, year, track });
        inScope = inScope.filter((t) => t === track);
      }
      const status = filters.status;
      if (!status || inScope.length === 0) continue;
      const lacking = inScope.filter((t) => !tracks.get(t)!.has(status));
      if (lacking.length === inScope.length) {
        gaps.push({ kind: 'tierMissing', conference, year, status });
        continue;
      }
      // A track lacking the tier is named only when another track in scope has it.
      for (const track of lacking) gaps.push({ kind: 'tierMissing', conference, year, status, track });
      if (status === 'spotlight' && inScope.every((t) => !tracks.get(t)!.has('poster'))) {
        gaps.push({ kind: 'tierAllLabelled', conference, year });
      }
    }
  }
  return gaps;
}
