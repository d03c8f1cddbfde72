// ICLR 2024: each accepted paper's set of institutions from eu_iclr2024_submissions.md
// (per paper, not per author). The set feeds the `papers` counting method directly. For
// authorships it only confirms: a linked affiliation that resolves into the set is
// confirmed, one that resolves outside a fully resolved set is dropped (the set is
// what the paper printed; the profile may be another year's), and a paper whose set is
// a single institution gives it to every author still without evidence ('paper_set').
// A profile value that the stable-year rule refused (the person moved around that year)
// is taken when the paper's set contains it: the paper itself then vouches for it.
// A set never assigns one of several institutions to one of several authors.
import type { SourceAuthor, SourcePaper } from '../ingest/types.ts';
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
  linkedConfirmed: number;
  linkedDropped: number;
  /** Refused (unstable) profile values taken because the paper's set contains them. */
  rescuedBySet: number;
}

export interface SetResult {
  papers: SourcePaper[];
  /** `${conference}${year}:${sourceId}` → institution ids, as writeDatabase takes them. */
  institutionSets: Map<string, string[]>;
  stats: SetStats;
}

const isLinked = (a: SourceAuthor) => a.evidence === 'linked_id' || a.evidence === 'linked_name';

export function applyInstitutionSets(
  papers: SourcePaper[],
  submissions: EuSubmission[],
  resolve: (name: string) => Resolution,
  root: RootOf,
  /** The same papers linked without the stable-year rule, author by author. */
  unstableCandidates?: SourcePaper[],
): SetResult {
  const join = joinByTitle(
    papers.map((p) => ({ title: p.title, authors: p.authors.map((a) => a.name) })),
    submissions,
  );
  const stats: SetStats = {
    papers: papers.length,
    matchedExact: join.exact,
    matchedTolerant: join.tolerant,
    ambiguous: join.ambiguous,
    withSet: 0,
    unresolvedNames: 0,
    completeSets: 0,
    singleInstitution: 0,
    filledFromSet: 0,
    linkedConfirmed: 0,
    linkedDropped: 0,
    rescuedBySet: 0,
  };
  const institutionSets = new Map<string, string[]>();
  const out = papers.map((p, i) => {
    const m = join.match[i];
    if (m < 0) return p;
    const names = submissions[m].institutions;
    const ids = new Map<string, string>(); // institution id → the name that resolved to it
    let unresolved = 0;
    for (const name of names) {
      const id = resolve(name).institutionId;
      if (id) ids.set(id, ids.get(id) ?? name);
      else unresolved++;
    }
    stats.unresolvedNames += unresolved;
    if (ids.size === 0) return p;
    stats.withSet++;
    institutionSets.set(`${p.conference}${p.year}:${p.sourceId}`, [...ids.keys()].sort());
    const complete = unresolved === 0;
    if (complete) stats.completeSets++;
    const roots = new Set([...ids.keys()].map((id) => root(ids.get(id))));
    const single = complete && ids.size === 1 ? [...ids.values()][0] : undefined;
    if (single) stats.singleInstitution++;
    const authors = p.authors.map((a, j): SourceAuthor => {
      if (isLinked(a)) {
        const r = root(a.affiliation, a.domain);
        if (r && roots.has(r)) {
          stats.linkedConfirmed++;
          return { ...a, confirmedBySet: true };
        }
        if (complete) {
          stats.linkedDropped++;
          return { name: a.name, ...(a.openreviewId ? { openreviewId: a.openreviewId } : {}), alignment: 'none' };
        }
        return a;
      }
      const candidate = unstableCandidates?.[i].authors[j];
      if (!a.affiliation && !a.domain && candidate && isLinked(candidate)) {
        const r = root(candidate.affiliation, candidate.domain);
        if (r && roots.has(r)) {
          stats.rescuedBySet++;
          return { ...candidate, confirmedBySet: true };
        }
      }
      if (single && !a.affiliation && !a.domain) {
        stats.filledFromSet++;
        return { ...a, affiliation: single, evidence: 'paper_set', alignment: 'none' };
      }
      return a;
    });
    // Dropping a linked value can leave a single-institution paper's author empty: fill it.
    const filled = single
      ? authors.map((a) => {
          if (a.affiliation || a.domain) return a;
          stats.filledFromSet++;
          return { ...a, affiliation: single, evidence: 'paper_set' as const, alignment: 'none' as const };
        })
      : authors;
    return { ...p, authors: filled };
  });
  return { papers: out, institutionSets, stats };
}
