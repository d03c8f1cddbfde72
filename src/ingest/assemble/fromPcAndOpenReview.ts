// Papers from Paper Copilot (accepted rows: title, tier, track) with authors and
// affiliations from the OpenReview per-author files, joined on the OpenReview id.
// The jy file comes first; pco (ICML 2023/2024, all submissions) fills a paper missing there.
import type { OrPaper } from '../readers/openReviewAuthors.ts';
import type { PcPaper } from '../readers/paperCopilot.ts';
import { SourceError, type SourceAuthor, type SourcePaper } from '../records/types.ts';
import type { Conference } from '../../domain/ids.ts';

export interface AuthorSource {
  file: string;
  papers: OrPaper[];
}

export interface PcJoinResult {
  papers: SourcePaper[];
  /** Accepted papers per author source that supplied them (the pc file = names only). */
  joinedFrom: Record<string, number>;
  /** Accepted pc rows with no record in any OpenReview file: dropped. */
  notOpenReview: string[];
}

/** Id → the first record with authors (or, failing that, the first record). */
function byId(source: AuthorSource): Map<string, OrPaper> {
  const m = new Map<string, OrPaper>();
  for (const p of source.papers) {
    const known = m.get(p.id);
    if (!known || (known.authors.length === 0 && p.authors.length > 0)) m.set(p.id, p);
  }
  return m;
}

export function assemblePcWithAuthors(
  conference: Conference,
  year: number,
  pc: { file: string; papers: PcPaper[] },
  authorSources: AuthorSource[],
): PcJoinResult {
  const indexes = authorSources.map((s) => ({ file: s.file, index: byId(s) }));
  const joinedFrom: Record<string, number> = {};
  const seen = new Set<string>();
  const notOpenReview: string[] = [];
  const papers: SourcePaper[] = [];
  for (const p of pc.papers) {
    if (!p.status) continue; // rejected, withdrawn, desk-rejected
    if (seen.has(p.id)) throw new SourceError(pc.file, p.id, 'the same paper id appears twice');
    seen.add(p.id);
    let authors: SourceAuthor[] | undefined;
    let from = pc.file;
    const records = indexes.map(({ file, index }) => ({ file, hit: index.get(p.id) }));
    if (records.every((r) => !r.hit)) {
      // Not an OpenReview submission at all, e.g. ICML 2023's journal-track posters
      // (site-only ids, no proceedings entry): not an accepted conference paper.
      notOpenReview.push(p.id);
      continue;
    }
    for (const { file, hit } of records) {
      if (hit && hit.authors.length > 0) {
        authors = hit.authors;
        from = file;
        break;
      }
    }
    if (!authors) {
      // No OpenReview record: keep the authorships, without affiliations.
      if (p.authors.length === 0 || p.authors.some((n) => n === '')) {
        throw new SourceError(pc.file, p.id, 'accepted paper has no complete author list in any source');
      }
      authors = p.authors.map((name) => ({ name, alignment: 'none' }));
    }
    joinedFrom[from] = (joinedFrom[from] ?? 0) + 1;
    const files = from === pc.file ? [pc.file] : [pc.file, from];
    papers.push({ conference, year, sourceId: p.id, title: p.title, status: p.status, track: p.track, authors, files });
  }
  return { papers, joinedFrom, notOpenReview };
}
