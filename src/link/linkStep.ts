// The build's linking step (issue 6), between reading the papers and writing the
// database: ICLR 2024's institution sets are matched, profiles (with the 2020 printed
// affiliations) fill empty author slots, and the sets then confirm, drop and fill.
import { readCxProfileCache } from '../ingest/readers/cxProfileCache.ts';
import { readEuIclr2024 } from '../ingest/readers/euIclr2024.ts';
import { readSourceText } from '../ingest/readConferenceYear.ts';
import { CONFERENCE_YEARS, type ConferenceYear } from '../domain/conferenceYears.ts';
import type { SourcePaper } from '../ingest/types.ts';
import type { Resolver } from '../normalize/resolver.ts';
import { applyInstitutionSets, matchInstitutionSets, type SetStats } from './institutionSets.ts';
import { DEFAULT_LINK_OPTIONS, linkEvidence, type LinkStats } from './linkEvidence.ts';
import { cacheRecords, CX_PROFILE_CACHE_FILE, fillFromCache } from './profileCache.ts';
import { addPrintedRecords, printedRecords } from './printedRecords.ts';
import { buildProfileIndex } from './profileIndex.ts';
import { readProfileRecords } from './readProfileRecords.ts';
import { applyInternRule } from './internRule.ts';
import { makeRootResolver, setResolver } from './rootInstitution.ts';

export const EU_ICLR2024_FILE = 'eu_iclr2024_submissions.md';

export interface LinkStepResult {
  papers: SourcePaper[];
  institutionSets: Map<string, string[]>;
  linkStats: Map<string, LinkStats>;
  setStats: SetStats | null;
  notes: string[];
}

/** `conferenceYears`: the ones being built, whose profile files are read (all 15 by default). */
export async function linkStep(
  input: SourcePaper[],
  sourcesDir: string,
  resolver: Resolver,
  conferenceYears: readonly ConferenceYear[] = CONFERENCE_YEARS,
  /** The intern rule (internRule.ts); off only to measure what it moves. */
  internRule = true,
  /** Called after reading the profile files and after indexing them (the build collects garbage there). */
  betweenPhases: () => void = () => {},
): Promise<LinkStepResult> {
  let papers = input;
  let internNote = '';
  const root = makeRootResolver(resolver);
  const files = await readProfileRecords(sourcesDir, conferenceYears);
  betweenPhases();
  const isIclr2024 = (p: SourcePaper) => p.conference === 'iclr' && p.year === 2024;
  const withSets = conferenceYears.some((c) => c.conference === 'iclr' && c.year === 2024);
  // ICLR 2024's author ids come with the profile history entries of cx_profile_cache.json.
  const cache = withSets ? readCxProfileCache(await readSourceText(sourcesDir, CX_PROFILE_CACHE_FILE), CX_PROFILE_CACHE_FILE) : [];
  const fromCache = fillFromCache(papers, cache);
  papers = fromCache.papers;
  const records = [...files.flatMap((f) => f.records), ...cacheRecords(cache)];
  // Without the intern rule, no record is known as an intern's (profileValue sets none aside).
  const index = buildProfileIndex(internRule ? records : records.map(({ profilePosition: _p, ...r }) => r));
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
  if (!match) return { papers: linked.papers, institutionSets: new Map(), linkStats: linked.stats, setStats: null, notes: [printedNote, ...linkNotes(linked.stats)] };

  const sets = applyInstitutionSets(linked.papers.filter(isIclr2024), match, root);
  const replaced = new Map(sets.papers.map((p) => [p.sourceId, p]));
  const out = linked.papers.map((p) => (isIclr2024(p) ? (replaced.get(p.sourceId) ?? p) : p));
  const st = sets.stats;
  const notes = [
    printedNote,
    ...linkNotes(linked.stats, 'iclr2024'),
    `iclr2024 sets: ${st.matchedExact + st.matchedTolerant} of ${st.papers} accepted papers matched to ${EU_ICLR2024_FILE} ` +
      `(${st.matchedExact} exact title, ${st.matchedTolerant} tolerant, ${st.ambiguous} ambiguous); ${st.withSet} with an institution set ` +
      `(${st.completeSets} fully resolved, ${st.unresolvedNames} names unresolved); ${st.singleInstitution} single-institution papers ` +
      `gave ${st.filledFromSet} slots; ${st.filledFromIntersection} slots took the one institution all their name's submissions list; linked affiliations: ${st.linkedConfirmed} confirmed by the set, ${st.linkedDropped} dropped as outside it`,
  ];
  return { papers: out, institutionSets: sets.institutionSets, linkStats: linked.stats, setStats: sets.stats, notes };
}

/** One line per conference-year; the set's vouching is named only where a set exists (ICLR 2024). */
function linkNotes(stats: Map<string, LinkStats>, withSet?: string): string[] {
  const notes: string[] = [];
  for (const [cy, s] of stats) {
    if (s.empty === 0) continue;
    const vouched = cy === withSet ? `, ${s.linkedVouched} values or names vouched for by the paper's institution set` : '';
    notes.push(
      `${cy}: ${s.empty} slots without evidence; linked ${s.linkedId} by id, ${s.linkedName} by name ` +
        `(${s.linkedCoauthor} of them a colliding name settled by a co-author${vouched}); ` +
        `not linked: ${s.unstable} profile moved around that year, ${s.refused.name_collision + s.refused.loose_collision} name collisions, ` +
        `${s.refused.unknown_name} unknown names, ${s.idWithoutAffiliation} profiles without affiliation`,
    );
  }
  return notes;
}
