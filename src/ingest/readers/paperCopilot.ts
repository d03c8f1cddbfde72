// Reader for Paper Copilot `pc_*.json`: paper id, title, decision, track and author names.
// The pc `aff` field is deliberately ignored: it is misaligned with the author list.
import { cleanDisplay, splitEntityAware } from '../records/normalizeText.ts';
import { normaliseStatus, normaliseTrack } from './sourceStatus.ts';
import { SourceError } from '../records/types.ts';
import { optionalString, parseJsonArray, requiredString, type JsonRecord } from './jsonInput.ts';
import type { Status, Track } from '../../domain/ids.ts';

export interface PcPaper {
  id: string;
  title: string;
  /** Normalised tier; null when the decision is not an acceptance. */
  status: Status | null;
  track: Track;
  /** Display names; empty when the file omits them (pc_iclr2022/2023 often do); '' for a lost name. */
  authors: string[];
  /** The conference-site page (`https://icml.cc/virtual/2025/poster/45315`), when given. */
  site?: string;
}

/** True when the author field uses `;` as separator (a `;` that is not the end of an entity). */
function usesSemicolons(field: string): boolean {
  return splitEntityAware(field, ';').length > 1;
}

function authorField(rec: JsonRecord, file: string, record: string): string {
  const value = optionalString(rec, 'author', file, record) ?? optionalString(rec, 'authors', file, record);
  if (value === undefined) throw new SourceError(file, record, 'no "author" or "authors" field');
  return value;
}

export function readPaperCopilot(text: string, file: string): PcPaper[] {
  const records = parseJsonArray(text, file);
  const raw = records.map((rec, i) => {
    const where = typeof rec.id === 'string' && rec.id ? rec.id : `#${i + 1}`;
    return { rec, where, authors: authorField(rec, file, where) };
  });
  // The separator is a property of the file: `;` files never use `, ` between names,
  // and in `, ` files a name may itself hold a comma, so decide once per file.
  const separator = raw.some((r) => usesSemicolons(r.authors)) ? ';' : ', ';
  return raw.map(({ rec, where, authors }) => {
    const id = requiredString(rec, 'id', file, where);
    const title = cleanDisplay(requiredString(rec, 'title', file, where));
    const rawStatus = requiredString(rec, 'status', file, where);
    const status = normaliseStatus(rawStatus);
    if (status === undefined) throw new SourceError(file, where, `unknown status "${rawStatus}"`);
    const rawTrack = optionalString(rec, 'track', file, where);
    const track = normaliseTrack(rawTrack);
    if (!track) throw new SourceError(file, where, `unknown track "${rawTrack}"`);
    // A blank item (`A,  , B`) is an author whose name the source lost: it stays as ''
    // so that callers can see the list is incomplete rather than silently shorter.
    const names = authors.trim() === '' ? [] : splitNames(authors, separator);
    const site = optionalString(rec, 'site', file, where);
    return { id, title, status, track, authors: names, ...(site ? { site } : {}) };
  });
}

function splitNames(field: string, separator: string): string[] {
  const parts = separator === ';' ? splitEntityAware(field, ';') : field.split(separator);
  return parts.map(cleanDisplay);
}
