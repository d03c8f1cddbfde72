// The schema, created by the build in each new database file. The database is rebuilt,
// never migrated: a file whose meta `schema_version` differs from SCHEMA_VERSION is
// refused by the query path and rebuilt by the CLI from the sources, so there is one
// definition of the tables (this file) and no migration history to keep.
import { sql, type Kysely } from 'kysely';
import { PACKED_COLUMNS } from './packing.ts';
import { addColumns, INSTITUTION_COLUMNS, orNull, SCOPE_COLUMNS, SLOT_FILTER_COLUMNS } from './sharedColumns.ts';

/** Every table, empty; the build loads them, then creates the indexes. */
export const tables = {
  async create<DB>(db: Kysely<DB>): Promise<void> {
    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('conferences')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .$call(addColumns(SCOPE_COLUMNS, 'conference', 'year'))
      .addColumn('official_papers', 'integer', (c) => c.notNull())
      .addColumn('has_affiliations', 'integer', (c) => c.notNull())
      .addColumn('provisional', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('institutions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('num', 'integer', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('parent_id', 'text')
      .addColumn('root_id', 'text', (c) => c.notNull())
      .addColumn('curated', 'integer', (c) => c.notNull())
      .execute();
    // An institution's name in each language that has one (data/names/<lang>.json): a new language is rows, not a column.
    await db.schema
      .createTable('institution_local_names')
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('institution_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('institution_aliases')
      .addColumn('institution_id', 'text', (c) => c.notNull())
      .addColumn('alias', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('papers')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('conference_id', 'text', (c) => c.notNull())
      .$call(addColumns(SCOPE_COLUMNS, 'conference', 'year'))
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .$call(addColumns(SCOPE_COLUMNS, 'status', 'track'))
      .addColumn('n_authors', 'integer', (c) => c.notNull())
      .addColumn('institution_set', 'text')
      .execute();
    await db.schema
      .createTable('people')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('openreview_id', 'text')
      .execute();
    await db.schema
      .createTable('authorships')
      .addColumn('paper_id', 'integer', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('person_id', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .$call(addColumns(SCOPE_COLUMNS, 'conference', 'year', 'status', 'track'))
      .addColumn('n_authors', 'integer', (c) => c.notNull())
      .addColumn('raw_affiliation', 'text')
      .addColumn('email_domain', 'text')
      .$call(addColumns(SLOT_FILTER_COLUMNS, 'evidence'))
      .addColumn('alignment', 'text')
      .addColumn('rule', 'text')
      .addColumn('link_basis', 'text')
      .addColumn('profile_position', 'text')
      .$call(addColumns(orNull(INSTITUTION_COLUMNS)))
      .addColumn('unit_num', 'integer')
      .addColumn('root_num', 'integer')
      .addColumn('packed_root', 'integer')
      .addColumn('packed_unit', 'integer')
      .addColumn('packed_root_country', 'integer')
      .addColumn('packed_unit_country', 'integer')
      .addPrimaryKeyConstraint('authorships_pk', ['paper_id', 'position'])
      .execute();
    await db.schema
      .createTable('paper_units')
      .addColumn('paper_id', 'integer', (c) => c.notNull())
      .$call(addColumns(SCOPE_COLUMNS, 'conference', 'year', 'status', 'track'))
      .$call(addColumns(SLOT_FILTER_COLUMNS, 'evidence'))
      .$call(addColumns(INSTITUTION_COLUMNS))
      .addPrimaryKeyConstraint('paper_units_pk', ['paper_id', 'unit_id'])
      .execute();
    await db.schema
      .createTable('slot_cube')
      .$call(addColumns(SCOPE_COLUMNS))
      .$call(addColumns(SLOT_FILTER_COLUMNS))
      .$call(addColumns(INSTITUTION_COLUMNS))
      .addColumn('slots', 'integer', (c) => c.notNull())
      .addColumn('credit', 'real', (c) => c.notNull())
      .execute();
    // Pre-summed figures (query/figures/presummed.ts): every group's figure per year under each
    // grouping column, method and `exact`, with no other filter; key NULL = over all groups.
    // year 0 = over every year the database covers (distinct people cannot be summed over years).
    await db.schema
      .createTable('group_figures')
      .addColumn('grouping', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('exact', 'integer', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('key', 'text')
      /** Totals rows: null when the total as the answer over every group computes it has no such year. */
      .addColumn('value', 'real')
      .addColumn('slots', 'integer', (c) => c.notNull())
      .addColumn('linked', 'integer', (c) => c.notNull())
      /** Totals rows only: the total as a question about a few groups computes it (summed in SQL, not over the groups). */
      .addColumn('value_sql', 'real')
      .execute();
    // Each grouping column's packed slots per year, venue, track and tier, sorted
    // (query/writePeopleCells.ts): distinct people from a few blobs, not every slot row.
    await db.schema
      .createTable('people_cells')
      .addColumn('packed_column', 'text', (c) => c.notNull())
      .$call(addColumns(SCOPE_COLUMNS))
      .addColumn('packed', 'blob', (c) => c.notNull())
      .addPrimaryKeyConstraint('people_cells_pk', ['packed_column', 'year', 'conference', 'track', 'status'])
      .execute();
    // Every normalised name of every institution (query/writeInstitutionNames.ts), so opening
    // the database for one question normalises no names: the lexicon looks a phrase up here.
    await db.schema
      .createTable('institution_names')
      .addColumn('norm', 'text', (c) => c.notNull())
      .addColumn('institution_id', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('paper_cube')
      .$call(addColumns(SCOPE_COLUMNS))
      .addColumn('root_country', 'integer', (c) => c.notNull())
      .addColumn('unit_country', 'integer', (c) => c.notNull())
      .addColumn('own', 'integer', (c) => c.notNull())
      .addColumn('own_root_country', 'integer', (c) => c.notNull())
      .addColumn('own_unit_country', 'integer', (c) => c.notNull())
      .addColumn('papers', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('coverage')
      .addColumn('conference_id', 'text', (c) => c.primaryKey())
      .addColumn('papers', 'integer', (c) => c.notNull())
      .addColumn('official_papers', 'integer', (c) => c.notNull())
      .addColumn('authorships', 'integer', (c) => c.notNull())
      .addColumn('with_affiliation', 'integer', (c) => c.notNull())
      .addColumn('with_domain', 'integer', (c) => c.notNull())
      .addColumn('with_evidence', 'integer', (c) => c.notNull())
      .addColumn('resolved', 'integer', (c) => c.notNull())
      .addColumn('with_country', 'integer', (c) => c.notNull())
      .addColumn('papers_with_institution', 'integer', (c) => c.notNull())
      .addColumn('papers_with_set', 'integer', (c) => c.notNull())
      .addColumn('by_evidence', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('coverage_cube')
      .$call(addColumns(SCOPE_COLUMNS))
      .$call(addColumns(SLOT_FILTER_COLUMNS))
      .addColumn('resolved', 'integer', (c) => c.notNull())
      .$call(addColumns(INSTITUTION_COLUMNS, 'root_country', 'unit_country'))
      .addColumn('slots', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('resolutions')
      .addColumn('raw_affiliation', 'text')
      .addColumn('email_domain', 'text')
      .addColumn('institution_id', 'text')
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('authorships', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('corrections')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('paper_id', 'integer', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('institution_id', 'text', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('proposed_by', 'text', (c) => c.notNull())
      .addColumn('accepted_by', 'text', (c) => c.notNull())
      .addColumn('accepted_at', 'text', (c) => c.notNull())
      .addColumn('before_unit_id', 'text')
      .addColumn('before_evidence', 'text')
      .addColumn('before_rule', 'text')
      .addUniqueConstraint('corrections_slot', ['paper_id', 'position'])
      .execute();
  },
};

// Indexes are created after the bulk load: faster than maintaining them row by row.
// Each covers every column the aggregation reads, so a figure is one index range scan.
const COVERED = 'conference, track, status, position, evidence, n_authors, person_id, paper_id';
/** What a ranking groups by: an institution rolled up or not, or its country by either rule. */
const GROUP_COLUMNS = ['root_id', 'unit_id', 'root_country', 'unit_country'];
export const indexes = {
  async create<DB>(db: Kysely<DB>): Promise<void> {
    for (const column of GROUP_COLUMNS) {
      await sql`CREATE INDEX ${sql.raw(`authorships_by_${column}`)} ON authorships (year, ${sql.raw(column)}, ${sql.raw(COVERED)})`.execute(db);
    }
    // Distinct people: the packed slots with every column a filter reads (db/packing.ts).
    for (const column of Object.values(PACKED_COLUMNS)) {
      await sql`CREATE INDEX ${sql.raw(`authorships_by_${column}`)} ON authorships (year, ${sql.raw(column)}, conference, track, status, evidence, root_country, unit_country)`.execute(
        db,
      );
    }
    for (const column of GROUP_COLUMNS) {
      await sql`CREATE INDEX ${sql.raw(`paper_units_by_${column}`)} ON paper_units (year, ${sql.raw(column)}, conference, track, status, evidence, paper_id)`.execute(
        db,
      );
    }
    // The slot-counting methods group slot_cube by year and group: read in index order, no sort.
    for (const column of GROUP_COLUMNS) {
      await sql`CREATE INDEX ${sql.raw(`slot_cube_by_${column}`)} ON slot_cube (year, ${sql.raw(column)}, conference, track, status, role, evidence, root_country, unit_country, slots, credit)`.execute(
        db,
      );
    }
    await sql`CREATE INDEX aliases_alias ON institution_aliases (alias)`.execute(db);
    // Statistics from a sample of each index: the same plans here, at 2% of a full ANALYZE's cost.
    await sql`PRAGMA analysis_limit = 1000`.execute(db);
    await sql`ANALYZE`.execute(db);
  },
};

/**
 * Stored in meta by the build and checked when a database is opened: bump it whenever
 * the tables or their meaning change, so an older file is rebuilt (never migrated) rather
 * than misread.
 */
export const SCHEMA_VERSION = '17';
