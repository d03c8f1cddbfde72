// The airank command that shows each checked figure, so an editor can re-run it.
import { canonical } from '../commands/registry.ts';
import type { QueryOptions } from '../model/types.ts';
import type { Lexicon } from '../model/lexiconInterface.ts';
import type { Claim } from './reading.ts';

export function reproduceCommand(claim: Claim, options: QueryOptions, lexicon: Lexicon): string {
  if (claim.statuses) {
    // Several tiers together: one command per tier, whose figures add up to it.
    const { statuses, ...one } = claim;
    return statuses.map((status) => reproduceCommand({ ...one, status }, { ...options, filters: { ...options.filters, status } }, lexicon)).join(' ; ');
  }
  if (claim.top !== undefined) {
    // Each year's own top N: one ranking per year, whose rows for the entity add up to the figure.
    const years = claim.figure.kind === 'growth' ? [claim.years[0], claim.years[claim.years.length - 1]] : claim.years;
    return years.map((y) => canonical({ kind: 'top', years: [y], limit: claim.top! }, options, lexicon)).join(' ; ');
  }
  if (options.filters.country) {
    // A rank among one country's institutions: that country's ranking, deep enough to show it.
    const limit = Math.min(100, Math.max(10, claim.figure.value + 5));
    return canonical({ kind: 'top', years: claim.years, limit }, options, lexicon);
  }
  // The one-entity answer lists the figure, rank and share per year and over the span.
  return canonical({ kind: 'institution', entity: claim.entity, years: claim.years }, options, lexicon);
}
