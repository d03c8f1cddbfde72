// Reader for `at_iclr2024_accepted.csv`: accepted ICLR 2024 papers with their tier.
// The `authors` cell is a Python list printed without brackets:
// `'Kevin Yang', 'Dan Klein'`; names holding an apostrophe lost their double quotes
// on the way (`'Riad Akrour', Carlo D'Eramo`), so both forms must be read.
import { parse } from 'csv-parse/sync';
import { cleanDisplay } from '../records/normalizeText.ts';
import { normaliseStatus } from './sourceStatus.ts';
import { SourceError } from '../records/types.ts';
import type { Status } from '../../domain/ids.ts';

export interface AtPaper {
  title: string;
  status: Status;
  authors: string[];
}

/** Reads the Python-list string; returns null when it does not follow the grammar. */
export function parsePythonNameList(cell: string): string[] | null {
  const names: string[] = [];
  let rest = cell.trim().replace(/^\[/, '').replace(/\]$/, '').trim();
  while (rest.length > 0) {
    let m = /^'([^']*)'\s*(?:,\s*|$)/.exec(rest) ?? /^"([^"]*)"\s*(?:,\s*|$)/.exec(rest);
    // A bare item runs up to the next `, '` / `, "` or the end.
    m ??= /^([^'",][^,]*?)\s*(?:,\s*(?=['"])|,\s*$|$)/.exec(rest);
    if (!m || m[0].length === 0) return null;
    names.push(cleanDisplay(m[1]));
    rest = rest.slice(m[0].length);
  }
  return names.every((n) => n.length > 0) ? names : null;
}

export function readAtIclr2024(text: string, file: string): AtPaper[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: false });
  } catch (err) {
    throw new SourceError(file, null, `invalid CSV: ${(err as Error).message}`);
  }
  return rows.map((row, i) => {
    const where = `row ${i + 2}`; // header is row 1
    const title = cleanDisplay(row.title ?? '');
    if (!title) throw new SourceError(file, where, 'missing title');
    const status = normaliseStatus(row.class ?? '');
    if (!status) throw new SourceError(file, `${where} "${title}"`, `unexpected class "${row.class}"`);
    const authors = parsePythonNameList(row.authors ?? '');
    if (!authors || authors.length === 0) {
      throw new SourceError(file, `${where} "${title}"`, `unreadable authors "${row.authors}"`);
    }
    return { title, status, authors };
  });
}
