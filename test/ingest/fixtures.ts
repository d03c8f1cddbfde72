// Hand-written fixtures: invented content in the real formats. They are stored under
// `invented-<source name>` so no file in the repository carries a source file's name;
// code that reads a folder by source names gets a copy under the real names.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { DATA_DIR } from '../../src/config.ts';
import type { VenueTable, VenueYear } from '../../src/domain/venues.ts';
import { SourceError } from '../../src/ingest/records/types.ts';
import type { SourceFile } from '../../src/sources/manifest.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, `invented-${name}`), 'utf8');
}

/** Copies fixtures into `dir` (default: a new temporary folder) under their source names. */
export function fixtureSourcesDir(names: string[], dir = mkdtempSync(path.join(tmpdir(), 'airank-fixtures-'))): string {
  for (const name of names) copyFileSync(path.join(FIXTURES, `invented-${name}`), path.join(dir, name));
  return dir;
}

/** The SourceError `fn` throws (any other error, or none, fails the test). */
export function sourceError(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SourceError) return err;
    throw err;
  }
  throw new Error('expected a SourceError');
}

/** An invented file's data/sources.json entry (it is never obtained from its url). */
export const fakeEntry = (file: string, format: string, use: SourceFile['use'], more: Partial<SourceFile> = {}): SourceFile => ({
  file,
  url: `https://example.invalid/${file}`,
  sha256: '0'.repeat(64),
  role: 'invented fixture',
  format,
  use,
  ...more,
});

/**
 * Runs `fn` on fresh modules that see data/conferences.json with `year` added to `conference`
 * and data/sources.json with `entries` added: a conference-year added through the data alone.
 */
export async function withAddedYear<T>(conference: string, year: VenueYear, entries: SourceFile[], fn: () => Promise<T>): Promise<T> {
  const venues: VenueTable = JSON.parse(readFileSync(path.join(DATA_DIR, 'conferences.json'), 'utf8'));
  venues.conferences.find((c) => c.id === conference)!.years.push(year);
  const sources = JSON.parse(readFileSync(path.join(DATA_DIR, 'sources.json'), 'utf8'));
  sources.files.push(...entries);
  vi.resetModules();
  vi.doMock('../../data/conferences.json', () => ({ default: venues }));
  vi.doMock('../../data/sources.json', () => ({ default: sources }));
  try {
    return await fn();
  } finally {
    vi.doUnmock('../../data/conferences.json');
    vi.doUnmock('../../data/sources.json');
    vi.resetModules();
  }
}
