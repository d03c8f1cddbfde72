// data/sources.json: the list of third-party files the build needs, with checksums.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../config.ts';

export interface SourceFile {
  file: string;
  url: string;
  sha256: string;
  bytes?: number;
  role: string;
  licence?: string | null;
  /** The file's shape: one reader each (src/ingest/readers/). */
  format?: SourceFormat;
  /** Its role; `profile_pairs` are id lookups only (never counted), `reference` files are never read by the build. */
  use?: SourceUse;
  /** A local file to use instead of the URL (for newsroom-supplied files). */
  localPath?: string;
}

export const SOURCE_FORMATS = [
  'paper_copilot_json',
  'openreview_authors_json',
  'openreview_authors_jsonl',
  'ivanov_txt',
  'dblp_jsonl',
  'accepted_csv',
  'author_ids_json',
  'profile_cache_json',
  'submissions_md',
  'tier_csv',
  'oral_session_md',
  'events_csv',
  'universities_json',
  'domain_country_csv',
  'org_country_csv',
  'country_aggregates_json',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

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

export function loadManifest(file = path.join(DATA_DIR, 'sources.json')): SourceFile[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { files?: SourceFile[] };
  if (!Array.isArray(parsed.files)) throw new Error(`${file}: expected an object with a "files" array`);
  for (const [i, f] of parsed.files.entries()) {
    if (!f.file || !/^[0-9a-f]{64}$/.test(f.sha256 ?? '') || !(f.url || f.localPath)) {
      throw new Error(`${file}: entry ${i} (${f.file ?? 'no name'}) needs "file", a 64-hex "sha256" and a "url" or "localPath"`);
    }
    if (!SOURCE_FORMATS.includes(f.format as SourceFormat) || !SOURCE_USES.includes(f.use as SourceUse)) {
      throw new Error(`${file}: entry ${i} (${f.file}) needs a "format" (${SOURCE_FORMATS.join(', ')}) and a "use" (${SOURCE_USES.join(', ')})`);
    }
  }
  return parsed.files;
}
