// Reads every per-author OpenReview file the conference-years use (jy_*_authors.json,
// pco_*_authors.jsonl), and for the provisional years the other venues' profile-pair files,
// into flat profile records, rejected papers included: a person's profile is known from any
// paper they submitted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFERENCE_YEARS, type ConferenceYear } from '../domain/conferenceYears.ts';
import type { OrPaper } from '../ingest/readers/openReviewAuthors.ts';
import { readerFor } from '../ingest/readers/registry.ts';
import { loadManifest, type SourceFile } from '../sources/manifest.ts';
import type { ProfileRecord } from './profileIndex.ts';

/** When the pco profile snapshots were taken (the source README: scraped in 2025). */
export const SNAPSHOT_YEAR = 2025;

export interface ProfileFileRecords {
  file: string;
  conference: string;
  year: number;
  records: ProfileRecord[];
}

export interface ProfileFileSpec {
  file: string;
  conference: string;
  year: number;
}

/** The complete (not provisional) conference-years: the files the 2020-2024 figures are linked from. */
export const COMPLETE_YEARS: readonly ConferenceYear[] = CONFERENCE_YEARS.filter((c) => !c.provisional);

/** A profile-pair file's venue and year, from its name (`pco_aistats2025_authors.jsonl`). */
export function pairFileSpec(file: string): ProfileFileSpec {
  const m = /^pco_([a-z0-9]+?)(\d{4})_authors\.jsonl$/.exec(file);
  if (!m) throw new Error(`${file}: a profile-pair file must be named pco_<venue><year>_authors.jsonl`);
  return { file, conference: m[1], year: Number(m[2]) };
}

/** The per-author files (`author_affiliations` entries) named by the conference-years, with the conference-year that lists them. */
export function profileFiles(
  conferenceYears: readonly ConferenceYear[] = COMPLETE_YEARS,
  catalogue: readonly SourceFile[] = loadManifest(),
): ProfileFileSpec[] {
  const out: ProfileFileSpec[] = [];
  for (const cy of conferenceYears) {
    for (const file of cy.files) {
      if (catalogue.find((f) => f.file === file)?.use === 'author_affiliations') out.push({ file, conference: cy.conference, year: cy.year });
    }
  }
  return out;
}

/** A profile file's per-paper records, read by its entry's format. */
function profilePapers(text: string, file: string): OrPaper[] {
  const format = loadManifest().find((f) => f.file === file)?.format;
  const records = readerFor(format, file).read(text, file);
  if (records.kind !== 'profile_papers') throw new Error(`${file}: format ${format} holds ${records.kind} records, not per-author profiles`);
  return records.papers;
}

/** One file's records; its text and parse tree are garbage once they are returned. */
function fileRecords(sourcesDir: string, { file, year }: ProfileFileSpec, sameYearFrom: number): ProfileRecord[] {
  const text = readFileSync(join(sourcesDir, file), 'utf8');
  const papers = profilePapers(text, file);
  const snapshot = file.startsWith('pco_') && year < sameYearFrom;
  const records: ProfileRecord[] = [];
  for (const p of papers) {
    for (const a of p.authors) {
      records.push({
        paperId: p.id,
        name: a.name,
        openreviewId: a.openreviewId,
        affiliation: a.affiliation,
        domain: a.domain,
        alignment: a.alignment,
        ...(a.profilePosition ? { profilePosition: a.profilePosition } : {}),
        // pco lists a profile's affiliations as scraped, not the conference year's.
        year: snapshot ? SNAPSHOT_YEAR : year,
        ...(snapshot ? { snapshot } : {}),
      });
    }
  }
  return records;
}

/**
 * The records of `files` (default: the complete years' files), one file at a time, for an index
 * built as they come: only one file's records are held at once (the build's peak memory).
 * `sameYearFrom`: a pco file of a venue held in that year or later was scraped in its own year,
 * so its records count as that year's (strong), not as a snapshot (the provisional years' linking).
 * `afterFile` runs once a file's records are taken (the build collects its garbage there).
 */
export function* profileRecordStream(
  sourcesDir: string,
  files: readonly ProfileFileSpec[] = profileFiles(),
  sameYearFrom = Infinity,
  afterFile: () => void = () => {},
): Generator<ProfileRecord> {
  for (const spec of files) {
    yield* fileRecords(sourcesDir, spec, sameYearFrom);
    afterFile();
  }
}

/** Every file's records at once, by file (the evaluations, which compare files). */
export async function readProfileRecords(
  sourcesDir: string,
  files: readonly ProfileFileSpec[] = profileFiles(),
  sameYearFrom = Infinity,
): Promise<ProfileFileRecords[]> {
  return files.map((spec) => ({ ...spec, records: fileRecords(sourcesDir, spec, sameYearFrom) }));
}
