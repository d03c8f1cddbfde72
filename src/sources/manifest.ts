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
  /** `profile_pairs`: another venue's per-author profiles, read only to look ids up (never counted). */
  use?: 'profile_pairs';
  /** A local file to use instead of the URL (for newsroom-supplied files). */
  localPath?: string;
}

export function loadManifest(file = path.join(DATA_DIR, 'sources.json')): SourceFile[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { files?: SourceFile[] };
  if (!Array.isArray(parsed.files)) throw new Error(`${file}: expected an object with a "files" array`);
  for (const [i, f] of parsed.files.entries()) {
    if (!f.file || !/^[0-9a-f]{64}$/.test(f.sha256 ?? '') || !(f.url || f.localPath)) {
      throw new Error(`${file}: entry ${i} (${f.file ?? 'no name'}) needs "file", a 64-hex "sha256" and a "url" or "localPath"`);
    }
  }
  return parsed.files;
}
