// Table types for kysely. The build writes these tables; the query path only reads them.
// Columns several tables share are defined once in db/sharedColumns.ts (their order in each
// table is createSchema.ts's).
import type { Generated } from 'kysely';
import type { INSTITUTION_COLUMNS, OrNull, Row, SCOPE_COLUMNS, SLOT_FILTER_COLUMNS } from './sharedColumns.ts';

/** year, conference, track, status: what a venue filter names. */
export type ScopeColumns = Row<typeof SCOPE_COLUMNS>;
/** role, evidence: what `first`, `last` and `exact` read of a slot. */
export type SlotFilterColumns = Row<typeof SLOT_FILTER_COLUMNS>;
/** unit_id, unit_country, root_id, root_country: the institution a slot resolved to. */
export type InstitutionColumns = Row<typeof INSTITUTION_COLUMNS>;

export interface MetaTable {
  key: string;
  value: string;
}

export interface ConferenceTable extends Pick<ScopeColumns, 'conference' | 'year'> {
  id: string; // e.g. iclr2024
  official_papers: number;
  has_affiliations: number; // 0 = a known gap: no per-author affiliations in any source
  provisional: number; // 1 = the year's sources are incomplete: every figure including it says so
}

export interface InstitutionTable {
  id: string;
  /** Small integer for packed distinct counting (see query/figures/peopleCounts.ts). */
  num: number;
  name: string;
  type: string;
  country: string | null;
  parent_id: string | null;
  /** The institution this one counts under with the default roll-up policy. */
  root_id: string;
  curated: number;
}

/** An institution's name in one language other than English (data/names/<lang>.json). */
export interface LocalNameTable {
  lang: string;
  institution_id: string;
  name: string;
}

export interface AliasTable {
  institution_id: string;
  alias: string;
}

export interface PaperTable extends ScopeColumns {
  id: Generated<number>;
  conference_id: string;
  source_id: string;
  title: string;
  n_authors: number;
  /** Paper-level institution set (ICLR 2024 submissions list), JSON array of ids. */
  institution_set: string | null;
}

export interface PersonTable {
  id: Generated<number>;
  key: string;
  name: string;
  openreview_id: string | null;
}

/** One author slot on an accepted paper, denormalised for fast aggregation. */
export interface AuthorshipTable extends ScopeColumns, Pick<SlotFilterColumns, 'evidence'>, Row<OrNull<typeof INSTITUTION_COLUMNS>> {
  paper_id: number;
  position: number;
  person_id: number;
  name: string;
  n_authors: number;
  raw_affiliation: string | null;
  email_domain: string | null;
  alignment: string | null;
  rule: string | null;
  /** For linked evidence: how the person was identified and the value taken, in words. */
  link_basis: string | null;
  /** The profile's position for this slot's value (`Intern`, `PhD student`), when the source gives one. */
  profile_position: string | null;
  /** institutions.num of unit_id and root_id. */
  unit_num: number | null;
  root_num: number | null;
  /** The slot packed for distinct counting, per way of grouping (see db/packing.ts). */
  packed_root: number | null;
  packed_unit: number | null;
  packed_root_country: number | null;
  packed_unit_country: number | null;
}

/**
 * Each (paper, institution) pair once, from author slots and from paper-level
 * institution sets (ICLR 2024, evidence `paper_institutions`): what the `papers` method counts.
 */
export interface PaperUnitTable extends ScopeColumns, Pick<SlotFilterColumns, 'evidence'>, InstitutionColumns {
  paper_id: number;
}

/** Bits of the pre-summed cubes' `role`: which end of its paper's author list a slot is at (query/model/methods.ts reads them). */
export const SLOT_ROLE = { first: 1, last: 2 } as const;

/** `role` computed from an authorships row, as the build writes it. */
export const SLOT_ROLE_SQL = `((position = 0) * ${SLOT_ROLE.first} + (position = n_authors - 1) * ${SLOT_ROLE.last})`;

/**
 * Author slots pre-summed by every column a filter or a group can name (unit_id decides
 * root_id and the countries): what the slot-counting methods (authors, first, last, fractional)
 * read, about six times fewer rows than the slots themselves.
 */
