// Where a slot's affiliation came from: the evidence kinds of the database's `evidence`
// columns, and which of them are linked (`exact` leaves those out).

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
export const LINKED_EVIDENCE = [
  'id_profile',
  'linked_id',
  'linked_name',
  'paper_set',
  'set_intersection',
  'intern_home',
] as const satisfies readonly EvidenceSource[];
const LINKED_KINDS: ReadonlySet<string> = new Set(LINKED_EVIDENCE);

/** True for a linked evidence kind (false for none): the check outside SQL; db/linkedEvidence.ts is the one in SQL. */
export function isLinkedEvidence(kind: string | null | undefined): boolean {
  return kind != null && LINKED_KINDS.has(kind);
}

/** The evidence of a slot an editor's correction set (data/corrections.json). */
export const CORRECTION_EVIDENCE = 'correction';
/** The evidence of a `paper_units` row from a paper's institution set (ICLR 2024), not from a slot. */
export const PAPER_INSTITUTIONS_EVIDENCE = 'paper_institutions';
/** Every value an `evidence` column holds. */
export type Evidence = EvidenceSource | typeof CORRECTION_EVIDENCE | typeof PAPER_INSTITUTIONS_EVIDENCE;
