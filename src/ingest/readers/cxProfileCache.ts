// Reader for `cx_profile_cache.json`: `{ profiles: { "<year>:<author id>": { status,
// affiliation, ... } } }`, the OpenReview profile history entry active in that year.
import { SourceError } from '../records/types.ts';
import { asRecord, optionalString, parseJsonMember, requiredString } from './jsonInput.ts';

export interface CxProfileEntry {
  year: number;
  authorId: string;
  /** Present only for status `ok` with a non-empty affiliation. */
  affiliation?: string;
  status: 'ok' | 'no_affiliation' | 'unsupported_authorid';
}

const STATUSES = new Set<CxProfileEntry['status']>(['ok', 'no_affiliation', 'unsupported_authorid']);

export function readCxProfileCache(text: string, file: string): CxProfileEntry[] {
  const profiles = parseJsonMember(text, file, 'profiles', 'object') as Record<string, unknown>;
  return Object.entries(profiles).map(([key, raw]) => {
    const m = /^(\d{4}):(\S+)$/.exec(key);
    if (!m) throw new SourceError(file, key, 'key is not "<year>:<author id>"');
    const rec = asRecord(raw, file, key);
    const status = requiredString(rec, 'status', file, key) as CxProfileEntry['status'];
    if (!STATUSES.has(status)) throw new SourceError(file, key, `unknown status "${status}"`);
    const affiliation = optionalString(rec, 'affiliation', file, key)?.trim();
    const entry: CxProfileEntry = { year: Number(m[1]), authorId: m[2], status };
    if (status === 'ok' && affiliation) entry.affiliation = affiliation;
    return entry;
  });
}
