// The build's first stage: read every conference-year, link and resolve its author slots and
// write them, with the institutions, resolutions, corrections and meta, into the temporary
// file. build.ts runs it in a process of its own (firstStageProcess.ts), which exits when it is
// done: what reading and linking leave allocated (some 160 MB a process keeps after its last
// collection) is then returned, and the second stage (completeFile.ts) runs beside no more than
// the parent's few megabytes.
import type { ConferenceYear } from '../domain/conferenceYears.ts';
import { VENUES } from '../domain/venues.ts';
import { readConferenceYearWithNotes } from '../ingest/readConferenceYear.ts';
import type { SourcePaper } from '../ingest/records/types.ts';
import { isPersonalDomain } from '../normalize/domains.ts';
import { loadCurated } from '../normalize/loadCurated.ts';
import { openResolver } from '../normalize/openResolver.ts';
import { linkComplete, linkProvisional, type LinkStepResult, type ProfileBase } from '../link/linkStep.ts';
import { loadCorrections } from '../corrections/entry.ts';
import type { SourceFile } from '../sources/manifest.ts';
import { collectGarbage } from './collectGarbage.ts';
import { openDatabaseWriter } from './writeDatabase.ts';

export interface FirstStageInput {
  /** The file to write (build.ts's temporary name). */
  file: string;
  sourcesDir: string;
  dataDir: string;
  manifest: SourceFile[];
  conferenceYears: readonly ConferenceYear[];
  internRule: boolean;
  meta: Record<string, string>;
}

/** What the stage reports as it goes: diagnostics, and the stage and label of each step (build.ts numbers them). */
export interface FirstStageReport {
  progress: (line: string) => void;
  stage: (stage: 'read' | 'link' | 'write', label: string) => void;
}

export interface FirstStageResult {
  papers: number;
  authorships: number;
}

/** The complete years, then the provisional ones: how many each build has (the steps build.ts counts). */
export function yearStages(conferenceYears: readonly ConferenceYear[]): ConferenceYear[][] {
  return [conferenceYears.filter((c) => !c.provisional), conferenceYears.filter((c) => c.provisional)].filter((s, i) => i === 0 || s.length > 0);
}

export async function firstStage(input: FirstStageInput, report: FirstStageReport): Promise<FirstStageResult> {
  const { conferenceYears, sourcesDir, internRule } = input;
  const curated = loadCurated(input.dataDir);
  const { resolver } = openResolver(input.dataDir, sourcesDir);
  const pairs = input.manifest.filter((f) => f.use === 'profile_pairs').map((f) => f.file);
  let papers = 0;
  let authorships = 0;
  // The complete years' profile index, which the provisional years' extends.
  let base: ProfileBase | undefined;
  const writer = await openDatabaseWriter(input.file, {
    conferenceYears: conferenceYears.map((c) => ({
      conference: c.conference,
      year: c.year,
      officialPapers: c.official,
      hasAffiliations: c.hasAffiliations,
      provisional: c.provisional === true,
    })),
    corrections: loadCorrections(input.dataDir),
    institutions: curated.institutions,
    lookupInstitution: (id) => resolver.institution(id),
    resolve: (aff, domain) => resolver.resolve(aff, domain),
    isInstitutionalDomain: (d) => !isPersonalDomain(d),
    // The second stage completes the file in another process (build.ts).
    complete: async () => {},
  });
  try {
    // The complete years, then the provisional ones (link/linkStep.ts), each read, linked and
    // written before the next are read: no stage holds every paper (the build's peak memory).
    for (const [i, years] of yearStages(conferenceYears).entries()) {
      const provisional = i > 0;
      const read: SourcePaper[] = [];
      for (const cy of years) {
        report.stage('read', `${VENUES.conferences.find((c) => c.id === cy.conference)?.label ?? cy.conference} ${cy.year}`);
        const result = await readConferenceYearWithNotes(sourcesDir, cy.conference, cy.year);
        report.progress(`Read ${cy.conference} ${cy.year}: ${result.papers.length} accepted papers`);
        for (const note of result.notes) report.progress(`  ${note}`);
        read.push(...result.papers);
        // Each file's text and parse tree are garbage now; the provisional years read beside the complete years' index.
        collectGarbage();
      }
      // Issue 6: fill empty author slots from linked profiles, and the papers' institution sets.
      report.stage('link', provisional ? 'provisional years' : 'profiles and institution sets');
      report.progress(`Linking profiles and paper institution sets${provisional ? ' (provisional years)' : ''}`);
      let linked: LinkStepResult;
      if (provisional) {
        linked = await linkProvisional(read, sourcesDir, resolver, conferenceYears, internRule, collectGarbage, pairs, base);
        base = undefined;
      } else ({ base, ...linked } = await linkComplete(read, sourcesDir, resolver, years, internRule, collectGarbage, pairs));
      read.length = 0;
      for (const note of linked.notes) report.progress(`  ${note}`);
      collectGarbage();
      report.stage('write', provisional ? 'provisional years' : 'complete years');
      writer.add(linked.papers, linked.institutionSets);
      papers += linked.papers.length;
      authorships += linked.papers.reduce((s, p) => s + p.authors.length, 0);
    }
    collectGarbage();
    await writer.finish(input.meta);
  } finally {
    await writer.close();
  }
  return { papers, authorships };
}
