// The build's last writing step: the tables derived from the author slots that the query
// path reads instead of computing them when it opens or answers (stored names, pre-summed
// figures, people cells). The build always runs it; queries only read what it wrote.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { writeGroupFigures } from './writeGroupFigures.ts';
import { writeInstitutionNames } from './writeInstitutionNames.ts';
import { writePeopleCells } from './writePeopleCells.ts';
import { collectGarbage } from './collectGarbage.ts';

export function writeDerivedTables(db: Kysely<Database>, sqlite: SQLite.Database): void {
  writeInstitutionNames(db, sqlite);
  // People cells first: the group figures' `people` counts read their packed slots from them.
  writePeopleCells(sqlite);
  collectGarbage();
  writeGroupFigures(db, sqlite);
}
