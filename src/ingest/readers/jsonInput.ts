// JSON and JSON-lines parsing that reports failures as SourceError with file and place.
import { SourceError } from '../records/types.ts';

export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown, file: string, record: string): JsonRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SourceError(file, record, 'expected a JSON object');
  }
  return value as JsonRecord;
}

function parseWhole(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SourceError(file, null, `invalid JSON (truncated?): ${(err as Error).message}`);
  }
}

/** A file holding one JSON object whose `key` is what `kind` says (an array or an object). */
export function parseJsonMember(text: string, file: string, key: string, kind: 'array' | 'object'): unknown {
  const member = (parseWhole(text, file) as Record<string, unknown> | null)?.[key];
  const ok = kind === 'array' ? Array.isArray(member) : member !== null && typeof member === 'object' && !Array.isArray(member);
  if (!ok) throw new SourceError(file, null, `expected an object with a "${key}" ${kind}`);
  return member;
}

/** A file holding one JSON array of objects. */
export function parseJsonArray(text: string, file: string): JsonRecord[] {
  const value = parseWhole(text, file);
  if (!Array.isArray(value)) throw new SourceError(file, null, 'expected a JSON array');
  return value.map((v, i) => asRecord(v, file, `#${i + 1}`));
}

/** A JSON-lines file; blank lines are skipped, a bad line is reported by its number. */
export function parseJsonLines(text: string, file: string): JsonRecord[] {
  const out: JsonRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new SourceError(file, `line ${i + 1}`, `invalid JSON (truncated?): ${(err as Error).message}`);
    }
    out.push(asRecord(value, file, `line ${i + 1}`));
  }
  return out;
}

/** A string field; `undefined` when absent or null, error when another type. */
export function optionalString(rec: JsonRecord, key: string, file: string, record: string): string | undefined {
  const v = rec[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new SourceError(file, record, `field "${key}" is not a string`);
  return v;
}

/** A string field that must be present and non-empty. */
export function requiredString(rec: JsonRecord, key: string, file: string, record: string): string {
  const v = optionalString(rec, key, file, record);
  if (v === undefined || v.trim() === '') throw new SourceError(file, record, `missing "${key}"`);
  return v;
}
