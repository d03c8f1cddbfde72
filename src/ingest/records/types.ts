// The contract between the source readers and the build: every reader turns one
// third-party format into these plain records, so the build never sees raw formats.
import type { Conference, Status, Track } from '../../domain/ids.ts';
import type { EvidenceSource } from '../../domain/evidence.ts';

/** An internship position (`Intern`, `Research Intern`; not `Internal ...`): see link/internRule.ts. */
export function isInternPosition(position: string | undefined): boolean {
  return Boolean(position && /\bintern\b/i.test(position));
}

/** How a per-author field was matched to the author in the paper's author list. */
export type Alignment = 'id' | 'name' | 'elimination' | 'position' | 'none';

export interface SourceAuthor {
  /** Display name, HTML entities decoded, whitespace collapsed. */
  name: string;
  /** OpenReview profile id such as `~Jane_Doe1`, when known. */
  openreviewId?: string;
  /** E-mail address when an author id is an e-mail. */
  email?: string;
  /** Raw affiliation string exactly as the source gives it (trimmed). */
  affiliation?: string;
  /** Institutional domain (from `aff_domain` or the e-mail), lower-case. */
  domain?: string;
  /** Where `affiliation`/`domain` came from; absent when neither is present. */
  evidence?: EvidenceSource;
  /** The profile's position at `affiliation` (`PhD student`, `Intern`), when the source gives one. */
  profilePosition?: string;
  /** How the affiliation was aligned to this author. */
  alignment?: Alignment;
  /** For linked evidence: how the person was identified and the value taken, in words ("same year"). */
  linkBasis?: string;
}

export interface SourcePaper {
  conference: Conference;
  year: number;
  /** Stable id within the conference-year (OpenReview id, site id, or a title hash). */
  sourceId: string;
  title: string;
  status: Status;
  track: Track;
  authors: SourceAuthor[];
  /** Source file names that contributed to this record. */
  files: string[];
  /** The paper's own set of institution names as its source lists them, not aligned to authors (ICML 2026). */
  institutionList?: string[];
}

/** A reader failure that names the file and, where known, the record. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly record: string | null,
    detail: string,
  ) {
    super(`${file}${record ? ` (record ${record})` : ''}: ${detail}`);
    this.name = 'SourceError';
  }
}
