// The one table of source readers: a `format` in data/sources.json names its reader here. A
// reader turns a file's text into records of one kind; assembly (assembleConferenceYear.ts)
// combines them by the kind and by each entry's role, never by file name or position. A new
// format is one reader whose records are of an existing kind (the plain `papers` kind fits any
// paper list), registered here, plus its data entries.
import type { Status } from '../../domain/ids.ts';
import type { SourceAuthor, SourcePaper } from '../records/types.ts';
import { readAtIclr2024, type AtPaper } from './atIclr2024.ts';
import { readCxIclr2024AuthorIds, type CxAuthorIds } from './cxIclr2024AuthorIds.ts';
import { readDblp, type DblpPaper } from './dblp.ts';
import { readEventsCsv, type EventPaper } from './eventsCsv.ts';
import { readIvanov, type IvanovPaper } from './ivanov.ts';
import { readOpenReviewAuthorLines, readOpenReviewAuthors, type OrPaper } from './openReviewAuthors.ts';
import { readOralSession } from './oralSessions.ts';
import { readPaperCopilot, type PcPaper } from './paperCopilot.ts';
import { readTierCsv } from './tierCsv.ts';

/** A paper of a plain list: the contract's paper without its conference-year and files (assembly adds them). */
export type ListedPaper = Omit<SourcePaper, 'conference' | 'year' | 'files'> & { authors: SourceAuthor[] };

/** What a file holds, by kind of record. */
export type SourceRecords =
  | { kind: 'papers'; papers: ListedPaper[] } // any paper list in the contract's terms
  | { kind: 'site_papers'; papers: IvanovPaper[] } // titles with printed per-author affiliations
  | { kind: 'paper_rows'; papers: PcPaper[] } // rows with an id, decision, track and names
  | { kind: 'accepted_rows'; papers: AtPaper[] } // accepted titles with tier and names
  | { kind: 'profile_papers'; papers: OrPaper[] } // per-author profile records by paper id
  | { kind: 'name_list'; papers: DblpPaper[] } // titles with ordered names (and a url)
  | { kind: 'author_ids'; records: CxAuthorIds[] } // titles with ordered OpenReview ids
  | { kind: 'tier_by_title'; tiers: Map<string, Status> } // normalised title → tier
  | { kind: 'orals_by_site_id'; ids: string[] } // conference-site ids of oral papers
  | { kind: 'events'; papers: EventPaper[] }; // site events: tier, names, per-paper institution set

export type RecordKind = SourceRecords['kind'];

export interface SourceReader {
  format: string;
  read(text: string, file: string): SourceRecords;
}

const READERS = new Map<string, SourceReader>();

/** Adds a reader to the table; a format has one reader. */
export function registerReader(reader: SourceReader): void {
  if (READERS.has(reader.format)) throw new Error(`a reader for format "${reader.format}" is already registered`);
  READERS.set(reader.format, reader);
}

/** The reader for `format`; an unknown format fails naming the file and the formats known. */
export function readerFor(format: string | undefined, file: string): SourceReader {
  const reader = format ? READERS.get(format) : undefined;
  if (!reader) throw new Error(`${file}: no reader for format ${JSON.stringify(format)} (data/sources.json; readers: ${[...READERS.keys()].join(', ')})`);
  return reader;
}

for (const reader of [
  { format: 'paper_copilot_json', read: (text, file) => ({ kind: 'paper_rows', papers: readPaperCopilot(text, file) }) },
  { format: 'openreview_authors_json', read: (text, file) => ({ kind: 'profile_papers', papers: readOpenReviewAuthors(text, file) }) },
  { format: 'openreview_authors_jsonl', read: (text, file) => ({ kind: 'profile_papers', papers: readOpenReviewAuthorLines(text, file) }) },
  { format: 'ivanov_txt', read: (text, file) => ({ kind: 'site_papers', papers: readIvanov(text, file) }) },
  { format: 'dblp_jsonl', read: (text, file) => ({ kind: 'name_list', papers: readDblp(text, file) }) },
  { format: 'accepted_csv', read: (text, file) => ({ kind: 'accepted_rows', papers: readAtIclr2024(text, file) }) },
  { format: 'author_ids_json', read: (text, file) => ({ kind: 'author_ids', records: readCxIclr2024AuthorIds(text, file) }) },
  { format: 'tier_csv', read: (text, file) => ({ kind: 'tier_by_title', tiers: readTierCsv(text, file) }) },
  { format: 'oral_session_md', read: (text, file) => ({ kind: 'orals_by_site_id', ids: readOralSession(text, file) }) },
  { format: 'events_csv', read: (text, file) => ({ kind: 'events', papers: readEventsCsv(text, file) }) },
] satisfies SourceReader[]) {
  registerReader(reader);
}
