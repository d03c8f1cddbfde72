// ICLR 2025 and 2026: the author-ids file (cx) lists every accepted paper with its ORDERED
// OpenReview author ids, so it is the paper list and each slot's person is exact. A name list
// (dblp) joined by forum id, then by unique title, gives the printed names (and the camera-ready
// title) where it has as many authors; otherwise a slot is named from its id. A tier file joins by
// title; a paper it does not list, or a year without one, has tier `unknown`.
import { normalizeTitle, profileIdToName } from '../records/normalizeText.ts';
import type { CxAuthorIds } from '../readers/cxIclr2024AuthorIds.ts';
import type { DblpPaper } from '../readers/dblp.ts';
import type { Conference, Status } from '../../domain/ids.ts';
import type { SourcePaper } from '../records/types.ts';
import { withId } from './iclrAuthorIds.ts';
import { uniqueIndex } from './uniqueIndex.ts';

const forumOf = (url: string | undefined) => (url ? /[?&]id=([A-Za-z0-9_-]+)$/.exec(url)?.[1] : undefined);

export function assembleFromAuthorIds(
  conference: Conference,
  year: number,
  ids: { file: string; records: CxAuthorIds[] },
  names?: { file: string; papers: DblpPaper[] },
  tiers?: { file: string; byTitle: Map<string, Status> },
): { papers: SourcePaper[]; notes: string[] } {
  const dblp = names?.papers ?? [];
  const byForum = uniqueIndex(dblp, (d) => forumOf(d.url) ?? '');
  const byTitle = uniqueIndex(dblp, (d) => normalizeTitle(d.title));
  let byForumHits = 0;
  let byTitleHits = 0;
  let named = 0;
  let tiered = 0;
  const seen = new Set<string>();
  const papers: SourcePaper[] = [];
  for (const r of ids.records) {
    if (seen.has(r.forumId)) continue;
    seen.add(r.forumId);
    let k = byForum.get(r.forumId);
    if (k !== undefined) byForumHits++;
    else if ((k = byTitle.get(normalizeTitle(r.title))) !== undefined) byTitleHits++;
    const d = k === undefined ? undefined : dblp[k];
    const printed = d && d.authors.length === r.authorIds.length && !d.authors.includes('') ? d.authors : undefined;
    if (printed) named++;
    const title = d?.title ?? r.title;
    const status = tiers?.byTitle.get(normalizeTitle(title)) ?? tiers?.byTitle.get(normalizeTitle(r.title));
    if (status) tiered++;
    papers.push({
      conference,
      year,
      sourceId: r.forumId,
      title,
      status: status ?? 'unknown',
      track: 'main',
      authors: r.authorIds.map((id, i) => withId({ name: printed?.[i] ?? profileIdToName(id) ?? id, alignment: 'none' }, id)),
      files: [ids.file, ...(d && names ? [names.file] : []), ...(status && tiers ? [tiers.file] : [])],
    });
  }
  const notes = [
    `${papers.length} papers from ${ids.file}` +
      (names
        ? `; ${byForumHits + byTitleHits} joined to ${names.file} (${byForumHits} by forum id, ${byTitleHits} by title), ${named} with its printed names`
        : '') +
      (tiers ? `; ${tiered} with a tier from ${tiers.file}, ${papers.length - tiered} tier unknown` : '; no tier source'),
  ];
  return { papers, notes };
}
