// The build's query-side step (build may not import query, so the caller passes it in):
// the tables the query path reads instead of computing them when it opens or answers.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { writeGroupFigures } from './writeGroupFigures.ts';
import { writeInstitutionNames } from './writeInstitutionNames.ts';
import { writePeopleCells } from './writePeopleCells.ts';

export function writeQueryTables(db: Kysely<Database>, sqlite: SQLite.Database): void {
  writeInstitutionNames(db, sqlite);
  writeGroupFigures(db, sqlite);
  writePeopleCells(sqlite);
}
