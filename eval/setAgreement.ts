// `npm run eval:sets`: how often name linking is right on ICML 2026, measured against each
// paper's own institution set (the conference site's list, not aligned to authors). Links every
// ICML 2026 slot by the year rule alone, as the build does for years without a set (NeurIPS
// 2025): no vouching by the set, no dropping; then, on papers whose set resolved completely,
// counts the linked values whose root institution is on the paper's list.
import { watchStdout } from '../src/cli/stdout.ts';
import { DATA_DIR, sourcesDir } from '../src/config.ts';
import { CONFERENCE_YEARS } from '../src/domain/conferenceYears.ts';
import { readCxProfileCache } from '../src/ingest/readers/cxProfileCache.ts';
import { readConferenceYearWithNotes, readSourceText } from '../src/ingest/readConferenceYear.ts';
import { ownInstitutionSets } from '../src/link/institutionSets.ts';
import { DEFAULT_LINK_OPTIONS, linkEvidence } from '../src/link/linkEvidence.ts';
import { cacheRecords, CX_PROFILE_CACHE_FILE } from '../src/link/profileCache.ts';
import { buildProfileIndex, type ProfileRecord } from '../src/link/profileIndex.ts';
import { pairFileSpec, profileFiles, profileRecordStream, SNAPSHOT_YEAR } from '../src/link/readProfileRecords.ts';
import { makeRootResolver, setResolver } from '../src/link/rootInstitution.ts';
import { openResolver } from '../src/normalize/openResolver.ts';
import { loadManifest } from '../src/sources/manifest.ts';

watchStdout();
const dir = process.argv[2] ?? sourcesDir();
const { papers } = await readConferenceYearWithNotes(dir, 'icml', 2026);
const { resolver } = openResolver(DATA_DIR, dir);
const root = makeRootResolver(resolver);
const pairs = loadManifest()
  .filter((f) => f.use === 'profile_pairs')
  .map((f) => f.file);
const cache = readCxProfileCache(await readSourceText(dir, CX_PROFILE_CACHE_FILE), CX_PROFILE_CACHE_FILE);
function* records(): Generator<ProfileRecord> {
  yield* profileRecordStream(dir, [...profileFiles(CONFERENCE_YEARS), ...pairs.map(pairFileSpec)], SNAPSHOT_YEAR);
  yield* cacheRecords(cache);
}
const index = buildProfileIndex(records());
const sets = ownInstitutionSets(papers, setResolver(resolver)).sets;
const linked = linkEvidence(papers, index, root, DEFAULT_LINK_OPTIONS).papers;
let compared = 0;
let agree = 0;
let byCoauthor = 0;
let byCoauthorAgree = 0;
linked.forEach((p, i) => {
  const set = sets[i];
  if (!set || set.unresolved > 0) return;
  for (const a of p.authors) {
    if (a.evidence !== 'linked_name' && a.evidence !== 'linked_id') continue;
    const r = root(a.affiliation, a.domain);
    const ok = r !== null && set.roots.has(r);
    compared++;
    if (ok) agree++;
    if (a.linkBasis?.includes('co-author')) {
      byCoauthor++;
      if (ok) byCoauthorAgree++;
    }
  }
});
const pct = (n: number, of: number) => (of > 0 ? `${((100 * n) / of).toFixed(1)}%` : '-');
console.log(`ICML 2026, papers whose institution list resolved completely: ${sets.filter((s) => s && s.unresolved === 0).length} of ${papers.length}`);
console.log(`linked by the year rule alone on them: ${compared} slots; root institution on the paper's list: ${agree} (${pct(agree, compared)})`);
console.log(`  of them a shared name settled by a co-author: ${byCoauthor}, on the list ${byCoauthorAgree} (${pct(byCoauthorAgree, byCoauthor)})`);
