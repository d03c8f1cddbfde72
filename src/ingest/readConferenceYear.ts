// Reads one conference-year's source files from a folder (files under their original names):
// each file named by the year in data/conferences.json is read by the reader its
// data/sources.json entry's format names, and assembled by the entries' roles.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findConferenceYear } from '../domain/conferenceYears.ts';
import type { Conference } from '../domain/ids.ts';
import { loadManifest, type SourceFile } from '../sources/manifest.ts';
import { assembleConferenceYear, type ConferenceYearResult, type ReadEntry } from './assembleConferenceYear.ts';
import { readerFor } from './readers/registry.ts';
import { SourceError, type SourcePaper } from './records/types.ts';

export type { ConferenceYearResult };

/** A source file's text; a file that cannot be read is a SourceError naming it. */
export async function readSourceText(dir: string, file: string): Promise<string> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (err) {
    throw new SourceError(file, null, `cannot read from ${dir}: ${(err as Error).message}`);
  }
}

/** `catalogue`: the source entries (format, role) the year's files are looked up in; data/sources.json by default. */
export async function readConferenceYearWithNotes(
  dir: string,
  conference: Conference,
  year: number,
  catalogue: readonly SourceFile[] = loadManifest(),
): Promise<ConferenceYearResult> {
  const cy = findConferenceYear(conference, year);
  const entries: ReadEntry[] = [];
  for (const file of cy.files) {
    const entry = catalogue.find((f) => f.file === file);
    if (!entry?.use) throw new Error(`${conference} ${year}: ${file} has no entry with a "use" in data/sources.json`);
    const records = readerFor(entry.format, file).read(await readSourceText(dir, file), file);
    entries.push({ file, use: entry.use, ...(entry.joinBy ? { joinBy: entry.joinBy } : {}), records });
  }
  return assembleConferenceYear(conference, year, entries);
}

/** The accepted papers of one conference-year, from the source files in `dir`. */
export async function readConferenceYear(dir: string, conference: Conference, year: number): Promise<SourcePaper[]> {
  return (await readConferenceYearWithNotes(dir, conference, year)).papers;
}
