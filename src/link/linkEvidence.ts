// Fills author slots that have no affiliation and no domain from the profile index:
// first the same OpenReview id elsewhere ('linked_id'), then, for authors known only by
// name, a name that belongs to exactly one profile id ('linked_name'), or a colliding name
// of which exactly one holder has written another paper with one of this paper's
// co-authors (also 'linked_name'; co-authors count by their id or exact unique name).
// An author's own evidence is never overwritten, and an author with an id is never linked
// by name (the id says who they are; a namesake's profile would be someone else's).
// A value is taken only when the paper's year is confirmed (see YearPolicy). Measured
// precision of each rule: the header of profileIndex.ts.
import type { SourceAuthor, SourcePaper } from '../ingest/types.ts';
import { exactNameId, linkName, profileValue, type NameContext, type NameLinkRefusal, type ProfileIndex, type YearPolicy } from './profileIndex.ts';

export interface LinkStats {
  /** Slots with no evidence of their own before linking. */
  empty: number;
  linkedId: number;
  linkedName: number;
  /** Of linkedName: found under a looser spelling of the name (linkName `spellings`). */
  linkedSpelling: number;
  /** Of linkedName: a colliding or loosely spelt name settled by a co-author (linkName `coauthors`). */
  linkedCoauthor: number;
  /** Of linkedId + linkedName: values accepted by the graded year rule, not by same-year or bracketing records. */
  linkedGraded: number;
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
  /** Which records show that (see YearPolicy in profileIndex.ts); 'confirmed' when absent. */
  yearPolicy?: YearPolicy;
  /** Look names no id carries exactly up under looser spellings (see linkName). */
  spellings?: boolean;
  /** Settle colliding names by co-authorship with the paper's other authors (see linkName). */
  coauthors?: boolean;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = { guardMiddleNames: true, requireStable: true, yearPolicy: 'confirmed', spellings: false, coauthors: true };

/** Root institution of an affiliation/domain pair (see rootInstitution.ts). */
export type RootOf = (affiliation?: string, domain?: string) => string | null;

export function emptyStats(): LinkStats {
  return {
    empty: 0,
    linkedId: 0,
    linkedName: 0,
    linkedSpelling: 0,
    linkedCoauthor: 0,
    linkedGraded: 0,
    idWithoutAffiliation: 0,
    unstable: 0,
    refused: { unknown_name: 0, name_collision: 0, loose_collision: 0, spelling_collision: 0, spelling_mismatch: 0, no_affiliation: 0 },
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
  context?: NameContext,
): SourceAuthor {
  if (hasEvidence(a)) return a;
  stats.empty++;
  if (a.openreviewId) {
    const found = profileValue(index, a.openreviewId, year, root, options.yearPolicy);
    if (!found) {
      stats.idWithoutAffiliation++;
      return a;
    }
    if (options.requireStable && !found.stable) {
      stats.unstable++;
      return a;
    }
    stats.linkedId++;
    if (found.basis === 'adjacent' || found.basis === 'two_nearest') stats.linkedGraded++;
    return { ...a, ...found.value, evidence: 'linked_id', alignment: 'id' };
  }
  if (a.email) return a; // an e-mail author without an institutional domain: no profile to link
  const link = linkName(index, a.name, options, context);
  if ('refused' in link) {
    stats.refused[link.refused]++;
    return a;
  }
  const found = profileValue(index, link.id, year, root, options.yearPolicy);
  if (!found) return a; // linkName checked that the id has a value
  if (options.requireStable && !found.stable) {
    stats.unstable++;
    return a;
  }
  stats.linkedName++;
  if (link.via === 'spelling') stats.linkedSpelling++;
  if (link.via === 'coauthor') stats.linkedCoauthor++;
  if (found.basis === 'adjacent' || found.basis === 'two_nearest') stats.linkedGraded++;
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
    // The paper's other authors as profile ids: their own id, or a name that links exactly.
    const known = options.coauthors ? p.authors.map((a) => a.openreviewId ?? exactNameId(index, a.name)) : [];
    const authors = p.authors.map((a, i) => {
      const context = options.coauthors ? { coauthorIds: known.filter((id, j): id is string => j !== i && id !== null) } : undefined;
      return linkAuthor(a, p.year, index, root, options, s, context);
    });
    return authors.some((a, i) => a !== p.authors[i]) ? { ...p, authors } : p;
  });
  return { papers: out, stats };
}
