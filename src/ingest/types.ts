// The contract between the source readers and the build: every reader turns one
// third-party format into these plain records, so the build never sees raw formats.

import type { Conference, Status, Track } from './venueIds.ts';
import { VENUES, venueYears } from './venues.ts';

// Conferences, tracks and tiers are data (data/conferences.json); their id unions are generated
// from it. Status: accepted tiers, normalised across the sources' vocabularies (Talk/Top-5% → oral, ...).
// Track `unknown`: no source says which track (NeurIPS 2024 papers outside the DBLP proceedings list).
export type { Conference, Status, Track };
export const CONFERENCES: readonly Conference[] = VENUES.conferences.map((c) => c.id as Conference);
export const YEARS: readonly number[] = venueYears();

/** Where a raw affiliation string or domain came from. */
export type EvidenceSource =
  | 'site' // printed on the conference site / paper at the time (2020 text files)
  | 'profile' // the author's own OpenReview profile record attached to this paper
  | 'id_profile' // the paper's own author id, its profile entry active in the paper's year (cx_profile_cache)
  | 'linked_id' // another record of the same OpenReview id (issue 6)
  | 'linked_name' // a unique exact name elsewhere (issue 6)
  | 'paper_set' // the paper's institution set when it has exactly one institution (issue 6)
  | 'set_intersection' // the one institution on every submission under the author's name (ICLR 2024)
  | 'intern_home'; // an intern slot given the same person's nearest non-intern affiliation (see link/internRule.ts)

/**
 * Evidence kinds that come from linking rather than from the paper's own record (`exact` leaves
 * them out). `id_profile` is here too: the person is certain, but the value is not on the paper's record.
 */
export const LINKED_EVIDENCE = ['id_profile', 'linked_id', 'linked_name', 'paper_set', 'set_intersection', 'intern_home'] as const satisfies readonly EvidenceSource[];
const LINKED_KINDS: ReadonlySet<string> = new Set(LINKED_EVIDENCE);

/** True for a linked evidence kind (false for none): the check outside SQL; db/linkedEvidence.ts is the one in SQL. */
export function isLinkedEvidence(kind: string | null | undefined): boolean {
  return kind != null && LINKED_KINDS.has(kind);
}

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
