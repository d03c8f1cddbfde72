// The whole build: obtain sources, read every conference-year, resolve affiliations,
// write a new database file and swap it in only when it is complete. Any failure
// leaves the previous database untouched. Reading, linking and writing the slots run in a
// child process (firstStage.ts); the summary and derived tables then here (completeFile.ts).
import SQLite from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../config.ts';
import { CONFERENCE_YEARS, type ConferenceYear } from '../domain/conferenceYears.ts';
import { VENUES } from '../domain/venues.ts';
import { CORRECTIONS_FILE, loadCorrections } from '../corrections/entry.ts';
import { loadManifest, type SourceFile } from '../sources/manifest.ts';
import { obtainSources, type Progress } from '../sources/obtain.ts';
import { LANGS } from '../domain/lang.ts';
import { LOCALES } from '../i18n/locales/byLang.ts';
import { completeFile } from './completeFile.ts';
import { startProcess } from './entryBeside.ts';
import { yearStages, type FirstStageInput, type FirstStageReport, type FirstStageResult } from './firstStage.ts';
import type { FirstStageMessage } from './firstStageProcess.ts';

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
  /** Run the first stage in this process: for tests that add a reader or conference-year in memory, which a child process would not see. */
  firstStageHere?: boolean;
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
  const total = conferenceYears.length + 2 * yearStages(conferenceYears).length + 2;
  let step = 0;
  const stage = (name: BuildStep['stage'], label: string) => options.stage?.({ stage: name, label, step: step++, total });
  const dataDir = options.dataDir ?? DATA_DIR;
  const manifest = options.manifest ?? loadManifest();
  // Read before the long steps: a malformed corrections file fails in a second, not twenty.
  loadCorrections(dataDir);

  stage('obtain', `${manifest.length} source files`);
  progress(`Obtaining ${manifest.length} source files into ${options.sourcesDir}`);
  await obtainSources(manifest, { dir: options.sourcesDir, mirror: options.mirror, progress });

  const snapshot = snapshotId(manifest, dataDir);
  mkdirSync(path.dirname(options.dbPath), { recursive: true });
  const temp = `${options.dbPath}.building-${process.pid}`;
  rmSync(temp, { force: true });
  let written: FirstStageResult;
  try {
    // Two stages, one after the other: the first in a process of its own, which exits (firstStage.ts).
    written = await (options.firstStageHere ? firstStageHere : firstStageApart)(
      {
        file: temp,
        sourcesDir: options.sourcesDir,
        dataDir,
        manifest,
        conferenceYears,
        internRule: options.internRule ?? true,
        meta: {
          snapshot,
          built_at: new Date().toISOString(),
          sources: JSON.stringify(manifest.map((f) => ({ file: f.file, sha256: f.sha256, role: f.role, licence: f.licence ?? null }))),
        },
      },
      { progress, stage },
    );
    stage('write', options.dbPath);
    progress('Writing the summary tables and derived figures');
    await completeFile(temp, { twoThreads: true });
    renameSync(temp, options.dbPath);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  const { papers, authorships } = written;
  const seconds = (performance.now() - started) / 1000;
  const resolved = resolvedSlots(options.dbPath);
  progress(`Built ${options.dbPath}: ${papers} papers, ${authorships} author slots (${resolved} resolved), snapshot ${snapshot} (${seconds.toFixed(1)} s)`);
  return { papers, authorships, resolved, snapshot, seconds };
}

async function firstStageHere(input: FirstStageInput, report: FirstStageReport): Promise<FirstStageResult> {
  const { firstStage } = await import('./firstStage.ts');
  return firstStage(input, report);
}

/** The first stage in a child process (firstStageProcess.ts), its reports relayed; rejects with its error's message. */
function firstStageApart(input: FirstStageInput, report: FirstStageReport): Promise<FirstStageResult> {
  const child = startProcess('firstStageProcess', import.meta.url);
  child.send(input);
  return new Promise((resolve, reject) => {
    let outcome: { done: FirstStageResult } | { error: string } | undefined;
    child.on('message', (m: FirstStageMessage) => {
      if ('progress' in m) report.progress(m.progress);
      else if ('stage' in m) report.stage(m.stage, m.label);
      else outcome = m;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (outcome && 'done' in outcome && code === 0) resolve(outcome.done);
      else if (outcome && 'error' in outcome) reject(new Error(outcome.error));
      else reject(new Error(`the build's first stage (reading and linking) stopped: ${signal ? `signal ${signal}` : `exit code ${code}`}`));
    });
  });
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
