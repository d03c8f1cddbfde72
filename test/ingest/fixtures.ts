// Hand-written fixtures: invented content in the real formats. They are stored under
// `invented-<source name>` so no file in the repository carries a source file's name;
// code that reads a folder by source names gets a copy under the real names.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceError } from '../../src/ingest/types.ts';

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
