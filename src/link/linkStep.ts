// The build's linking step (issue 6), between reading the papers and writing the
// database: ICLR 2024's institution sets are matched, profiles (with the 2020 printed
// affiliations) fill empty author slots, and the sets then confirm, drop and fill.
// The provisional years (issue 23) are linked apart, after the complete ones, from an index
// that adds their own profile files and the other venues' profile pairs, so the 2020-2024
// figures stay what they were (except ICLR 2024 slots whose id only those pairs know). The
// build runs the two apart (linkComplete, then linkProvisional), writing each's papers before
// reading the next, so no stage holds every paper.
import { readCxProfileCache } from '../ingest/readers/cxProfileCache.ts';
import { readEuIclr2024 } from '../ingest/readers/euIclr2024.ts';
import { readSourceText } from '../ingest/readConferenceYear.ts';
import { fileWithUse } from '../sources/manifest.ts';
import type { ConferenceYear } from '../domain/conferenceYears.ts';
import type { SourcePaper } from '../ingest/records/types.ts';
import type { Resolver } from '../normalize/resolver.ts';
import { matchInstitutionSets, type SetStats } from './institutionSets.ts';
import { DEFAULT_LINK_OPTIONS, linkEvidence, type LinkStats } from './linkEvidence.ts';
import { cacheRecords, CX_PROFILE_CACHE_FILE, fillFromCache } from './profileCache.ts';
import { addPrintedRecords, printedRecords } from './printedRecords.ts';
import { fillById } from './idFill.ts';
import { applyInstitutionSets, ownInstitutionSets } from './institutionSets.ts';
import { buildProfileIndex, type ProfileIndex, type ProfileRecord } from './profileIndex.ts';
import { pairFileSpec, profileFiles, profileRecordStream, SNAPSHOT_YEAR, type ProfileFileSpec } from './readProfileRecords.ts';
import { applyInternRule } from './internRule.ts';
import { makeRootResolver, setResolver } from './rootInstitution.ts';

/** ICLR 2024's per-paper institution sets: the `paper_institutions` entry of data/sources.json. */
export const EU_ICLR2024_FILE = fileWithUse('paper_institutions');

export interface LinkStepResult {
  papers: SourcePaper[];
  institutionSets: Map<string, string[]>;
  linkStats: Map<string, LinkStats>;
  setStats: SetStats | null;
  notes: string[];
}

const pairIndex = (sourcesDir: string, profilePairs: readonly string[], afterFile: () => void): ProfileIndex =>
  buildProfileIndex(profileRecordStream(sourcesDir, profilePairs.map(pairFileSpec), SNAPSHOT_YEAR, afterFile));

/** Without the intern rule, no record is known as an intern's (profileValue sets none aside). */
function* withoutInterns(records: Iterable<ProfileRecord>, internRule: boolean): Generator<ProfileRecord> {
  for (const r of records) {
    if (internRule || !r.profilePosition) yield r;
    else {
      const { profilePosition: _p, ...rest } = r;
      yield rest;
    }
  }
}

/** Records from files, then others, as one stream (the index never holds them all). */
function* chain<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}

