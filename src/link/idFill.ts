// The provisional years' exact-id rule: a slot whose OpenReview id is known (ICLR 2025/2026 by
// the ordered author ids; ICML 2025 through its profile file) and that is still empty after
// linking takes that id's profile value from the nearest year any file holds, even where the
// year rule (profileIndex.ts) could not confirm it for the paper's year. The person is certain;
// the value is a profile value of another year, labelled `linked_id` with the year it comes from.
// A paper with an institution set must list the value's institution.
import type { SourcePaper } from '../ingest/records/types.ts';
import { hasEvidence, type RootOf } from './linkEvidence.ts';
import { profileValue, type ProfileIndex } from './profileIndex.ts';

export function fillById(
  papers: SourcePaper[],
  index: ProfileIndex,
  root: RootOf,
  /** What the drill-down says about the value's origin, given the year it comes from. */
  basis: (from: number) => string,
  setRootsOf: (p: SourcePaper) => ReadonlySet<string> | undefined = () => undefined,
): { papers: SourcePaper[]; filled: Map<string, number> } {
  const filled = new Map<string, number>();
  const out = papers.map((p) => {
    const roots = setRootsOf(p);
    let changed = false;
    const authors = p.authors.map((a) => {
      if (!a.openreviewId || hasEvidence(a)) return a;
      const found = profileValue(index, a.openreviewId, p.year, root);
      if (!found) return a;
      if (roots && !roots.has(root(found.value.affiliation, found.value.domain) ?? '')) return a;
      changed = true;
      const key = `${p.conference}${p.year}`;
      filled.set(key, (filled.get(key) ?? 0) + 1);
      return { ...a, ...found.value, evidence: 'linked_id' as const, alignment: 'id' as const, linkBasis: basis(found.from) };
    });
    return changed ? { ...p, authors } : p;
  });
  return { papers: out, filled };
}