export interface SlotCubeTable extends ScopeColumns, SlotFilterColumns, InstitutionColumns {
  slots: number;
  /** Sum of 1/N over the slots: the fractional figure. */
  credit: number;
}

/** Pre-summed figures per grouping column, method, `exact` and year (query/figures/presummed.ts). */
/** One normalised name (id, name, alias or translation) of one institution: query/writeInstitutionNames.ts. */
export interface InstitutionNameTable {
  norm: string;
  institution_id: string;
}

export interface GroupFiguresTable {
  grouping: string;
  method: string;
  exact: number;
  /** 0: over every year the database covers; under `people`, first * 10000 + last: over that span of consecutive years (query/figures/presummed.ts spanYear). */
  year: number;
  /** null: over all groups (the denominator of shares). */
  key: string | null;
  value: number | null;
  slots: number;
  linked: number;
  value_sql: number | null;
}

/**
 * The packed slots (db/packing.ts) of one grouping column and one cell of what a filter can
 * name, sorted, as a blob of doubles: `people` reads a few blobs instead of every slot row.
 */
export interface PeopleCellTable extends ScopeColumns {
  packed_column: string;
  packed: Buffer;
}

/**
 * Every author slot, resolved or not, pre-summed by what a filter can name and by what it
 * resolved to: what the footer's coverage line and gap notes count, so they describe the
 * slots actually in scope (`exact`, a tier, `first`, a country filter, the country rule).
 */
export interface CoverageCubeTable extends ScopeColumns, SlotFilterColumns, Pick<InstitutionColumns, 'root_country' | 'unit_country'> {
  /** 1 when the slot is resolved to an institution. */
  resolved: number;
  slots: number;
}

export interface CoverageTable {
  conference_id: string;
  papers: number;
  official_papers: number;
  authorships: number;
  with_affiliation: number;
  with_domain: number;
  with_evidence: number;
  resolved: number;
  with_country: number;
  /** Accepted papers with at least one institution (from author slots or the paper's own set). */
  papers_with_institution: number;
  /** Accepted papers with their own institution set (ICLR 2024, ICML 2026). */
  papers_with_set: number;
  /** JSON object: evidence kind → authorships resolved on it. */
  by_evidence: string;
}

/** Every distinct (affiliation, domain) pair with its decision, for resolve/unresolved. */
export interface ResolutionTable {
  raw_affiliation: string | null;
  email_domain: string | null;
  institution_id: string | null;
  rule: string;
  authorships: number;
}

/**
 * Accepted papers with at least one institution, pre-summed by the paper-level filters and
 * by which groups they have: the denominators of `papers` shares, where a paper with
 * several institutions counts once. `own_*`: the same, counting only own (not linked) evidence.
 */
export interface PaperCubeTable extends ScopeColumns {
  /** 1 when one of the paper's institutions has a country (rolled up / as a unit). */
  root_country: number;
  unit_country: number;
  /** 1 when an institution is on the paper by own evidence (what `exact` keeps). */
  own: number;
  own_root_country: number;
  own_unit_country: number;
  papers: number;
}

/**
 * Author slots set by an editor's reviewed correction (data/corrections.json), with what the
 * slot said before, so answers can tell when corrections moved a figure.
 */
export interface CorrectionTable {
  /** The entry's id in data/corrections.json. */
  id: number;
  paper_id: number;
  position: number;
  institution_id: string;
  evidence: string;
  proposed_by: string;
  accepted_by: string;
  accepted_at: string;
  before_unit_id: string | null;
  before_evidence: string | null;
  before_rule: string | null;
}

export interface Database {
  meta: MetaTable;
  conferences: ConferenceTable;
  institutions: InstitutionTable;
  institution_aliases: AliasTable;
  institution_local_names: LocalNameTable;
  papers: PaperTable;
  people: PersonTable;
  authorships: AuthorshipTable;
  paper_units: PaperUnitTable;
  slot_cube: SlotCubeTable;
  paper_cube: PaperCubeTable;
  group_figures: GroupFiguresTable;
  institution_names: InstitutionNameTable;
  people_cells: PeopleCellTable;
  coverage: CoverageTable;
  coverage_cube: CoverageCubeTable;
  resolutions: ResolutionTable;
  corrections: CorrectionTable;
}
