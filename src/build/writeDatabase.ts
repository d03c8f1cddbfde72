// Writes one complete database file from read and resolved records. The caller
// chooses the file; build.ts writes to a temporary name and swaps it in.
import type SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { openDatabase } from '../db/open.ts';
import { indexes, SCHEMA_VERSION, tables } from '../db/createSchema.ts';
import { packSlot } from '../db/packing.ts';
import { applyCorrections } from '../corrections/apply.ts';
import { CORRECTION_EVIDENCE, type Correction } from '../corrections/entry.ts';
import { LINKED_EVIDENCE, type SourcePaper } from '../ingest/types.ts';
import type { Institution, Resolution } from '../normalize/types.ts';
import { personKey } from './personKey.ts';

export interface ConferenceYearInfo {
  conference: string;
  year: number;
  officialPapers: number;
  hasAffiliations: boolean;
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
  /** Writes the pre-summed figures once the tables and indexes are in (query/writeGroupFigures.ts, passed by the caller: build may not import query). */
  presum?: Presum;
}

/** A step that writes group_figures from the finished tables; meta `presummed` records that it ran. */
export type Presum = (db: Kysely<Database>, sqlite: SQLite.Database) => void;

export function conferenceId(conference: string, year: number): string {
  return `${conference}${year}`;
}

/** Walks parents to the top; a cycle or dangling parent is a data error. */
function rootsOf(institutions: Map<string, Institution>): Map<string, string> {
  const roots = new Map<string, string>();
  for (const inst of institutions.values()) {
    const seen = new Set<string>();
    let cur = inst;
    while (cur.parent) {
      if (seen.has(cur.id)) throw new Error(`institutions: parent cycle through ${cur.id}`);
      seen.add(cur.id);
      const parent = institutions.get(cur.parent);
      if (!parent) throw new Error(`institutions: ${cur.id} has unknown parent ${cur.parent}`);
      cur = parent;
    }
    roots.set(inst.id, cur.id);
  }
  return roots;
}

