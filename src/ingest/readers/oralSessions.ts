// Reader for an oral-session Markdown page (`dr_icml2025_orals/*.md`): one table row per
// oral, `| [Title](https://icml.cc/virtual/2025/poster/<id>) | ...`, and a badge
// `Section%20Papers-N` giving the number of rows, which is checked.
import { SourceError } from '../records/types.ts';

/** The conference-site poster ids of the page's orals. */
export function readOralSession(text: string, file: string): string[] {
  const ids = [...text.matchAll(/^\|\s*\[[^\]]*\]\(https?:\/\/[^)]*\/poster\/(\d+)\)/gm)].map((m) => m[1]);
  const badge = /Section%20Papers-(\d+)/.exec(text);
  if (!badge) throw new SourceError(file, null, 'no "Section Papers" badge: not an oral-session page');
  if (Number(badge[1]) !== ids.length) throw new SourceError(file, null, `the badge says ${badge[1]} papers, the table has ${ids.length} rows`);
  return ids;
}
