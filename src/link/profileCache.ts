// cx_profile_cache.json: for an OpenReview id, the profile history entry active in a given
// year. A slot whose own id is known (ICLR 2024 through cx_iclr2024_authorids.json) and that
// has no evidence of its own takes the entry for its paper's year ('id_profile': the person is
// certain, the value is a profile value, not what the paper printed, so `exact` leaves it out).
// The other years' entries join the profile index as records of their year, so they can
// confirm or bracket a value like the jy records do.
import type { SourcePaper } from '../ingest/records/types.ts';
import { fileWithUse } from '../sources/manifest.ts';
import type { CxProfileEntry } from '../ingest/readers/cxProfileCache.ts';
import { hasEvidence } from './linkEvidence.ts';
import type { ProfileRecord } from './profileIndex.ts';

export const CX_PROFILE_CACHE_FILE = fileWithUse('profile_cache');

/** Index records (no paper: a cache entry never counts as a shared paper for the co-author rule). */
export function cacheRecords(entries: CxProfileEntry[]): ProfileRecord[] {
  return entries.flatMap((e) =>
    e.affiliation && e.authorId.startsWith('~')
      ? [{ paperId: '', name: '', openreviewId: e.authorId, affiliation: e.affiliation, alignment: 'id' as const, year: e.year }]
      : [],
  );
}

export function fillFromCache(papers: SourcePaper[], entries: CxProfileEntry[]): { papers: SourcePaper[]; filled: Map<string, number> } {
  const byKey = new Map(entries.filter((e) => e.affiliation).map((e) => [`${e.year}:${e.authorId}`, e.affiliation as string]));
  const filled = new Map<string, number>();
  const out = papers.map((p) => {
    let changed = false;
    const authors = p.authors.map((a) => {
      const affiliation = a.openreviewId && !hasEvidence(a) ? byKey.get(`${p.year}:${a.openreviewId}`) : undefined;
      if (!affiliation) return a;
      changed = true;
      filled.set(`${p.conference}${p.year}`, (filled.get(`${p.conference}${p.year}`) ?? 0) + 1);
      return { ...a, affiliation, evidence: 'id_profile' as const, alignment: 'id' as const, linkBasis: `the author's id, profile entry active in ${p.year}` };
    });
    return changed ? { ...p, authors } : p;
  });
  return { papers: out, filled };
}
