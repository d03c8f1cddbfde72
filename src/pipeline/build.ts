// The whole build: obtain sources, read every conference-year, resolve affiliations,
// write a new database file and swap it in only when it is complete. Any failure
// leaves the previous database untouched.
import SQLite from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../config.ts';
import { CONFERENCE_YEARS, type ConferenceYear } from '../domain/conferenceYears.ts';
import { VENUES } from '../domain/venues.ts';
import { readConferenceYearWithNotes } from '../ingest/readConferenceYear.ts';
import type { SourcePaper } from '../ingest/records/types.ts';
import { isPersonalDomain } from '../normalize/domains.ts';
import { loadCurated } from '../normalize/loadCurated.ts';
import { openResolver } from '../normalize/openResolver.ts';
import { linkComplete, linkProvisional, type LinkStepResult, type ProfileBase } from '../link/linkStep.ts';
import { CORRECTIONS_FILE, loadCorrections } from '../corrections/entry.ts';
import { loadManifest, type SourceFile } from '../sources/manifest.ts';
import { obtainSources, type Progress } from '../sources/obtain.ts';
import { collectGarbage } from './collectGarbage.ts';
import { openDatabaseWriter } from './writeDatabase.ts';
import { LANGS } from '../domain/lang.ts';
import { LOCALES } from '../i18n/locales/byLang.ts';

export interface BuildOptions {
  dbPath: string;
  sourcesDir: string;
  mirror?: string;
  manifest?: SourceFile[];
  dataDir?: string;
  /** Defaults to all 15; tests build a few from fixture files. */
  conferenceYears?: readonly ConferenceYear[];
  /** Diagnostics, one line each (the CLI writes them to the build log). */
  progress?: Progress;
  /** The stage and conference-year each step starts, for a progress display (cli/buildProgress.ts). */
  stage?: (step: BuildStep) => void;
  /** The intern rule (link/internRule.ts); false only to measure what it moves (eval/internShift.ts). */
  internRule?: boolean;
}

/** One step of the build: `step` of `total`, in a stage ("read") and, while reading, a conference-year. */
export interface BuildStep {
  stage: 'obtain' | 'read' | 'link' | 'write';
  label: string;
  step: number;
  total: number;
}

export interface BuildSummary {
  papers: number;
  authorships: number;
  /** Author slots resolved to an institution. */
  resolved: number;
  snapshot: string;
  seconds: number;
}

function snapshotId(manifest: SourceFile[], dataDir: string): string {
  const h = createHash('sha256');
  // Reference files (outside aggregates) never reach a figure.
  for (const f of manifest.filter((m) => m.use !== 'reference').sort((a, b) => a.file.localeCompare(b.file))) h.update(`${f.file}:${f.sha256}\n`);
  for (const name of ['institutions.json', 'overrides.json', 'names-by-country.json', 'personal-domains.json', 'countries.json'])
    h.update(readFileSync(path.join(dataDir, name)));
  // Each language's names (data/names/<lang>.json) are stored and matched as aliases.
  for (const lang of LANGS) h.update(JSON.stringify(LOCALES[lang].names));
  // The venue table (data/conferences.json) decides which files are read and what is counted and said.
  h.update(JSON.stringify(VENUES));
  // Corrections change figures, so they change the snapshot (an absent file is no corrections).
  if (existsSync(path.join(dataDir, CORRECTIONS_FILE))) h.update(readFileSync(path.join(dataDir, CORRECTIONS_FILE)));
  return h.digest('hex').slice(0, 12);
}