/** The complete conference-years' papers; `conferenceYears`: the complete ones being built, whose profile files are read. */
export async function linkComplete(
  input: SourcePaper[],
  sourcesDir: string,
  resolver: Resolver,
  conferenceYears: readonly ConferenceYear[],
  internRule: boolean,
  /** Called after each profile file is indexed and after the index is built (the build collects garbage there). */
  betweenPhases: () => void,
  profilePairs: readonly string[],
): Promise<LinkStepResult> {
  let papers = input;
  let internNote = '';
  const root = makeRootResolver(resolver);
  const isIclr2024 = (p: SourcePaper) => p.conference === 'iclr' && p.year === 2024;
  const withSets = conferenceYears.some((c) => c.conference === 'iclr' && c.year === 2024);
  // ICLR 2024's author ids come with the profile history entries of cx_profile_cache.json.
  const cache = withSets ? readCxProfileCache(await readSourceText(sourcesDir, CX_PROFILE_CACHE_FILE), CX_PROFILE_CACHE_FILE) : [];
  const fromCache = fillFromCache(papers, cache);
  papers = fromCache.papers;
  const index = buildProfileIndex(
    withoutInterns(chain(profileRecordStream(sourcesDir, profileFiles(conferenceYears), Infinity, betweenPhases), cacheRecords(cache)), internRule),
  );
  betweenPhases();
  const printed = addPrintedRecords(index, printedRecords(papers), root);
  // Matched before linking: a set vouches for linked values.
  const iclr2024 = withSets ? papers.filter(isIclr2024) : [];
  const match = withSets
    ? matchInstitutionSets(iclr2024, readEuIclr2024(await readSourceText(sourcesDir, EU_ICLR2024_FILE), EU_ICLR2024_FILE), setResolver(resolver))
    : null;
  const rootsBySource = new Map<string, Set<string>>();
  match?.sets.forEach((set, i) => {
    if (set) rootsBySource.set(iclr2024[i].sourceId, new Set(set.roots.keys()));
  });
  const linked = linkEvidence(papers, index, root, DEFAULT_LINK_OPTIONS, (p) => (isIclr2024(p) ? rootsBySource.get(p.sourceId) : undefined));
  if (internRule) {
    const interns = applyInternRule(linked.papers, index, root);
    linked.papers = interns.papers;
    internNote = `${interns.stats.interns} slots whose own profile says Intern: ${interns.stats.replaced} took the person's nearest non-intern affiliation (intern_home), the rest keep the intern value`;
  }
  const printedNote = [
    `${printed} profiles took a 2020 affiliation printed under their unique name`,
    ...(internNote ? [internNote] : []),
    ...[...fromCache.filled].map(([cy, n]) => `${cy}: ${n} slots took their own id's profile entry for the year from ${CX_PROFILE_CACHE_FILE} (id_profile)`),
  ].join('; ');
  if (!match)
    return { papers: linked.papers, institutionSets: new Map(), linkStats: linked.stats, setStats: null, notes: [printedNote, ...linkNotes(linked.stats)] };

  const sets = applyInstitutionSets(linked.papers.filter(isIclr2024), match, root);
  // ICLR 2024 slots with an id that no 2020-2024 file gives a value for: the other venues' profile pairs.
  const pairs =
    profilePairs.length > 0
      ? fillById(
          sets.papers,
          pairIndex(sourcesDir, profilePairs, betweenPhases),
          root,
          (from) => `the author's id, another venue's ${from} profile`,
          (p) => rootsBySource.get(p.sourceId),
        )
      : null;
  const replaced = new Map((pairs?.papers ?? sets.papers).map((p) => [p.sourceId, p]));
  const out = linked.papers.map((p) => (isIclr2024(p) ? (replaced.get(p.sourceId) ?? p) : p));
  const st = sets.stats;
  const notes = [
    printedNote,
    ...linkNotes(linked.stats, 'iclr2024'),
    `iclr2024 sets: ${st.matchedExact + st.matchedTolerant} of ${st.papers} accepted papers matched to ${EU_ICLR2024_FILE} ` +
      `(${st.matchedExact} exact title, ${st.matchedTolerant} tolerant, ${st.ambiguous} ambiguous); ${st.withSet} with an institution set ` +
      `(${st.completeSets} fully resolved, ${st.unresolvedNames} names unresolved); ${st.singleInstitution} single-institution papers ` +
      `gave ${st.filledFromSet} slots; ${st.filledFromIntersection} slots took the one institution all their name's submissions list; linked affiliations: ${st.linkedConfirmed} confirmed by the set, ${st.linkedDropped} dropped as outside it`,
    ...(pairs ? [`iclr2024: ${pairs.filled.get('iclr2024') ?? 0} slots took their own id's value from the other venues' profile pairs (linked_id)`] : []),
  ];
  return { papers: out, institutionSets: sets.institutionSets, linkStats: linked.stats, setStats: sets.stats, notes };
}

/** One line per conference-year; the set's vouching is named only where a set exists (ICLR 2024, ICML 2026). */
function linkNotes(stats: Map<string, LinkStats>, withSet: string | string[] = []): string[] {
  const notes: string[] = [];
  for (const [cy, s] of stats) {
    if (s.empty === 0) continue;
    const vouched = [withSet].flat().includes(cy) ? `, ${s.linkedVouched} values or names vouched for by the paper's institution set` : '';
    notes.push(
      `${cy}: ${s.empty} slots without evidence; linked ${s.linkedId} by id, ${s.linkedName} by name ` +
        `(${s.linkedCoauthor} of them a colliding name settled by a co-author${vouched}); ` +
        `not linked: ${s.unstable} profile moved around that year, ${s.refused.name_collision + s.refused.loose_collision} name collisions, ` +
        `${s.refused.unknown_name} unknown names, ${s.idWithoutAffiliation} profiles without affiliation`,
    );
  }
  return notes;
}

