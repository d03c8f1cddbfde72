// Shared set-up for the normalize tests: the real curated data, and the reference tables
// when a local copy of the source files exists.
import { existsSync, readFileSync } from 'node:fs';
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

export interface Labelled {
  affiliation: string;
  domain: string;
  /** curated id, a `ref:` id or 'ref' (any reference match), or null (should stay unresolved) */
  id: string | null;
  country: string | null;
}

/** A hand-labelled sample under test/fixtures: affiliation, domain, id, country; `-` for none. */
export function readLabelledSample(file: string): Labelled[] {
  return readFileSync(join(projectRoot, 'test/fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [affiliation = '', domain = '', id = '-', country = '-'] = line.split('\t');
      return { affiliation, domain, id: id === '-' ? null : id, country: country === '-' ? null : country };
    });
}