export async function writeDatabase(file: string, input: DatabaseInput): Promise<void> {
  const { db, sqlite } = openDatabase(file, { readonly: false });
  try {
    await tables.create(db);

    const institutions = new Map(input.institutions.map((i) => [i.id, i]));
    const decisions = new Map<string, Resolution>();
    const decide = (aff: string | undefined, domain: string | undefined): Resolution => {
      const key = `${aff ?? ''}\u0000${domain ?? ''}`;
      let r = decisions.get(key);
      if (!r) {
        r = input.resolve(aff, domain);
        decisions.set(key, r);
        if (r.institutionId && !institutions.has(r.institutionId)) {
          const found = input.lookupInstitution(r.institutionId);
          if (!found) throw new Error(`resolver returned unknown institution ${r.institutionId} for "${aff ?? domain}"`);
          institutions.set(found.id, found);
        }
      }
      return r;
    };
    const resolutionCounts = new Map<string, { aff: string | null; domain: string | null; r: Resolution; n: number }>();

    const insertPaper = sqlite.prepare(
      `INSERT INTO papers (conference_id, conference, year, source_id, title, status, track, n_authors, institution_set)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertPerson = sqlite.prepare('INSERT INTO people (key, name, openreview_id) VALUES (?, ?, ?)');
    const insertAuthorship = sqlite.prepare(
      `INSERT INTO authorships (paper_id, position, person_id, name, conference, year, status, track, n_authors,
         raw_affiliation, email_domain, evidence, alignment, rule, link_basis, profile_position, unit_id, unit_country, root_id, root_country,
         unit_num, root_num, packed_root, packed_unit, packed_root_country, packed_unit_country)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const people = new Map<string, number>();

    // Every slot's resolution first, so the institution table (curated, then the reference
    // institutions in the order first used, then those only on institution sets) and its
    // roll-ups are complete before the slots are written with their roll-up columns.
    const evidenceOf = (a: SourcePaper['authors'][number]) => {
      const domain = a.domain && input.isInstitutionalDomain(a.domain) ? a.domain : undefined;
      return { domain, hasEvidence: Boolean(a.affiliation || domain) };
    };
    for (const p of input.papers) {
      for (const a of p.authors) {
        const { domain, hasEvidence } = evidenceOf(a);
        if (!hasEvidence) continue;
        const r = decide(a.affiliation, domain);
        const rk = `${a.affiliation ?? ''}\u0000${domain ?? ''}`;
        const entry = resolutionCounts.get(rk) ?? { aff: a.affiliation ?? null, domain: domain ?? null, r, n: 0 };
        entry.n++;
        resolutionCounts.set(rk, entry);
      }
    }
    for (const ids of input.institutionSets?.values() ?? []) {
      for (const id of ids) {
        const found = institutions.get(id) ?? input.lookupInstitution(id);
        if (!found) throw new Error(`institution set names unknown institution ${id}`);
        institutions.set(id, found);
      }
    }
    const roots = rootsOf(institutions);
    const nums = new Map([...institutions.keys()].map((id, i) => [id, i + 1]));
    const countryOf = (id: string) => institutions.get(id)!.country || null;
    const linkedKinds = new Set<string>(LINKED_EVIDENCE);
    /** Roll-up and packed columns of a slot (db/packing.ts), written with it rather than by UPDATE passes. */
    const rollUp = (unitId: string | null, personId: number, year: number, evidence: string | null) => {
      if (!unitId) return [null, null, null, null, null, null, null, null, null];
      const rootId = roots.get(unitId)!;
      const [unitCountry, rootCountry, unitNum, rootNum] = [countryOf(unitId), countryOf(rootId), nums.get(unitId)!, nums.get(rootId)!];
      const linked = linkedKinds.has(evidence!);
      const pack = (group: number | string | null) => (group === null ? null : packSlot(group, personId, year, linked));
      return [unitCountry, rootId, rootCountry, unitNum, rootNum, pack(rootNum), pack(unitNum), pack(rootCountry), pack(unitCountry)];
    };

    sqlite.transaction(() => {
      for (const cy of input.conferenceYears) {
        sqlite
          .prepare('INSERT INTO conferences (id, conference, year, official_papers, has_affiliations) VALUES (?, ?, ?, ?, ?)')
          .run(conferenceId(cy.conference, cy.year), cy.conference, cy.year, cy.officialPapers, cy.hasAffiliations ? 1 : 0);
      }
      const paperIds: number[] = [];
      for (const p of input.papers) {
        const set = input.institutionSets?.get(`${conferenceId(p.conference, p.year)}:${p.sourceId}`);
        const { lastInsertRowid } = insertPaper.run(
          conferenceId(p.conference, p.year), p.conference, p.year, p.sourceId, p.title, p.status, p.track, p.authors.length,
          set ? JSON.stringify(set) : null,
        );
        paperIds.push(Number(lastInsertRowid));
      }
      input.papers.forEach((p, i) => {
        p.authors.forEach((a, position) => {
          const key = personKey(a);
          let personId = people.get(key);
          if (personId === undefined) {
            personId = Number(insertPerson.run(key, a.name, a.openreviewId ?? null).lastInsertRowid);
            people.set(key, personId);
          }
          const { domain, hasEvidence } = evidenceOf(a);
          const evidence = hasEvidence ? (a.evidence ?? 'unknown') : null;
          const unitId = hasEvidence ? decide(a.affiliation, domain).institutionId : null;
          insertAuthorship.run(
            paperIds[i], position, personId, a.name, p.conference, p.year, p.status, p.track, p.authors.length,
            a.affiliation ?? null, a.domain ?? null, evidence, a.alignment ?? null,
            hasEvidence ? decide(a.affiliation, domain).rule : null, hasEvidence ? (a.linkBasis ?? null) : null,
            hasEvidence ? (a.profilePosition ?? null) : null, unitId,
            ...rollUp(unitId, personId, p.year, evidence),
          );
        });
      });
    })();

    // Issue 16: one step, before the pre-summed tables, so every method sees it; a corrected
    // slot's roll-up columns then follow its corrected institution.
    if (applyCorrections(sqlite, input.corrections ?? [], new Set(input.institutions.map((i) => i.id))) > 0) {
      const setRollUp = sqlite.prepare(
        `UPDATE authorships SET unit_country = ?, root_id = ?, root_country = ?, unit_num = ?, root_num = ?,
           packed_root = ?, packed_unit = ?, packed_root_country = ?, packed_unit_country = ? WHERE paper_id = ? AND position = ?`,
      );
      const corrected = sqlite.prepare('SELECT paper_id, position, person_id, year, unit_id, evidence FROM authorships WHERE evidence = ?');
      sqlite.transaction(() => {
        for (const c of corrected.all(CORRECTION_EVIDENCE) as Array<{ paper_id: number; position: number; person_id: number; year: number; unit_id: string; evidence: string }>) {
          setRollUp.run(...rollUp(c.unit_id, c.person_id, c.year, c.evidence), c.paper_id, c.position);
        }
      })();
    }

    // Institutions (curated plus the reference ones actually used).
    const insertInstitution = sqlite.prepare(
      `INSERT INTO institutions (id, num, name, type, country, parent_id, root_id, curated, name_zh, name_ja)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertAlias = sqlite.prepare('INSERT INTO institution_aliases (institution_id, alias) VALUES (?, ?)');
    const insertResolution = sqlite.prepare(
      'INSERT INTO resolutions (raw_affiliation, email_domain, institution_id, rule, authorships) VALUES (?, ?, ?, ?, ?)',
    );
    sqlite.transaction(() => {
      for (const inst of institutions.values()) {
        insertInstitution.run(
          inst.id, nums.get(inst.id)!, inst.name, inst.type, inst.country || null, inst.parent ?? null, roots.get(inst.id)!,
          inst.id.startsWith('ref:') ? 0 : 1, inst.names?.zh ?? null, inst.names?.ja ?? null,
        );
        for (const alias of new Set([inst.name, ...(inst.aliases ?? []), ...Object.values(inst.names ?? {})])) {
          if (alias) insertAlias.run(inst.id, alias);
        }
      }
      for (const { aff, domain, r, n } of resolutionCounts.values()) {
        insertResolution.run(aff, domain, r.institutionId, r.rule, n);
      }
    })();

    // The `papers` method counts a paper once per institution, whether an author slot
    // or the paper's own institution set (ICLR 2024) says the institution is on it.
    await sql`INSERT INTO slot_cube
      SELECT year, conference, track, status, min(position, 1), evidence, unit_id, unit_country, root_id, root_country,
        count(*), sum(1.0 / n_authors)
      FROM authorships WHERE unit_id IS NOT NULL
      GROUP BY year, conference, track, status, min(position, 1), evidence, unit_id`.execute(db);

    // A pair that any own slot supports keeps an own evidence kind, so `exact` keeps it.
    const linked = sql.join([...LINKED_EVIDENCE]);
    await sql`INSERT INTO paper_units
      SELECT paper_id, conference, year, status, track,
        substr(max(CASE WHEN evidence IN (${linked}) THEN '0' ELSE '1' END || evidence), 2),
        unit_id, unit_country, root_id, root_country
      FROM authorships WHERE unit_id IS NOT NULL
      GROUP BY paper_id, unit_id`.execute(db);
    await sql`INSERT OR IGNORE INTO paper_units
      SELECT p.id, p.conference, p.year, p.status, p.track, 'paper_institutions', i.id, i.country, i.root_id, r.country
      FROM papers p, json_each(p.institution_set) j
      JOIN institutions i ON i.id = j.value
      JOIN institutions r ON r.id = i.root_id
      WHERE p.institution_set IS NOT NULL`.execute(db);

    await sql`INSERT INTO paper_cube
      SELECT year, conference, track, status, root_country, unit_country, own, own_root_country, own_unit_country, count(*)
      FROM (
        SELECT year, conference, track, status,
          max(root_country IS NOT NULL) AS root_country, max(unit_country IS NOT NULL) AS unit_country,
          max(own) AS own, max(own AND root_country IS NOT NULL) AS own_root_country, max(own AND unit_country IS NOT NULL) AS own_unit_country
        FROM (SELECT *, evidence IS NULL OR evidence NOT IN (${linked}) AS own FROM paper_units)
        GROUP BY paper_id
      )
      GROUP BY year, conference, track, status, root_country, unit_country, own, own_root_country, own_unit_country`.execute(db);

    await sql`INSERT INTO coverage_cube
      SELECT year, conference, track, status, min(position, 1), evidence, unit_id IS NOT NULL, root_country, unit_country, count(*)
      FROM authorships
      GROUP BY year, conference, track, status, min(position, 1), evidence, unit_id IS NOT NULL, root_country, unit_country`.execute(db);

    // Each table grouped once by conference-year (a join on `conference || year` compared every slot with every conference-year).
    await sql`INSERT INTO coverage
      SELECT c.id, coalesce(p.papers, 0), c.official_papers,
        coalesce(a.slots, 0), coalesce(a.with_affiliation, 0), coalesce(a.with_domain, 0), coalesce(a.with_evidence, 0),
        coalesce(a.resolved, 0), coalesce(a.with_country, 0), coalesce(u.papers, 0), '{}'
      FROM conferences c
      LEFT JOIN (SELECT conference_id, count(*) AS papers FROM papers GROUP BY conference_id) p ON p.conference_id = c.id
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

    const insertMeta = sqlite.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    for (const [k, v] of Object.entries({ ...input.meta, schema_version: SCHEMA_VERSION })) insertMeta.run(k, v);
    // Indexes last: building them once is faster than maintaining them during the load.
    await indexes.create(db);
    // After the indexes: the general path that computes the figures reads through them.
    if (input.presum) {
      input.presum(db, sqlite);
      insertMeta.run('presummed', '1');
    }
    sqlite.pragma('optimize');
    // quick_check: every page and record well-formed, without integrity_check's index-to-table cross-check, which costs 20x as much on a file written in one go.
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity check failed on ${file}: ${String(check)}`);
  } finally {
    await db.destroy();
  }
}
