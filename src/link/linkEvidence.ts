// Fills author slots that have no affiliation and no domain from the profile index:
// first the same OpenReview id elsewhere ('linked_id'), then, for authors known only by
// name, a name that belongs to exactly one profile id ('linked_name'), or a colliding name
// of which exactly one holder has written another paper with one of this paper's
// co-authors (also 'linked_name'; co-authors count by their id or exact unique name).
// An author's own evidence is never overwritten, and an author with an id is never linked
// by name (the id says who they are; a namesake's profile would be someone else's).
// A value is taken only when the paper's year confirms it (see profileValue), or when the
// paper's institution set (ICLR 2024; `vouchBySet`), with its authors' own or confirmed
// values, contains it. The same settles a colliding name when exactly one of its holders
// is so vouched for. Measured precision of each rule: the header of profileIndex.ts.
import type { SourceAuthor, SourcePaper } from '../ingest/records/types.ts';
import {
  exactNameId,
  linkName,
  nameCandidates,
  profileValue,
  type NameContext,
  type NameLinkRefusal,
  type ProfileIndex,
  type ProfileValue,
  type YearBasis,
  type YearValue,
} from './profileIndex.ts';

export interface LinkStats {
  /** Slots with no evidence of their own before linking. */
  empty: number;
  linkedId: number;
  linkedName: number;
  /** Of linkedName: a colliding name settled by a co-author (linkName `coauthors`). */
  linkedCoauthor: number;
  /** Of linkedId + linkedName: values the year rule left open (or colliding names) that the paper's set vouched for. */
  linkedVouched: number;
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
  /** Settle colliding names by co-authorship with the paper's other authors (see linkName). */
  coauthors?: boolean;
  /**
   * A paper with an institution set (ICLR 2024) vouches, with its authors' values, for a
   * value the year rule left open and for a colliding name (see the header).
   */
  vouchBySet?: boolean;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = { guardMiddleNames: true, requireStable: true, coauthors: true, vouchBySet: true };

/** Root institution of an affiliation/domain pair (see rootInstitution.ts). */
export type RootOf = (affiliation?: string, domain?: string) => string | null;

export function emptyStats(): LinkStats {
  return {
    empty: 0,
    linkedId: 0,
    linkedName: 0,
    linkedCoauthor: 0,
    linkedVouched: 0,
    idWithoutAffiliation: 0,
    unstable: 0,
    refused: { unknown_name: 0, name_collision: 0, loose_collision: 0, no_affiliation: 0 },
  };
}

export const hasEvidence = (a: SourceAuthor): boolean => Boolean(a.affiliation || a.domain);

/** What linking made of one author slot, before it is counted. */
type Outcome =
  | { kind: 'own' | 'email' }
  | { kind: 'linked'; author: SourceAuthor; via?: 'exact' | 'coauthor' }
  | { kind: 'unstable' | 'id_without_affiliation' }
  | { kind: 'refused'; reason: NameLinkRefusal };

const withValue = (a: SourceAuthor, value: ProfileValue, byId: boolean, linkBasis: string): SourceAuthor => ({
  ...a,
  ...value,
  evidence: byId ? 'linked_id' : 'linked_name',
  alignment: byId ? 'id' : 'name',
  linkBasis,
});

/** How the year rule took a value, as the drill-down shows it. */
const YEAR_BASIS: Record<YearBasis, string> = {
  same_year: 'same year',
  bracket: 'years before and after agree',
  moved: 'another year',
};

/** The year rule alone (no paper context): link by id, else by name. */
function linkByYear(a: SourceAuthor, year: number, index: ProfileIndex, root: RootOf, options: LinkOptions, context?: NameContext): Outcome {
  if (hasEvidence(a)) return { kind: 'own' };
  const take = (id: string, byId: boolean, via?: 'exact' | 'coauthor'): Outcome => {
    const found = profileValue(index, id, year, root);
    if (!found) return byId ? { kind: 'id_without_affiliation' } : { kind: 'refused', reason: 'no_affiliation' };
    if (options.requireStable && !found.stable) return { kind: 'unstable' };
    const basis = `${via === 'coauthor' ? 'name settled by a co-author, ' : ''}${YEAR_BASIS[found.basis]}${found.internSetAside ? ', intern record set aside' : ''}`;
    return { kind: 'linked', author: withValue(a, found.value, byId, basis), via };
  };
  if (a.openreviewId) return take(a.openreviewId, true);
  if (a.email) return { kind: 'email' }; // an e-mail author without an institutional domain: no profile to link
  const link = linkName(index, a.name, options, context);
  return 'refused' in link ? { kind: 'refused', reason: link.refused } : take(link.id, false, link.via);
}

/**
 * An open slot the paper vouches for: of the ids the author may be (their own id, else
 * every holder of the name), exactly one has a value for the year whose root institution
 * is among `paperRoots`.
 */
function vouched(
  a: SourceAuthor,
  year: number,
  index: ProfileIndex,
  root: RootOf,
  paperRoots: Set<string>,
  /** What vouched, for the drill-down. */
  by: string,
): { author: SourceAuthor; distance: number } | null {
  if (paperRoots.size === 0 || a.email) return null;
  const candidates = a.openreviewId ? [a.openreviewId] : nameCandidates(index, a.name);
  const hits: YearValue[] = [];
  for (const id of candidates) {
    const found = profileValue(index, id, year, root);
    const r = found ? root(found.value.affiliation, found.value.domain) : null;
    if (found && r && paperRoots.has(r)) hits.push(found);
  }
  if (hits.length !== 1) return null;
  const { value, distance, basis } = hits[0];
  const when = basis === 'moved' ? `${distance === 0 ? 'same year' : `${distance} y away`}, on ${by}` : `${YEAR_BASIS[basis]}, name settled by ${by}`;
  return { author: withValue(a, value, Boolean(a.openreviewId), when), distance };
}

function count(outcome: Outcome, stats: LinkStats): void {
  if (outcome.kind === 'own' || outcome.kind === 'email') return;
  stats.empty++;
  if (outcome.kind === 'unstable') stats.unstable++;
  else if (outcome.kind === 'id_without_affiliation') stats.idWithoutAffiliation++;
  else if (outcome.kind === 'refused') stats.refused[outcome.reason]++;
  else if (outcome.kind === 'linked') {
    if (outcome.author.evidence === 'linked_id') stats.linkedId++;
    else stats.linkedName++;
    if (outcome.via === 'coauthor') stats.linkedCoauthor++;
  }
}

/** How linking filled a slot: the name rule that found the id (none for an own id), and the rule that took the value. */
export interface SlotLink {
  via?: 'exact' | 'coauthor';
  /** When the paper vouched for the slot: what the year rule had said, and how many years away the value was. */
  vouchedFrom?: { outcome: 'unstable' | 'name_collision' | 'loose_collision'; distance: number };
}

/**
 * Links one paper's empty slots, saying per slot how (undefined: not filled). `setRoots`:
 * root institutions the paper is known to list (ICLR 2024's institution set), which vouch
 * together with its authors' own or confirmed values.
 */
export function linkPaperSlots(
  p: SourcePaper,
  index: ProfileIndex,
  root: RootOf,
  options: LinkOptions,
  stats: LinkStats,
  setRoots?: ReadonlySet<string>,
): { paper: SourcePaper; slots: Array<SlotLink | undefined> } {
  // The paper's other authors as profile ids: their own id, or a name that links exactly.
  const known = options.coauthors ? p.authors.map((a) => a.openreviewId ?? exactNameId(index, a.name)) : [];
  const outcomes = p.authors.map((a, i) => {
    const context = options.coauthors ? { coauthorIds: known.filter((id, j): id is string => j !== i && id !== null), excludePaper: p.sourceId } : undefined;
    return linkByYear(a, p.year, index, root, options, context);
  });
  const firstPass = outcomes.map((o, i) => (o.kind === 'linked' ? o.author : p.authors[i]));
  // What the paper vouches with: its set and its authors' own or confirmed values (an open slot has none).
  const paperRoots = new Set(setRoots);
  for (const b of firstPass) {
    const r = hasEvidence(b) ? root(b.affiliation, b.domain) : null;
    if (r) paperRoots.add(r);
  }
  const vouching = Boolean(setRoots && options.vouchBySet);
  const slots: Array<SlotLink | undefined> = [];
  const authors = firstPass.map((a, i) => {
    let o = outcomes[i];
    let slot: SlotLink | undefined = o.kind === 'linked' ? { via: o.via } : undefined;
    // Only an exact name's holders are vouched for: a colliding name, or an open value.
    const reason = o.kind === 'refused' ? o.reason : o.kind;
    const open = reason === 'name_collision' || reason === 'loose_collision' || reason === 'unstable' ? reason : null;
    if (open && vouching) {
      const found = vouched(a, p.year, index, root, paperRoots, "the paper's list");
      if (found) {
        slot = { vouchedFrom: { outcome: open, distance: found.distance } };
        o = { kind: 'linked', author: found.author };
        stats.linkedVouched++;
      }
    }
    count(o, stats);
    slots.push(slot);
    return o.kind === 'linked' ? o.author : a;
  });
  const paper = authors.some((a, i) => a !== p.authors[i]) ? { ...p, authors } : p;
  return { paper, slots };
}

/** Links every paper's empty slots; stats are per `${conference}${year}`. */
export function linkEvidence(
  papers: SourcePaper[],
  index: ProfileIndex,
  root: RootOf,
  options: LinkOptions = DEFAULT_LINK_OPTIONS,
  setRootsOf?: (p: SourcePaper) => ReadonlySet<string> | undefined,
): { papers: SourcePaper[]; stats: Map<string, LinkStats> } {
  const stats = new Map<string, LinkStats>();
  const out = papers.map((p) => {
    const key = `${p.conference}${p.year}`;
    const s = stats.get(key) ?? emptyStats();
    stats.set(key, s);
    return linkPaperSlots(p, index, root, options, s, setRootsOf?.(p)).paper;
  });
  return { papers: out, stats };
}
