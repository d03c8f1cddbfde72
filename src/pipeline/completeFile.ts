// The build's second part: what is written from the database file alone once every author
// slot, institution and meta row is in it (the summary tables, indexes and derived tables),
// then a check that the file is well-formed. build.ts runs it in a process of its own
// (completeStage.ts), which starts small, so the venue filters' figures can be computed on a
// second thread within the memory budget; writeDatabase.ts runs it in-process by default.
import { openDatabase } from '../db/open.ts';
import { indexes } from '../db/createSchema.ts';
import { writeDerivedTables } from './writeDerivedTables.ts';
import { writeCoverage, writeCoverageCube, writePaperCube, writePaperUnits, writeSlotCube } from './summaryTables.ts';

export interface CompleteOptions {
  /** Compute the venue filters' figures on a worker thread beside the unfiltered ones (writeGroupFigures.ts). */
  twoThreads?: boolean;
}

export async function completeFile(file: string, options: CompleteOptions = {}): Promise<void> {
  const { db, sqlite } = openDatabase(file, { readonly: false });
  try {
    // Summed from the finished slots (and, for papers, institutions), so corrections are in them.
    await writeSlotCube(db);
    await writePaperUnits(db);
    await writePaperCube(db);
    await writeCoverageCube(db);
    await writeCoverage(db, sqlite);
    // Indexes last: building them once is faster than maintaining them during the load.
    await indexes.create(db);
    // After the indexes: the general path that computes the figures reads through them.
    await writeDerivedTables(db, sqlite, options.twoThreads ? file : undefined);
    sqlite.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('presummed', '1');
    sqlite.pragma('optimize');
    // quick_check: every page and record well-formed, without integrity_check's index-to-table cross-check, which costs 20x as much on a file written in one go.
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity check failed on ${file}: ${String(check)}`);
  } finally {
    await db.destroy();
  }
}
