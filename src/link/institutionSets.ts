// ICLR 2024: each accepted paper's set of institutions from eu_iclr2024_submissions.md
// (per paper, not per author). The set feeds the `papers` counting method directly. For
// authorships it only confirms: a linked affiliation that resolves into the set is
// confirmed, one that resolves outside a fully resolved set is dropped (the set is
// what the paper printed; the profile may be another year's), and a paper whose set is
// a single institution gives it to every author still without evidence ('paper_set').
// An author still without evidence whose exact name appears on several ICLR 2024
// submissions (accepted or not) takes the one institution every one of those submissions
// lists ('set_intersection'): someone at X puts X on each paper, and a namesake or a second
// affiliation leaves more than one, or none, so nothing is taken. Every one of those sets
// must be fully resolved. On the real data this agreed with 98.2% of year-confirmed links.
// Before that, linking lets the set vouch for a profile value the year rule left open
// (linkEvidence.ts `vouchBySet`): matchInstitutionSets runs first for that reason.
// A set never assigns one of several institutions to one of several authors.
import { countryOfName } from '../i18n/countryTable.ts';
import { normalizeName } from '../ingest/records/normalizeText.ts';
import type { SourceAuthor, SourcePaper } from '../ingest/records/types.ts';
import type { EuSubmission } from '../ingest/readers/euIclr2024.ts';
import type { Resolution } from '../normalize/types.ts';
import { joinByTitle } from './joinByTitle.ts';
import type { RootOf } from './linkEvidence.ts';

export interface SetStats {
  papers: number;
  matchedExact: number;
  matchedTolerant: number;
  ambiguous: number;
  /** Matched papers with at least one institution that resolved. */
  withSet: number;
  /** Institution names in matched papers that did not resolve (kept out of the sets). */
  unresolvedNames: number;
  /** Matched papers whose every institution name resolved. */
  completeSets: number;
  singleInstitution: number;
  filledFromSet: number;
  /** Slots filled from the intersection of the name's submissions. */
  filledFromIntersection: number;
  linkedConfirmed: number;
  linkedDropped: number;
}

/**
 * One submission's list, resolved: institution id → the text to record for it (the name
 * as listed, or the curated name when only the listed countries told which one it is),
 * root institution → the same text, and how many names did not resolve.
 */
export interface PaperSet {
  ids: Map<string, string>;
  roots: Map<string, string>;
  unresolved: number;
}

/** What matching needs of the resolver: names read with the paper's countries, and roll-ups. */
export interface SetResolver {
  resolveIn(name: string, countries: readonly string[]): Resolution;
  rootOf(id: string): string;
}

function resolveList(sub: Pick<EuSubmission, 'institutions' | 'countries'>, resolver: SetResolver): PaperSet {
  const countries = sub.countries.map((c) => countryOfName(c)).filter((c): c is string => c !== null);
  const set: PaperSet = { ids: new Map(), roots: new Map(), unresolved: 0 };
  for (const name of sub.institutions) {
    const r = resolver.resolveIn(name, countries);
    if (!r.institutionId) {
      set.unresolved++;
      continue;
    }
    const text = r.rule === 'name_by_country' && r.matched ? r.matched : name;
    if (!set.ids.has(r.institutionId)) set.ids.set(r.institutionId, text);
    const root = resolver.rootOf(r.institutionId);
    if (!set.roots.has(root)) set.roots.set(root, text);
  }
  return set;
}

export interface SetMatch {
  /** Per paper (same order), its set when matched with at least one resolved name. */
  sets: Array<PaperSet | undefined>;
  /** Normalised author name → the one root institution all of its submissions list (see the header). */
  soleRootByName: Map<string, string>;
  stats: SetStats;
}

export interface SetResult {
  papers: SourcePaper[];
  /** `${conference}${year}:${sourceId}` → institution ids, as writeDatabase takes them. */
  institutionSets: Map<string, string[]>;
  stats: SetStats;
}

/** Profile values the list checks: linked ones and the id's own profile entry (`id_profile`). */
const isLinked = (a: SourceAuthor) => a.evidence === 'linked_id' || a.evidence === 'linked_name' || a.evidence === 'id_profile';

/** Joins the papers to the submissions by title and resolves every submission's list. */
/** Counters before any set is read: how the papers were joined to their sets. */
function newStats(papers: number, join: { exact: number; tolerant: number; ambiguous: number }): SetStats {
  const zero = {
    withSet: 0,
    unresolvedNames: 0,
    completeSets: 0,
    singleInstitution: 0,
    filledFromSet: 0,
    filledFromIntersection: 0,
    linkedConfirmed: 0,
    linkedDropped: 0,
  };
  return { papers, matchedExact: join.exact, matchedTolerant: join.tolerant, ambiguous: join.ambiguous, ...zero };
}

