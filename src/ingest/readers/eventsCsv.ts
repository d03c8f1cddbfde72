// Reader for a conference-site events CSV (`jm_icml2026_events.csv`): one `Poster` row per
// paper and an `Oral` row repeating each oral paper. `authors` is ordered ("; "); `institutions`
// is the paper's sorted, de-duplicated set of institution strings, NOT aligned to authors (a
// string may itself hold "; ", so the split is not exact: a piece that resolves to nothing stays unresolved).
import { parse } from 'csv-parse/sync';
import { cleanDisplay, normalizeTitle } from '../records/normalizeText.ts';
import type { Status } from '../../domain/ids.ts';
import { SourceError } from '../records/types.ts';

export interface EventPaper {
  eventId: string;
  title: string;
  status: Status;
  authors: string[];
  institutions: string[];
}

const split = (cell: string | undefined) => (cell ?? '').split('; ').map(cleanDisplay).filter(Boolean);

/** The papers: oral = the title has an `Oral` row; spotlight = `Accept (spotlight)`; the rest poster. */
export function readEventsCsv(text: string, file: string): EventPaper[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: false });
  } catch (err) {
    throw new SourceError(file, null, `invalid CSV: ${(err as Error).message}`);
  }
  const orals = new Set<string>();
  const posters: Array<{ row: Record<string, string>; where: string }> = [];
  rows.forEach((row, i) => {
    const where = `row ${i + 2}`;
    if (row.event_type === 'Oral') orals.add(normalizeTitle(row.title ?? ''));
    else if (row.event_type === 'Poster') posters.push({ row, where });
    else throw new SourceError(file, where, `unknown event_type "${row.event_type}"`);
  });
  return posters.map(({ row, where }) => {
    const title = cleanDisplay(row.title ?? '');
    if (!title || !row.event_id) throw new SourceError(file, where, 'missing "title" or "event_id"');
    const authors = split(row.authors);
    if (authors.length === 0) throw new SourceError(file, `${where} "${title}"`, 'no authors');
    const decision = (row.decision ?? '').trim();
    if (decision && !/^Accept \((regular|spotlight|poster)\)$/i.test(decision))
      throw new SourceError(file, `${where} "${title}"`, `unknown decision "${decision}"`);
    const status: Status = orals.has(normalizeTitle(title)) ? 'oral' : /spotlight/i.test(decision) ? 'spotlight' : 'poster';
    return { eventId: row.event_id, title, status, authors, institutions: split(row.institutions) };
  });
}
