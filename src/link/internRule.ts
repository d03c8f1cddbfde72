// Interns. About 1.5% of profile slots carry the position `Intern`, mostly at Google,
// Microsoft, Amazon, Meta and NVIDIA, while the paper usually prints the intern's home
// university. Rule: a slot whose own profile record says `Intern` takes the same person's
// (same OpenReview id) non-intern affiliation from the nearest year's record, when that
// resolves to another institution ('intern_home', linked evidence, so `exact` leaves it
// out); nearest year first, the earlier on a tie, then the most common value. With no such
// record the intern value is kept, and the drill-down marks the slot `intern`. Records that
// only list every affiliation (pco snapshots) or are aligned by position are not used.
import { isInternPosition, type SourceAuthor, type SourcePaper } from '../ingest/records/types.ts';
import type { RootOf } from './linkEvidence.ts';
import type { Observation, ProfileIndex } from './profileIndex.ts';

export interface InternStats {
  /** Slots whose own record says Intern. */
  interns: number;
  /** Of them: given the home affiliation. */
  replaced: number;
}

/** The person's nearest non-intern value at another root institution than `internRoot`. */
function homeObservation(index: ProfileIndex, id: string, year: number, internRoot: string | null, root: RootOf): Observation | undefined {
  const candidates = (index.byId.get(id) ?? []).filter((o) => {
    if (o.intern || o.weak) return false;
    const r = root(o.value.affiliation, o.value.domain);
    return r !== null && r !== internRoot;
  });
  const text = (o: Observation) => `${o.value.affiliation ?? ''}\u0000${o.value.domain ?? ''}`;
  return candidates.sort(
    (a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || a.year - b.year || b.count - a.count || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0),
  )[0];
}

export function applyInternRule(papers: SourcePaper[], index: ProfileIndex, root: RootOf): { papers: SourcePaper[]; stats: InternStats } {
  const stats: InternStats = { interns: 0, replaced: 0 };
  const out = papers.map((p) => {
    let changed = false;
    const authors = p.authors.map((a): SourceAuthor => {
      if (a.evidence !== 'profile' || !isInternPosition(a.profilePosition)) return a;
      stats.interns++;
      const home = a.openreviewId ? homeObservation(index, a.openreviewId, p.year, root(a.affiliation, a.domain), root) : undefined;
      if (!home) return a;
      stats.replaced++;
      changed = true;
      const { affiliation: _a, domain: _d, ...rest } = a;
      return {
        ...rest,
        ...home.value,
        evidence: 'intern_home',
        alignment: 'id',
        linkBasis: `intern at ${a.affiliation ?? a.domain}; home affiliation from the ${home.year} record`,
      };
    });
    return changed ? { ...p, authors } : p;
  });
  return { papers: out, stats };
}
