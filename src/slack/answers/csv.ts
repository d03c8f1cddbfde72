// The whole table behind a (paged) answer, for the "CSV" button. The file itself is
// written by the shared src/render/csv.ts, so Slack and the terminal export the same bytes.
import type { Asker } from '../../query/asker.ts';
import { isParseError, type Answer } from '../../query/model/types.ts';
import type { Cell } from '../../domain/table.ts';

export class SnapshotChangedError extends Error {}

/** Safety stop for a misbehaving core; far above any real ranking. */
const MAX_ROWS = 100_000;

/**
 * Ask page after page until every row of the answer is in hand, so the CSV is the whole
 * table and not only the page on screen. All pages must come from one data snapshot.
 */
export function collectAllRows(asker: Asker, question: string): Answer {
  const first = asker.ask(question);
  if (isParseError(first)) throw new Error(`question no longer parses: ${first.message}`);
  const rows: Cell[][] = first.offset === 0 ? [...first.rows] : [];
  while (rows.length < first.totalRows && rows.length < MAX_ROWS) {
    const page = asker.ask(question, { offset: rows.length });
    if (isParseError(page)) throw new Error(`question no longer parses: ${page.message}`);
    if (page.meta.snapshot !== first.meta.snapshot) throw new SnapshotChangedError('data snapshot changed while paging');
    const fresh = page.rows.slice(Math.max(0, rows.length - page.offset));
    if (page.offset > rows.length || fresh.length === 0) break; // no progress: stop rather than loop
    rows.push(...fresh);
  }
  // A CSV that silently misses rows is worse than none.
  if (rows.length < first.totalRows) throw new Error(`core returned ${rows.length} of ${first.totalRows} rows`);
  return { ...first, rows, offset: 0, totalRows: rows.length };
}
