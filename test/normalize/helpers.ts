// Shared set-up for the normalize tests: the real curated data, and the reference tables
// when a local copy of the source files exists.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCurated } from '../../src/normalize/loadCurated.ts';
import { loadReferenceTables, REFERENCE_FILES, type ReferenceTables } from '../../src/normalize/loadReference.ts';

export const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const curated = loadCurated(join(projectRoot, 'data'));

/** The folder holding the reference tables (project `sources/` first, then the shared mirror), if any. */
export function findSourcesDir(): string | undefined {
  const candidates = [join(projectRoot, 'sources'), resolve(projectRoot, '../shared/airank-data')];
  return candidates.find((dir) => existsSync(join(dir, REFERENCE_FILES.hipo)));
}

export function loadReferenceIfPresent(): ReferenceTables | undefined {
  const dir = findSourcesDir();
  return dir ? loadReferenceTables(dir) : undefined;
}