/**
 * The provisional years: exact ids first (the id's entry for the paper's year in the profile
 * cache, then the year rule), then names under the year rule, then any year's value of the
 * slot's own id (idFill.ts). Their index holds every profile file, the other venues' pairs
 * among them, and pco files of 2025 and later count as records of their own year. A paper
 * that lists its institutions (ICML 2026) vouches for values and settles names, a linked value
 * must agree with it, and a single institution fills its slots (institutionSets.ts).
 * `conferenceYears`: every one being built (all their profile files are read).
 */
export async function linkProvisional(
  input: SourcePaper[],
  sourcesDir: string,
  resolver: Resolver,
  conferenceYears: readonly ConferenceYear[],
  internRule: boolean,
  /** Called after each profile file is indexed and after the index is built (the build collects garbage there). */
  betweenPhases: () => void,
  profilePairs: readonly string[],
): Promise<LinkStepResult> {
  const root = makeRootResolver(resolver);
  const specs: ProfileFileSpec[] = [...profileFiles(conferenceYears), ...profilePairs.map(pairFileSpec)];
  const cache = readCxProfileCache(await readSourceText(sourcesDir, CX_PROFILE_CACHE_FILE), CX_PROFILE_CACHE_FILE);
  const fromCache = fillFromCache(input, cache);
  const index = buildProfileIndex(withoutInterns(chain(profileRecordStream(sourcesDir, specs, SNAPSHOT_YEAR, betweenPhases), cacheRecords(cache)), internRule));
  betweenPhases();
  addPrintedRecords(index, printedRecords(fromCache.papers), root);
  const withSet = fromCache.papers.filter((p) => p.institutionList);
  const match = ownInstitutionSets(withSet, setResolver(resolver));
  const rootsBySource = new Map<string, Set<string>>();
  match.sets.forEach((set, i) => {
    if (set) rootsBySource.set(`${withSet[i].conference}${withSet[i].year}:${withSet[i].sourceId}`, new Set(set.roots.keys()));
  });
  const rootsOf = (p: SourcePaper) => rootsBySource.get(`${p.conference}${p.year}:${p.sourceId}`);
  const linked = linkEvidence(fromCache.papers, index, root, DEFAULT_LINK_OPTIONS, rootsOf);
  const byId = fillById(linked.papers, index, root, (from) => `the author's id, profile value of ${from} (not confirmed for the paper's year)`, rootsOf);
  let papers = byId.papers;
  const notes: string[] = [];
  if (internRule) {
    const interns = applyInternRule(papers, index, root);
    papers = interns.papers;
    notes.push(`provisional years: ${interns.stats.interns} intern slots, ${interns.stats.replaced} took the person's home affiliation (intern_home)`);
  }
  for (const [cy, n] of fromCache.filled)
    notes.push(`${cy}: ${n} slots took their own id's profile entry for the year from ${CX_PROFILE_CACHE_FILE} (id_profile)`);
  for (const [cy, n] of byId.filled) notes.push(`${cy}: ${n} slots took their own id's profile value of another year (linked_id)`);
  notes.push(...linkNotes(linked.stats, [...new Set(withSet.map((p) => `${p.conference}${p.year}`))]));
  const keyed = (p: SourcePaper) => `${p.conference}${p.year}:${p.sourceId}`;
  const setPapers = new Set(withSet.map(keyed));
  const sets = applyInstitutionSets(
    papers.filter((p) => setPapers.has(keyed(p))),
    match,
    root,
    true,
  );
  const replaced = new Map(sets.papers.map((p) => [keyed(p), p]));
  const st = sets.stats;
  notes.push(
    `own institution sets: ${st.withSet} of ${st.papers} papers with one (${st.completeSets} fully resolved, ${st.unresolvedNames} names unresolved); ` +
      `${st.singleInstitution} single-institution papers gave ${st.filledFromSet} slots; ${st.filledFromIntersection} slots took the one institution all their name's papers list; ` +
      `linked affiliations: ${st.linkedConfirmed} agree with the set, ${st.linkedDropped} dropped as outside it`,
  );
  return {
    papers: papers.map((p) => replaced.get(keyed(p)) ?? p),
    institutionSets: sets.institutionSets,
    linkStats: linked.stats,
    setStats: st,
    notes,
  };
}
