// NeurIPS 2025: a paper list with ordered names and nothing else (no affiliation, no tier,
// tracks mixed and not told apart): every paper has tier and track `unknown`, and its
// slots are filled, if at all, by linking.
import type { DblpPaper } from '../readers/dblp.ts';
import type { Conference } from '../../domain/ids.ts';
import { SourceError, type SourcePaper } from '../records/types.ts';
import { titleId, uniqueIds } from './titleId.ts';

export function assembleNameList(conference: Conference, year: number, list: { file: string; papers: DblpPaper[] }): SourcePaper[] {
  return uniqueIds(
    list.papers.map((d, i) => {
      if (d.authors.length === 0 || d.authors.includes(''))
        throw new SourceError(list.file, `line ${i + 1} "${d.title}"`, 'accepted paper has no complete author list');
      const forum = d.url ? /[?&]id=([A-Za-z0-9_-]+)$/.exec(d.url)?.[1] : undefined;
      return {
        conference,
        year,
        sourceId: forum ?? titleId(d.title),
        title: d.title,
        status: 'unknown' as const,
        track: 'unknown' as const,
        authors: d.authors.map((name) => ({ name, alignment: 'none' as const })),
        files: [list.file],
      };
    }),
  );
}
