// NeurIPS 2024: pc rows carry conference-site ids, jy rows OpenReview ids (and include
// papers that were not accepted), so the join goes by the ordered list of author names.
// A pc paper that finds no jy record keeps its authors, without affiliations.
import { sameNameLoosely } from '../nameMatch.ts';
import { compactName } from '../normalizeText.ts';
import type { OrPaper } from '../readers/openReviewAuthors.ts';
import type { PcPaper } from '../readers/paperCopilot.ts';
import { SourceError, type Conference, type SourceAuthor, type SourcePaper } from '../types.ts';

export interface NameJoinResult {
  papers: SourcePaper[];
  matched: number;
  unmatched: number;
}

export function authorListKey(names: string[]): string {
  return names.map(compactName).join('|');
}

type Pool = Map<string, OrPaper[]>;

/**
 * Second pass for lists that differ in spelling (middle names, nicknames, initials) or
 * in the order of a few names: the unused jy record with as many authors whose names
 * all match position by position, or whose sorted names are identical. Taken only when
 * exactly one distinct author list qualifies. `bySize` holds the pool keys per list length.
 */
function looseMatch(names: string[], pool: Pool, bySize: Map<number, string[]>): OrPaper | undefined {
  if (names.length === 0 || names.some((n) => n === '')) return undefined;
  const sorted = [...names.map(compactName)].sort().join('|');
  const keys = (bySize.get(names.length) ?? []).filter((key) => {
    const recs = pool.get(key);
    if (!recs || recs.length === 0) return false;
    // The key is the record's compact names joined by `|`: no need to re-normalise.
    if (key.split('|').sort().join('|') === sorted) return true;
    return recs[0].authors.every((a, i) => sameNameLoosely(a.name, names[i]));
  });
  return keys.length === 1 ? pool.get(keys[0])?.shift() : undefined;
}

const evidenceCount = (r: OrPaper) => r.authors.filter((a) => a.evidence).length;

export function assemblePcByAuthorNames(
  conference: Conference,
  year: number,
  pc: { file: string; papers: PcPaper[] },
  jy: { file: string; papers: OrPaper[] },
): NameJoinResult {
  // Several jy records can share an author list (the same team's other submission):
  // each is used once. Their affiliations come from the same people's profiles.
  const pool: Pool = new Map();
  const bySize = new Map<number, string[]>();
  for (const r of jy.papers) {
    if (r.authors.length === 0) continue;
    const key = authorListKey(r.authors.map((a) => a.name));
    const recs = pool.get(key);
    if (recs) recs.push(r);
    else {
      pool.set(key, [r]);
      bySize.set(r.authors.length, [...(bySize.get(r.authors.length) ?? []), key]);
    }
  }
  // Among records with one author list, use the best-documented first (some records
  // were scraped without any profile).
  for (const recs of pool.values()) recs.sort((a, b) => evidenceCount(b) - evidenceCount(a));
  let matched = 0;
  const seen = new Set<string>();
  const papers: SourcePaper[] = [];
  for (const p of pc.papers) {
    if (!p.status) continue;
    if (seen.has(p.id)) throw new SourceError(pc.file, p.id, 'the same paper id appears twice');
    seen.add(p.id);
    const hit = pool.get(authorListKey(p.authors))?.shift() ?? looseMatch(p.authors, pool, bySize);
    let authors: SourceAuthor[];
    if (hit) {
      matched++;
      authors = hit.authors;
    } else {
      if (p.authors.length === 0 || p.authors.some((n) => n === '')) {
        throw new SourceError(pc.file, p.id, 'accepted paper has no complete author list');
      }
      authors = p.authors.map((name) => ({ name, alignment: 'none' }));
    }
    const files = hit ? [pc.file, jy.file] : [pc.file];
    papers.push({ conference, year, sourceId: p.id, title: p.title, status: p.status, track: p.track, authors, files });
  }
  return { papers, matched, unmatched: papers.length - matched };
}
