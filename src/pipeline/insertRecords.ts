// The read and resolved records as rows: conference-years, papers, people, author slots,
// institutions and the resolutions behind them. Callers run these inside transactions.
import type SQLite from 'better-sqlite3';
import type { SourcePaper } from '../ingest/records/types.ts';
import type { Institution } from '../normalize/types.ts';
import { personKey } from './personKey.ts';
import type { ResolutionCount, ResolvedSlots } from './resolveSlots.ts';
import type { RollUp } from './rollUp.ts';
import type { ConferenceYearInfo } from './databaseInput.ts';

export function conferenceId(conference: string, year: number): string {
  return `${conference}${year}`;
}

export function insertConferences(sqlite: SQLite.Database, conferenceYears: readonly ConferenceYearInfo[]): void {
  const insert = sqlite.prepare('INSERT INTO conferences (id, conference, year, official_papers, has_affiliations, provisional) VALUES (?, ?, ?, ?, ?, ?)');
  for (const cy of conferenceYears) {
    insert.run(conferenceId(cy.conference, cy.year), cy.conference, cy.year, cy.officialPapers, cy.hasAffiliations ? 1 : 0, cy.provisional ? 1 : 0);
  }
}

/** The papers' row ids, in input order. */
export function insertPapers(sqlite: SQLite.Database, papers: readonly SourcePaper[], institutionSets: Map<string, string[]> | undefined): number[] {
  const insert = sqlite.prepare(
    `INSERT INTO papers (conference_id, conference, year, source_id, title, status, track, n_authors, institution_set)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return papers.map((p) => {
    const set = institutionSets?.get(`${conferenceId(p.conference, p.year)}:${p.sourceId}`);
    const { lastInsertRowid } = insert.run(
      conferenceId(p.conference, p.year),
      p.conference,
      p.year,
      p.sourceId,
      p.title,
      p.status,
      p.track,
      p.authors.length,
      set ? JSON.stringify(set) : null,
    );
    return Number(lastInsertRowid);
  });
}

/**
 * One people row per distinct person (pipeline/personKey.ts), numbered in order of first slot;
 * returns each slot's person id, per paper. `people` holds the ids given to earlier batches.
 */
export function assignPeople(sqlite: SQLite.Database, papers: readonly SourcePaper[], people: Map<string, number>): number[][] {
  const insert = sqlite.prepare('INSERT INTO people (key, name, openreview_id) VALUES (?, ?, ?)');
  return papers.map((p) =>
    p.authors.map((a) => {
      const key = personKey(a);
      let personId = people.get(key);
      if (personId === undefined) {
        personId = Number(insert.run(key, a.name, a.openreviewId ?? null).lastInsertRowid);
        people.set(key, personId);
      }
      return personId;
    }),
  );
}

/** Every author slot with its resolution, and its roll-up and packed columns (pipeline/rollUp.ts). */
export function insertSlots(
  sqlite: SQLite.Database,
  papers: readonly SourcePaper[],
  ids: { paperIds: readonly number[]; personIds: readonly number[][] },
  resolved: ResolvedSlots,
  rollUp: RollUp,
): void {
  const insert = sqlite.prepare(
    `INSERT INTO authorships (paper_id, position, person_id, name, conference, year, status, track, n_authors,
       raw_affiliation, email_domain, evidence, alignment, rule, link_basis, profile_position, unit_id, unit_country, root_id, root_country,
       unit_num, root_num, packed_root, packed_unit, packed_root_country, packed_unit_country)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  papers.forEach((p, i) => {
    p.authors.forEach((a, position) => {
      const personId = ids.personIds[i][position];
      // A slot with no evidence has no evidence kind, rule or link, whatever the reader set.
      const r = resolved.of(a);
      const evidence = r ? (a.evidence ?? 'unknown') : null;
      const unitId = r ? r.institutionId : null;
      insert.run(
        ids.paperIds[i],
        position,
        personId,
        a.name,
        p.conference,
        p.year,
        p.status,
        p.track,
        p.authors.length,
        a.affiliation ?? null,
        a.domain ?? null,
        evidence,
        a.alignment ?? null,
        r ? r.rule : null,
        r ? (a.linkBasis ?? null) : null,
        r ? (a.profilePosition ?? null) : null,
        unitId,
        ...rollUp.columns(unitId, personId, p.year, evidence),
      );
    });
  });
}

/** Curated institutions plus the reference ones actually used, with every name as an alias. */
export function insertInstitutions(sqlite: SQLite.Database, institutions: Map<string, Institution>, rollUp: RollUp): void {
  const insert = sqlite.prepare(
    `INSERT INTO institutions (id, num, name, type, country, parent_id, root_id, curated)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLocalName = sqlite.prepare('INSERT INTO institution_local_names (lang, institution_id, name) VALUES (?, ?, ?)');
  const insertAlias = sqlite.prepare('INSERT INTO institution_aliases (institution_id, alias) VALUES (?, ?)');
  for (const inst of institutions.values()) {
    insert.run(
      inst.id,
      rollUp.num(inst.id),
      inst.name,
      inst.type,
      inst.country || null,
      inst.parent ?? null,
      rollUp.root(inst.id),
      inst.id.startsWith('ref:') ? 0 : 1,
    );
    for (const [lang, name] of Object.entries(inst.names ?? {})) insertLocalName.run(lang, inst.id, name);
    for (const alias of new Set([inst.name, ...(inst.aliases ?? []), ...Object.values(inst.names ?? {})])) {
      if (alias) insertAlias.run(inst.id, alias);
    }
  }
}

/** Each distinct affiliation and domain, what it resolved to by which rule, and how many slots carry it (`unresolved`, `resolve`). */
export function insertResolutions(sqlite: SQLite.Database, counts: Iterable<ResolutionCount>): void {
  const insert = sqlite.prepare('INSERT INTO resolutions (raw_affiliation, email_domain, institution_id, rule, authorships) VALUES (?, ?, ?, ?, ?)');
  for (const { aff, domain, r, n } of counts) insert.run(aff, domain, r.institutionId, r.rule, n);
}
