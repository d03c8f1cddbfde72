// ICML 2026: the conference site's events give each paper's tier, ordered names and its set of
// institutions (per paper, not per author). The set travels with the paper (`institutionList`):
// linking checks every linked value against it, a single-institution set fills the paper's
// slots, and the `papers` method counts it (src/link/institutionSets.ts).
import type { EventPaper } from '../readers/eventsCsv.ts';
import type { Conference } from '../../domain/ids.ts';
import type { SourcePaper } from '../records/types.ts';

export function assembleEvents(conference: Conference, year: number, file: string, events: EventPaper[]): SourcePaper[] {
  return events.map((e) => ({
    conference,
    year,
    sourceId: e.eventId,
    title: e.title,
    status: e.status,
    track: 'main' as const,
    authors: e.authors.map((name) => ({ name, alignment: 'none' as const })),
    files: [file],
    ...(e.institutions.length > 0 ? { institutionList: e.institutions } : {}),
  }));
}
