// The tables summed from the written author slots in SQL, which the query path reads instead
// of grouping every slot: slot_cube, paper_units, paper_cube, coverage_cube and coverage.
import type SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { isLinked, isNotLinked } from '../db/linkedEvidence.ts';
import { SLOT_ROLE_SQL, type Database } from '../db/schema.ts';
import { PAPER_INSTITUTIONS_EVIDENCE } from '../domain/evidence.ts';

/** Whether a slot is its paper's first and/or last author (the methods that keep only those read it). */
const ROLE = sql.raw(SLOT_ROLE_SQL);

// Each INSERT names its columns, so the tables' column order (createSchema.ts) is free to change.
const PAPER_UNIT_COLUMNS = sql.raw('paper_id, conference, year, status, track, evidence, unit_id, unit_country, root_id, root_country');

/** The slot-counting methods read author slots pre-summed by everything a filter or group can name. */
export async function writeSlotCube(db: Kysely<Database>): Promise<void> {
  await sql`INSERT INTO slot_cube (year, conference, track, status, role, evidence, unit_id, unit_country, root_id, root_country, slots, credit)
    SELECT year, conference, track, status, ${ROLE}, evidence, unit_id, unit_country, root_id, root_country,
      count(*), sum(1.0 / n_authors)
    FROM authorships WHERE unit_id IS NOT NULL
    GROUP BY year, conference, track, status, ${ROLE}, evidence, unit_id`.execute(db);
}

/**
 * The `papers` method counts a paper once per institution, whether an author slot or the
 * paper's own institution set (ICLR 2024) says the institution is on it.
 */
export async function writePaperUnits(db: Kysely<Database>): Promise<void> {
  // A pair that any own slot supports keeps an own evidence kind, so `exact` keeps it.
  await sql`INSERT INTO paper_units (${PAPER_UNIT_COLUMNS})
    SELECT paper_id, conference, year, status, track,
      substr(max(CASE WHEN ${isLinked('evidence')} THEN '0' ELSE '1' END || evidence), 2),
      unit_id, unit_country, root_id, root_country
    FROM authorships WHERE unit_id IS NOT NULL
    GROUP BY paper_id, unit_id`.execute(db);
  await sql`INSERT OR IGNORE INTO paper_units (${PAPER_UNIT_COLUMNS})
    SELECT p.id, p.conference, p.year, p.status, p.track, ${PAPER_INSTITUTIONS_EVIDENCE}, i.id, i.country, i.root_id, r.country
    FROM papers p, json_each(p.institution_set) j
    JOIN institutions i ON i.id = j.value
    JOIN institutions r ON r.id = i.root_id
    WHERE p.institution_set IS NOT NULL`.execute(db);
}

/** The denominators of `papers` shares: a paper with several institutions counts once, by which groups it has (and by own evidence, for `exact`). */
export async function writePaperCube(db: Kysely<Database>): Promise<void> {
  await sql`INSERT INTO paper_cube (year, conference, track, status, root_country, unit_country, own, own_root_country, own_unit_country, papers)
    SELECT year, conference, track, status, root_country, unit_country, own, own_root_country, own_unit_country, count(*)
    FROM (
      SELECT year, conference, track, status,
        max(root_country IS NOT NULL) AS root_country, max(unit_country IS NOT NULL) AS unit_country,
        max(own) AS own, max(own AND root_country IS NOT NULL) AS own_root_country, max(own AND unit_country IS NOT NULL) AS own_unit_country
      FROM (SELECT *, ${isNotLinked('evidence')} AS own FROM paper_units)
      GROUP BY paper_id
    )
    GROUP BY year, conference, track, status, root_country, unit_country, own, own_root_country, own_unit_country`.execute(db);
}

/** Every slot, resolved or not, pre-summed: the footer's coverage of the slots a question's filters take in. */
export async function writeCoverageCube(db: Kysely<Database>): Promise<void> {
  await sql`INSERT INTO coverage_cube (year, conference, track, status, role, evidence, resolved, root_country, unit_country, slots)
    SELECT year, conference, track, status, ${ROLE}, evidence, unit_id IS NOT NULL, root_country, unit_country, count(*)
    FROM authorships
    GROUP BY year, conference, track, status, ${ROLE}, evidence, unit_id IS NOT NULL, root_country, unit_country`.execute(db);
}

/** Per conference-year: papers, slots with each kind of evidence, and resolved slots by evidence kind (`coverage`). */
export async function writeCoverage(db: Kysely<Database>, sqlite: SQLite.Database): Promise<void> {
  // Each table grouped once by conference-year (a join on `conference || year` compared every slot with every conference-year).
  await sql`INSERT INTO coverage (conference_id, papers, official_papers, authorships, with_affiliation, with_domain, with_evidence,
      resolved, with_country, papers_with_institution, papers_with_set, by_evidence)
    SELECT c.id, coalesce(p.papers, 0), c.official_papers,
      coalesce(a.slots, 0), coalesce(a.with_affiliation, 0), coalesce(a.with_domain, 0), coalesce(a.with_evidence, 0),
      coalesce(a.resolved, 0), coalesce(a.with_country, 0), coalesce(u.papers, 0), coalesce(p.with_set, 0), '{}'
    FROM conferences c
    LEFT JOIN (SELECT conference_id, count(*) AS papers, count(institution_set) AS with_set FROM papers GROUP BY conference_id) p ON p.conference_id = c.id
    LEFT JOIN (
      SELECT conference, year, count(*) AS slots, count(raw_affiliation) AS with_affiliation,
        count(CASE WHEN evidence IS NOT NULL AND email_domain IS NOT NULL THEN 1 END) AS with_domain,
        count(evidence) AS with_evidence, count(unit_id) AS resolved, count(root_country) AS with_country
      FROM authorships GROUP BY conference, year
    ) a ON a.conference = c.conference AND a.year = c.year
    LEFT JOIN (SELECT conference, year, count(DISTINCT paper_id) AS papers FROM paper_units GROUP BY conference, year) u
      ON u.conference = c.conference AND u.year = c.year
    ORDER BY c.id`.execute(db);
  const byEvidence = sqlite
    .prepare(
      `SELECT conference || year AS id, evidence, count(*) AS n FROM authorships
       WHERE unit_id IS NOT NULL GROUP BY conference, year, evidence`,
    )
    .all() as Array<{ id: string; evidence: string | null; n: number }>;
  const grouped = new Map<string, Record<string, number>>();
  for (const row of byEvidence) {
    const g = grouped.get(row.id) ?? {};
    g[row.evidence ?? 'none'] = row.n;
    grouped.set(row.id, g);
  }
  const setEvidence = sqlite.prepare('UPDATE coverage SET by_evidence = ? WHERE conference_id = ?');
  for (const [id, g] of grouped) setEvidence.run(JSON.stringify(g), id);
}
