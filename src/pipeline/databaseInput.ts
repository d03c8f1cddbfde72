// What writeDatabase.ts is given: the read and linked records and the resolver's answers,
// shared with the steps it runs (resolveSlots.ts, insertRecords.ts).
import type { Correction } from '../corrections/entry.ts';
import type { SourcePaper } from '../ingest/records/types.ts';
import type { Institution, Resolution } from '../normalize/types.ts';

export interface ConferenceYearInfo {
  conference: string;
  year: number;
  officialPapers: number;
  hasAffiliations: boolean;
  /** The year's sources are incomplete (data/conferences.json `provisional`). */
  provisional?: boolean;
}

export interface DatabaseInput {
  conferenceYears: ConferenceYearInfo[];
  papers: SourcePaper[];
  institutions: Institution[];
  /** Institution record for ids the resolver made up from reference tables (`ref:`). */
  lookupInstitution(id: string): Institution | undefined;
  resolve(affiliation: string | undefined, domain: string | undefined): Resolution;
  /** False for personal mail domains (gmail.com, qq.com ...), which are no evidence. */
  isInstitutionalDomain(domain: string): boolean;
  /** Paper-level institution sets, by `${conference}${year}:${sourceId}`. */
  institutionSets?: Map<string, string[]>;
  /** Editors' accepted corrections (data/corrections.json), applied over every other evidence. */
  corrections?: readonly Correction[];
  meta: Record<string, string>;
}
