// data/sources.json: the list of third-party files the build needs, with checksums, formats and roles.
import { readFileSync } from 'node:fs';
import sourcesFile from '../../data/sources.json' with { type: 'json' };

export interface SourceFile {
  file: string;
  url: string;
  sha256: string;
  bytes?: number;
  role: string;
  licence?: string | null;
  /** The file's shape: one reader each (src/ingest/readers/registry.ts). */
  format?: SourceFormat;
  /** Its role; `profile_pairs` are id lookups only (never counted), `reference` files are never read by the build. */
  use?: SourceUse;
  /** Per-author affiliations that share no paper id with the paper list: joined to it by author names. */
  joinBy?: 'id' | 'author_names';
  /** A local file to use instead of the URL (for newsroom-supplied files). */
  localPath?: string;
}

/** A format names its reader (src/ingest/readers/registry.ts) or, for normalisation and reference tables, the code that reads it. */
export type SourceFormat = string;

export const SOURCE_USES = [
  'papers',
  'author_ids',
  'author_affiliations',
  'author_names',
  'tracks',
  'tier',
  'paper_institutions',
  'profile_pairs',
  'profile_cache',
  'normalisation',
  'reference',
] as const;
export type SourceUse = (typeof SOURCE_USES)[number];

/** The one file of data/sources.json with `use`, for a role one file plays (the profile cache, ICLR 2024's institution sets). */
export function fileWithUse(use: SourceUse): string {
  const found = loadManifest().filter((f) => f.use === use);
  if (found.length !== 1) throw new Error(`data/sources.json: expected one "${use}" entry, found ${found.length}`);
  return found[0].file;
}

/** The entries of `file`, or of data/sources.json; a faulty entry fails naming it. */
export function loadManifest(file?: string): SourceFile[] {
  const parsed = (file ? JSON.parse(readFileSync(file, 'utf8')) : sourcesFile) as { files?: SourceFile[] };
  file ??= 'data/sources.json';
  if (!Array.isArray(parsed.files)) throw new Error(`${file}: expected an object with a "files" array`);
  for (const [i, f] of parsed.files.entries()) {
    if (!f.file || !/^[0-9a-f]{64}$/.test(f.sha256 ?? '') || !(f.url || f.localPath)) {
      throw new Error(`${file}: entry ${i} (${f.file ?? 'no name'}) needs "file", a 64-hex "sha256" and a "url" or "localPath"`);
    }
    if (typeof f.format !== 'string' || !/^[a-z][a-z0-9_]*$/.test(f.format) || !SOURCE_USES.includes(f.use as SourceUse)) {
      throw new Error(`${file}: entry ${i} (${f.file}) needs a "format" (a lower-case word naming its reader) and a "use" (${SOURCE_USES.join(', ')})`);
    }
    if (f.joinBy !== undefined && f.joinBy !== 'id' && f.joinBy !== 'author_names') throw new Error(`${file}: entry ${i} (${f.file}): "joinBy" must be "id" or "author_names"`);
  }
  return parsed.files;
}
