// Fills author slots that have no affiliation and no domain from the profile index:
// first the same OpenReview id elsewhere ('linked_id'), then, for authors known only by
// name, a name that belongs to exactly one profile id ('linked_name'). An author's own
// evidence is never overwritten, and an author with an id is never linked by name
// (the id says who they are; a namesake's profile would be someone else's).
import type { SourceAuthor, SourcePaper } from '../ingest/types.ts';
import { linkName, profileValue, type NameLinkRefusal, type ProfileIndex } from './profileIndex.ts';

export interface LinkStats {
  /** Slots with no evidence of their own before linking. */
  empty: number;
  linkedId: number;
  linkedName: number;
  /** Empty slots with an id whose profile has no affiliation anywhere. */
  idWithoutAffiliation: number;
  /** Empty slots whose profile changes institution around the paper's year. */
  unstable: number;
  /** Empty slots known only by name that were not linked, by reason. */
  refused: Record<NameLinkRefusal, number>;
}

export interface LinkOptions {
  /** Refuse names whose first and last tokens also belong to another id (see linkName). */
  guardMiddleNames: boolean;
  /** Take a profile's value only when it shows no move around the paper's year. */
  requireStable: boolean;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = { guardMiddleNames: true, requireStable: true };

/** Root institution of an affiliation/domain pair (see rootInstitution.ts). */
export type RootOf = (affiliation?: string, domain?: string) => string | null;

export function emptyStats(): LinkStats {
  return {
    empty: 0,
    linkedId: 0,
    linkedName: 0,
    idWithoutAffiliation: 0,
    unstable: 0,
    refused: { unknown_name: 0, name_collision: 0, loose_collision: 0, no_affiliation: 0 },
  };
}

export const hasEvidence = (a: SourceAuthor): boolean => Boolean(a.affiliation || a.domain);

/** The linked version of one author, or the author unchanged, counting into `stats`. */
export function linkAuthor(
  a: SourceAuthor,
  year: number,
  index: ProfileIndex,
  root: RootOf,
  options: LinkOptions,
  stats: LinkStats,
): SourceAuthor {
  if (hasEvidence(a)) return a;
  stats.empty++;
  if (a.openreviewId) {
    const found = profileValue(index, a.openreviewId, year, root);
    if (!found) {
      stats.idWithoutAffiliation++;
      return a;
    }
    if (options.requireStable && !found.stable) {
      stats.unstable++;
      return a;
    }
    stats.linkedId++;
    return { ...a, ...found.value, evidence: 'linked_id', alignment: 'id' };
  }
  if (a.email) return a; // an e-mail author without an institutional domain: no profile to link
  const link = linkName(index, a.name, options);
  if ('refused' in link) {
    stats.refused[link.refused]++;
    return a;
  }
  const found = profileValue(index, link.id, year, root);
  if (!found) return a; // linkName checked that the id has a value
  if (options.requireStable && !found.stable) {
    stats.unstable++;
    return a;
  }
  stats.linkedName++;
  return { ...a, ...found.value, evidence: 'linked_name', alignment: 'name' };
}

/** Links every paper's empty slots; stats are per `${conference}${year}`. */
export function linkEvidence(
  papers: SourcePaper[],
  index: ProfileIndex,
  root: RootOf,
  options: LinkOptions = DEFAULT_LINK_OPTIONS,
): { papers: SourcePaper[]; stats: Map<string, LinkStats> } {
  const stats = new Map<string, LinkStats>();
  const out = papers.map((p) => {
    const key = `${p.conference}${p.year}`;
    const s = stats.get(key) ?? emptyStats();
    stats.set(key, s);
    const authors = p.authors.map((a) => linkAuthor(a, p.year, index, root, options, s));
    return authors.some((a, i) => a !== p.authors[i]) ? { ...p, authors } : p;
  });
  return { papers: out, stats };
}