export function matchInstitutionSets(papers: SourcePaper[], submissions: EuSubmission[], resolver: SetResolver): SetMatch {
  const join = joinByTitle(
    papers.map((p) => ({ title: p.title, authors: p.authors.map((a) => a.name) })),
    submissions,
  );
  const stats = newStats(papers.length, join);
  const lists = submissions.map((sub) => resolveList(sub, resolver));
  const sets = join.match.map((m): PaperSet | undefined => {
    if (m < 0) return undefined;
    stats.unresolvedNames += lists[m].unresolved;
    if (lists[m].ids.size === 0) return undefined;
    stats.withSet++;
    if (lists[m].unresolved === 0) stats.completeSets++;
    return lists[m];
  });
  return { sets, soleRootByName: soleRoots(submissions, lists), stats };
}

/**
 * Papers whose source gives their institution set with the paper (`institutionList`, ICML 2026):
 * no title join; the accepted papers' own sets are the submissions the intersection rule reads.
 */
export function ownInstitutionSets(papers: SourcePaper[], resolver: SetResolver): SetMatch {
  const subs = papers.map((p) => ({ institutions: p.institutionList ?? [], countries: [], authors: p.authors.map((a) => a.name) }));
  const lists = subs.map((sub) => resolveList(sub, resolver));
  const stats = newStats(papers.length, { exact: papers.length, tolerant: 0, ambiguous: 0 });
  const sets = lists.map((set) => {
    stats.unresolvedNames += set.unresolved;
    if (set.ids.size === 0) return undefined;
    stats.withSet++;
    if (set.unresolved === 0) stats.completeSets++;
    return set;
  });
  return { sets, soleRootByName: soleRoots(subs, lists), stats };
}

/** For each name on two or more submissions, all fully resolved: the one root they all list. */
function soleRoots(submissions: Array<Pick<EuSubmission, 'authors'>>, lists: PaperSet[]): Map<string, string> {
  const common = new Map<string, { seen: number; roots: Set<string> | null }>();
  submissions.forEach((sub, i) => {
    const mine = lists[i].unresolved === 0 && lists[i].roots.size > 0 ? new Set(lists[i].roots.keys()) : null;
    for (const name of new Set(sub.authors.map(normalizeName))) {
      const had = common.get(name);
      // One list that does not fully resolve leaves the name's intersection unknown.
      const shared = !had ? mine : had.roots && mine ? new Set([...had.roots].filter((r) => mine.has(r))) : null;
      common.set(name, { seen: (had?.seen ?? 0) + 1, roots: shared });
    }
  });
  const out = new Map<string, string>();
  for (const [name, { seen, roots }] of common) if (seen >= 2 && roots?.size === 1) out.set(name, [...roots][0]);
  return out;
}

/**
 * Confirms, drops and fills the papers' authors from their matched sets (see the header).
 * `strict`: a linked value outside the set is dropped even when the set is not fully resolved
 * (a set given with the paper, ICML 2026: a linked value must agree with it).
 */
export function applyInstitutionSets(papers: SourcePaper[], match: SetMatch, root: RootOf, strict = false): SetResult {
  const stats = { ...match.stats };
  const institutionSets = new Map<string, string[]>();
  const out = papers.map((p, i) => {
    const set = match.sets[i];
    if (!set) return p;
    institutionSets.set(`${p.conference}${p.year}:${p.sourceId}`, [...set.ids.keys()].sort());
    const complete = set.unresolved === 0;
    const roots = set.roots;
    const single = complete && set.ids.size === 1 ? [...set.ids.values()][0] : undefined;
    if (single) stats.singleInstitution++;
    const authors = p.authors.map((a): SourceAuthor => {
      if (!isLinked(a)) return a;
      const r = root(a.affiliation, a.domain);
      if (r && roots.has(r)) {
        stats.linkedConfirmed++;
        return a;
      }
      if (!complete && !strict) return a;
      stats.linkedDropped++;
      return { name: a.name, ...(a.openreviewId ? { openreviewId: a.openreviewId } : {}), alignment: 'none' };
    });
    // Authors still without evidence (dropped ones included) take a single-institution
    // paper's institution, else the one all their submissions list, as this paper prints it.
    const filled = authors.map((a): SourceAuthor => {
      if (a.affiliation || a.domain) return a;
      if (single) {
        stats.filledFromSet++;
        return { ...a, affiliation: single, evidence: 'paper_set', alignment: 'none' };
      }
      const sole = match.soleRootByName.get(normalizeName(a.name));
      const printed = sole ? roots.get(sole) : undefined;
      if (!printed) return a;
      stats.filledFromIntersection++;
      return { ...a, affiliation: printed, evidence: 'set_intersection', alignment: 'name' };
    });
    return { ...p, authors: filled };
  });
  return { papers: out, institutionSets, stats };
}
