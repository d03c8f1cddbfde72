// Writes one complete database file from read and resolved records, in batches of papers
// (the build gives one per stage of conference-years, so no stage holds every paper). The
// caller chooses the file; build.ts writes to a temporary name and swaps it in.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { openDatabase } from '../db/open.ts';
import { indexes, SCHEMA_VERSION, tables } from '../db/createSchema.ts';
import { applyCorrections } from '../corrections/apply.ts';
import type { SourcePaper } from '../ingest/records/types.ts';
import type { DatabaseInput } from './databaseInput.ts';
import { assignPeople, insertConferences, insertInstitutions, insertPapers, insertResolutions, insertSlots } from './insertRecords.ts';
import { slotResolver } from './resolveSlots.ts';
import { rollUpOf, type RollUp } from './rollUp.ts';
import { writeDerivedTables } from './writeDerivedTables.ts';
import { writeCoverage, writeCoverageCube, writePaperCube, writePaperUnits, writeSlotCube } from './summaryTables.ts';
import { CORRECTION_EVIDENCE } from '../domain/evidence.ts';

export type WriterInput = Omit<DatabaseInput, 'papers' | 'institutionSets' | 'meta'>;

export interface DatabaseWriter {
  /** Writes a batch of papers (rows, people, author slots) after the batches before it, with the batch's paper-level institution sets. */
  add(papers: readonly SourcePaper[], institutionSets?: Map<string, string[]>): void;
  /** Institutions, resolutions, corrections, the summary and derived tables and meta; checks the file and closes it. */
  finish(meta: Record<string, string>): Promise<void>;
  /** Closes the file unfinished (after a failure). */
  close(): Promise<void>;
}

export async function openDatabaseWriter(file: string, input: WriterInput): Promise<DatabaseWriter> {
  const { db, sqlite } = openDatabase(file, { readonly: false });
  await tables.create(db);
  insertConferences(sqlite, input.conferenceYears);
  // A batch's slots are resolved before its rows are written: an institution is numbered when
  // first used, and a number never changes, so each slot is written once with its roll-up columns.
  const resolved = slotResolver(input);
  const rollUp = rollUpOf(resolved.institutions);
  const people = new Map<string, number>();
  const sets: Array<Map<string, string[]>> = [];
  let closed = false;
  const close = async () => {
    if (!closed) await db.destroy();
    closed = true;
  };
  return {
    add(papers, institutionSets) {
      resolved.add(papers);
      if (institutionSets) sets.push(institutionSets);
      // One transaction per batch: one commit instead of one per row.
      sqlite.transaction(() => {
        const paperIds = insertPapers(sqlite, papers, institutionSets);
        const personIds = assignPeople(sqlite, papers, people);
        insertSlots(sqlite, papers, { paperIds, personIds }, resolved, rollUp);
      })();
    },
    async finish(meta) {
      try {
        // Institutions only a paper's set names come after every slot's.
        for (const s of sets) resolved.addSets(s.values());
        // Issue 16: one step, before the summary tables, so every method sees it.
        applyCorrectionsRolledUp(sqlite, input, rollUp);
        sqlite.transaction(() => {
          insertInstitutions(sqlite, resolved.institutions, rollUp);
          insertResolutions(sqlite, resolved.counts.values());
        })();

        // Summed from the finished slots (and, for papers, institutions), so corrections are in them.
        await writeSlotCube(db);
        await writePaperUnits(db);
        await writePaperCube(db);
        await writeCoverageCube(db);
        await writeCoverage(db, sqlite);

        await finishFile(file, db, sqlite, meta);
      } finally {
        await close();
      }
    },
    close,
  };
}

/** The whole input as one batch. */
export async function writeDatabase(file: string, input: DatabaseInput): Promise<void> {
  const writer = await openDatabaseWriter(file, input);
  try {
    writer.add(input.papers, input.institutionSets);
  } catch (err) {
    await writer.close();
    throw err;
  }
  await writer.finish(input.meta);
}

/** Editors' corrections over the written slots; a corrected slot's roll-up columns then follow its corrected institution. */
function applyCorrectionsRolledUp(sqlite: SQLite.Database, input: WriterInput, rollUp: RollUp): void {
  if (applyCorrections(sqlite, input.corrections ?? [], new Set(input.institutions.map((i) => i.id))) === 0) return;
  const setRollUp = sqlite.prepare(
    `UPDATE authorships SET unit_country = ?, root_id = ?, root_country = ?, unit_num = ?, root_num = ?,
       packed_root = ?, packed_unit = ?, packed_root_country = ?, packed_unit_country = ? WHERE paper_id = ? AND position = ?`,
  );
  const corrected = sqlite.prepare('SELECT paper_id, position, person_id, year, unit_id, evidence FROM authorships WHERE evidence = ?');
  sqlite.transaction(() => {
    for (const c of corrected.all(CORRECTION_EVIDENCE) as Array<{
      paper_id: number;
      position: number;
      person_id: number;
      year: number;
      unit_id: string;
      evidence: string;
    }>) {
      setRollUp.run(...rollUp.columns(c.unit_id, c.person_id, c.year, c.evidence), c.paper_id, c.position);
    }
  })();
}

/** Meta, indexes, the pre-summed figures and a check that the file is well-formed. */
async function finishFile(file: string, db: Kysely<Database>, sqlite: SQLite.Database, meta: Record<string, string>): Promise<void> {
  const insertMeta = sqlite.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  for (const [k, v] of Object.entries({ ...meta, schema_version: SCHEMA_VERSION })) insertMeta.run(k, v);
  // Indexes last: building them once is faster than maintaining them during the load.
  await indexes.create(db);
  // After the indexes: the general path that computes the figures reads through them.
  writeDerivedTables(db, sqlite);
  insertMeta.run('presummed', '1');
  sqlite.pragma('optimize');
  // quick_check: every page and record well-formed, without integrity_check's index-to-table cross-check, which costs 20x as much on a file written in one go.
  const check = sqlite.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new Error(`integrity check failed on ${file}: ${String(check)}`);
}
