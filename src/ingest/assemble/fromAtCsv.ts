// An accepted list with tiers (ICLR 2024's): names only, no per-author affiliations.
import type { AtPaper } from '../readers/atIclr2024.ts';
import type { Conference } from '../../domain/ids.ts';
import type { SourcePaper } from '../records/types.ts';
import { titleId, uniqueIds } from './titleId.ts';

export function assembleAtCsv(conference: Conference, year: number, file: string, rows: AtPaper[]): SourcePaper[] {
  return uniqueIds(
    rows.map((r) => ({
      conference,
      year,
      sourceId: titleId(r.title),
      title: r.title,
      status: r.status,
      track: 'main' as const,
      authors: r.authors.map((name) => ({ name, alignment: 'none' as const })),
      files: [file],
    })),
  );
}
