// Opens a database file with kysely over better-sqlite3.
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';

export interface OpenedDatabase {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
}

export function openDatabase(file: string, options: { readonly: boolean }): OpenedDatabase {
  const sqlite = new SQLite(file, { readonly: options.readonly, fileMustExist: options.readonly });
  if (!options.readonly) {
    // The build writes a fresh file it will swap in; durability per statement is not needed.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
  }
  return { sqlite, db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }) };
}
