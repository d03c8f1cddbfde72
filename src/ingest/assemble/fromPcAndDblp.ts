// ICML 2021/2022: Paper Copilot gives titles, tiers and `, `-separated names (no
// affiliations anywhere). Its lists have defects (lost names, a repeated name, a stray
// `·`), so where DBLP has the same title exactly once and a different author count,
// DBLP's unambiguous `; `-separated list wins.
import { normalizeTitle } from '../records/normalizeText.ts';
import type { DblpPaper } from '../readers/dblp.ts';
import type { PcPaper } from '../readers/paperCopilot.ts';
import { SourceError, type SourcePaper } from '../records/types.ts';
import type { Conference } from '../../domain/ids.ts';

export interface DblpCheckResult {
  papers: SourcePaper[];
  /** Papers whose author list was taken from DBLP. */
  replaced: number;
  /** Papers with no unique DBLP title match (pc list kept). */
  unchecked: number;
}

export function assemblePcWithDblp(
  conference: Conference,
  year: number,
  pc: { file: string; papers: PcPaper[] },
  dblp: { file: string; papers: DblpPaper[] },
): DblpCheckResult {
  const titles = new Map<string, DblpPaper[]>();
  for (const d of dblp.papers) {
    const k = normalizeTitle(d.title);
    titles.set(k, [...(titles.get(k) ?? []), d]);
  }
  let replaced = 0;
  let unchecked = 0;
  const seen = new Set<string>();
  const papers: SourcePaper[] = [];
  for (const p of pc.papers) {
    if (!p.status) continue;
    if (seen.has(p.id)) throw new SourceError(pc.file, p.id, 'the same paper id appears twice');
    seen.add(p.id);
    const hits = titles.get(normalizeTitle(p.title));
    let names = p.authors;
    const files = [pc.file];
    if (hits?.length !== 1) unchecked++;
    else if (hits[0].authors.length !== names.length || names.some((n) => n === '')) {
      names = hits[0].authors;
      files.push(dblp.file);
      replaced++;
    }
    if (names.length === 0 || names.some((n) => n === '')) {
      throw new SourceError(pc.file, p.id, 'accepted paper has no complete author list');
    }
    const authors = names.map((name) => ({ name, alignment: 'none' as const }));
    papers.push({ conference, year, sourceId: p.id, title: p.title, status: p.status, track: p.track, authors, files });
  }
  return { papers, replaced, unchecked };
}
