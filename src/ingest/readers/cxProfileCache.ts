// Reader for `cx_profile_cache.json`: `{ profiles: { "<year>:<author id>": { status,
// affiliation, ... } } }`, the OpenReview profile history entry active in that year.
import { SourceError } from '../types.ts';
import { optionalString, requiredString, type JsonRecord } from './jsonInput.ts';

export interface CxProfileEntry {
  year: number;
  authorId: string;
  /** Present only for status `ok` with a non-empty affiliation. */
  affiliation?: string;
  status: 'ok' | 'no_affiliation' | 'unsupported_authorid';
}

const STATUSES = new Set<CxProfileEntry['status']>(['ok', 'no_affiliation', 'unsupported_authorid']);

export function readCxProfileCache(text: string, file: string): CxProfileEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new SourceError(file, null, `invalid JSON (truncated?): ${(err as Error).message}`);
  }
  const profiles = (value as { profiles?: unknown } | null)?.profiles;
  if (profiles === null || typeof profiles !== 'object' || Array.isArray(profiles)) {
    throw new SourceError(file, null, 'expected an object with a "profiles" object');
  }
  return Object.entries(profiles as Record<string, unknown>).map(([key, raw]) => {
    const m = /^(\d{4}):(\S+)$/.exec(key);
    if (!m) throw new SourceError(file, key, 'key is not "<year>:<author id>"');
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new SourceError(file, key, 'expected a JSON object');
    const rec = raw as JsonRecord;
    const status = requiredString(rec, 'status', file, key) as CxProfileEntry['status'];
    if (!STATUSES.has(status)) throw new SourceError(file, key, `unknown status "${status}"`);
    const affiliation = optionalString(rec, 'affiliation', file, key)?.trim();
    const entry: CxProfileEntry = { year: Number(m[1]), authorId: m[2], status };
    if (status === 'ok' && affiliation) entry.affiliation = affiliation;
    return entry;
  });
}