export async function build(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const progress = options.progress ?? (() => {});
  const conferenceYears = options.conferenceYears ?? CONFERENCE_YEARS;
  // The complete years, then the provisional ones (link/linkStep.ts), each read, linked and
  // written before the next are read: no stage holds every paper (the build's peak memory).
  const stages = [conferenceYears.filter((c) => !c.provisional), conferenceYears.filter((c) => c.provisional)].filter((s, i) => i === 0 || s.length > 0);
  const total = conferenceYears.length + 2 * stages.length + 2;
  let step = 0;
  const stage = (name: BuildStep['stage'], label: string) => options.stage?.({ stage: name, label, step: step++, total });
  const dataDir = options.dataDir ?? DATA_DIR;
  const manifest = options.manifest ?? loadManifest();
  // Read before the long steps: a malformed corrections file fails in a second, not twenty.
  const corrections = loadCorrections(dataDir);

  stage('obtain', `${manifest.length} source files`);
  progress(`Obtaining ${manifest.length} source files into ${options.sourcesDir}`);
  await obtainSources(manifest, { dir: options.sourcesDir, mirror: options.mirror, progress });

  const curated = loadCurated(dataDir);
  const { resolver } = openResolver(dataDir, options.sourcesDir);
  const pairs = manifest.filter((f) => f.use === 'profile_pairs').map((f) => f.file);
  const internRule = options.internRule ?? true;
  const snapshot = snapshotId(manifest, dataDir);
  mkdirSync(path.dirname(options.dbPath), { recursive: true });
  const temp = `${options.dbPath}.building-${process.pid}`;
  rmSync(temp, { force: true });
  let papers = 0;
  let authorships = 0;
  // The complete years' profile index, which the provisional years' extends.
  let base: ProfileBase | undefined;
  try {
    const writer = await openDatabaseWriter(temp, {
      conferenceYears: conferenceYears.map((c) => ({
        conference: c.conference,
        year: c.year,
        officialPapers: c.official,
        hasAffiliations: c.hasAffiliations,
        provisional: c.provisional === true,
      })),
      corrections,
      institutions: curated.institutions,
      lookupInstitution: (id) => resolver.institution(id),
      resolve: (aff, domain) => resolver.resolve(aff, domain),
      isInstitutionalDomain: (d) => !isPersonalDomain(d),
    });
    try {
      for (const [i, years] of stages.entries()) {
        const provisional = i > 0;
        const read: SourcePaper[] = [];
        for (const cy of years) {
          stage('read', `${VENUES.conferences.find((c) => c.id === cy.conference)?.label ?? cy.conference} ${cy.year}`);
          const result = await readConferenceYearWithNotes(options.sourcesDir, cy.conference, cy.year);
          progress(`Read ${cy.conference} ${cy.year}: ${result.papers.length} accepted papers`);
          for (const note of result.notes) progress(`  ${note}`);
          read.push(...result.papers);
          // Each file's text and parse tree are garbage now; the provisional years read beside the complete years' index.
          collectGarbage();
        }
        // Issue 6: fill empty author slots from linked profiles, and the papers' institution sets.
        stage('link', provisional ? 'provisional years' : 'profiles and institution sets');
        progress(`Linking profiles and paper institution sets${provisional ? ' (provisional years)' : ''}`);
        let linked: LinkStepResult;
        if (provisional) {
          linked = await linkProvisional(read, options.sourcesDir, resolver, conferenceYears, internRule, collectGarbage, pairs, base);
          base = undefined;
        } else ({ base, ...linked } = await linkComplete(read, options.sourcesDir, resolver, years, internRule, collectGarbage, pairs));
        read.length = 0;
        for (const note of linked.notes) progress(`  ${note}`);
        collectGarbage();
        stage('write', provisional ? 'provisional years' : 'complete years');
        writer.add(linked.papers, linked.institutionSets);
        papers += linked.papers.length;
        authorships += linked.papers.reduce((s, p) => s + p.authors.length, 0);
      }
      collectGarbage();
      stage('write', options.dbPath);
      progress('Writing the summary tables and derived figures');
      await writer.finish({
        snapshot,
        built_at: new Date().toISOString(),
        sources: JSON.stringify(manifest.map((f) => ({ file: f.file, sha256: f.sha256, role: f.role, licence: f.licence ?? null }))),
      });
    } finally {
      await writer.close();
    }
    renameSync(temp, options.dbPath);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  const seconds = (performance.now() - started) / 1000;
  const resolved = resolvedSlots(options.dbPath);
  progress(`Built ${options.dbPath}: ${papers} papers, ${authorships} author slots (${resolved} resolved), snapshot ${snapshot} (${seconds.toFixed(1)} s)`);
  return { papers, authorships, resolved, snapshot, seconds };
}

/** Author slots resolved to an institution, from the finished file's coverage table. */
function resolvedSlots(dbPath: string): number {
  const sqlite = new SQLite(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare('SELECT coalesce(sum(resolved), 0) AS n FROM coverage').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}
