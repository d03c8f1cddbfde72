// Reader for a submissions CSV used for the tier only (`wh_iclr2025_papers.csv`: `Title,
// Authors, Affiliations, Decision`). Its authors are not in paper order and its affiliations
// are a per-paper set from each profile's latest entry, so only title → tier is read.
import { parse } from 'csv-parse/sync';
import { cleanDisplay, normalizeTitle } from '../records/normalizeText.ts';
import type { Status } from '../../domain/ids.ts';
import { SourceError } from '../records/types.ts';

/** `ICLR 2025 Oral` → oral; `Submitted to ...`, `... Withdrawn Submission`, `... Desk Rejected Submission` → not accepted. */
function decisionTier(decision: string): Status | null | undefined {
  const m = /^[A-Za-z]+ \d{4} (Oral|Spotlight|Poster)$/.exec(decision.trim());
  if (m) return m[1].toLowerCase() as Status;
  if (/^Submitted to /.test(decision) || /(Withdrawn|Desk Rejected|Rejected) Submission$/.test(decision)) return null;
  return undefined;
}

/** Normalised title → tier of the accepted rows; a title accepted twice under different tiers is left out. */
export function readTierCsv(text: string, file: string): Map<string, Status> {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: false });
  } catch (err) {
    throw new SourceError(file, null, `invalid CSV: ${(err as Error).message}`);
  }
  const out = new Map<string, Status>();
  const clash = new Set<string>();
  rows.forEach((row, i) => {
    const where = `row ${i + 2}`;
    const title = cleanDisplay(row.Title ?? '');
    if (!title) throw new SourceError(file, where, 'missing "Title"');
    const tier = decisionTier(row.Decision ?? '');
    if (tier === undefined) throw new SourceError(file, `${where} "${title}"`, `unknown decision "${row.Decision}"`);
    if (!tier) return;
    const key = normalizeTitle(title);
    if (out.has(key) && out.get(key) !== tier) clash.add(key);
    out.set(key, tier);
  });
  for (const key of clash) out.delete(key);
  return out;
}
