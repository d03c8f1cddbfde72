// NeurIPS/ICML 2020: the site text gives papers and per-author affiliations; NeurIPS
// tiers come from Paper Copilot. Titles changed between the site and the proceedings
// for about a tenth of the papers, so the join tries, in order: normalised title,
// ordered author names, then a unique row sharing most of the title or authors.
import { compactName, normalizeTitle } from '../records/normalizeText.ts';
import type { IvanovPaper } from '../readers/ivanov.ts';
import type { PcPaper } from '../readers/paperCopilot.ts';
import type { SourceAuthor, SourcePaper } from '../records/types.ts';
import { titleId, uniqueIds } from './titleId.ts';
import type { Conference, Status } from '../../domain/ids.ts';

export interface IvanovAssembly {
  papers: SourcePaper[];
  /** Site titles that found no tier in pc (kept, as `poster`, the most common tier). */
  unmatchedStatus: string[];
}

function authorKey(names: string[]): string {
  return names.map(compactName).join('|');
}

/** Share of the smaller set found in the larger one. */
function overlap(a: string[], b: string[]): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return 0;
  const set = new Set(large);
  return small.filter((x) => set.has(x)).length / small.length;
}

/** Index key → rows; a key is used only when it points to exactly one row. */
function index(papers: PcPaper[], key: (p: PcPaper) => string): Map<string, PcPaper[]> {
  const m = new Map<string, PcPaper[]>();
  for (const p of papers) m.set(key(p), [...(m.get(key(p)) ?? []), p]);
  return m;
}

interface Keyed {
  paper: PcPaper;
  titleWords: string[];
  authorKeys: string[];
}

function findTier(p: IvanovPaper, pc: Keyed[], byTitle: Map<string, PcPaper[]>, byAuthors: Map<string, PcPaper[]>): PcPaper | undefined {
  const names = p.authors.map((a) => a.name);
  for (const hits of [byTitle.get(normalizeTitle(p.title)), byAuthors.get(authorKey(names))]) {
    if (hits?.length === 1) return hits[0];
  }
  const first = compactName(names[0] ?? '');
  const titleWords = normalizeTitle(p.title).split(' ');
  const authorKeys = names.map(compactName);
  const candidates = pc.filter((q) => {
    const titles = overlap(titleWords, q.titleWords);
    const people = overlap(authorKeys, q.authorKeys);
    const sameFirst = (q.authorKeys[0] ?? '') === first;
    return (sameFirst && (titles >= 0.6 || people >= 0.8)) || (titles >= 0.6 && people >= 0.5);
  });
  return candidates.length === 1 ? candidates[0].paper : undefined;
}

export function assembleIvanov(
  conference: Conference,
  year: number,
  site: IvanovPaper[],
  siteFile: string,
  status?: { papers: PcPaper[]; file: string },
): IvanovAssembly {
  const pc = status?.papers ?? [];
  const byTitle = index(pc, (q) => normalizeTitle(q.title));
  const byAuthors = index(pc, (q) => authorKey(q.authors));
  const keyed = pc.map((paper) => ({ paper, titleWords: normalizeTitle(paper.title).split(' '), authorKeys: paper.authors.map(compactName) }));
  const unmatchedStatus: string[] = [];
  const papers = site.map((p): SourcePaper => {
    let tier: Status = 'poster';
    const files = [siteFile];
    if (status) {
      const found = findTier(p, keyed, byTitle, byAuthors);
      if (found?.status) {
        tier = found.status;
        files.push(status.file);
      } else unmatchedStatus.push(p.title);
    }
    // The affiliation is printed next to its name, so no alignment step (alignment unset).
    const authors = p.authors.map((a): SourceAuthor => (a.affiliation ? { name: a.name, affiliation: a.affiliation, evidence: 'site' } : { name: a.name }));
    return { conference, year, sourceId: titleId(p.title), title: p.title, status: tier, track: 'main', authors, files };
  });
  return { papers: uniqueIds(papers), unmatchedStatus };
}
