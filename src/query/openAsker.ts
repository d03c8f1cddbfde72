// Opens a built database read-only and answers questions against it.
import { existsSync } from 'node:fs';
import { SCHEMA_VERSION } from '../db/createSchema.ts';
import { openDatabase } from '../db/open.ts';
import { first } from '../db/run.ts';
import { answer } from './answer.ts';
import type { Asker } from './asker.ts';
import { loadContext } from './context.ts';
import { parse } from './parse.ts';

export class MissingDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`No airank database at ${file}. Build it first: npm run setup`);
    this.name = 'MissingDatabaseError';
  }
}

export class OutdatedDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`The airank database at ${file} was built by an older version. Rebuild it: npm run setup`);
    this.name = 'OutdatedDatabaseError';
  }
}

/** The schema version a database file was built with, or null when it has none. */
export function databaseSchemaVersion(file: string): string | null {
  const { db, sqlite } = openDatabase(file, { readonly: true });
  try {
    return first(sqlite, db.selectFrom('meta').select('value').where('key', '=', 'schema_version'))?.value ?? null;
  } catch {
    return null; // not an airank database at all, or one from before versions were stored
  } finally {
    sqlite.close();
  }
}

/** The snapshot id a database file was built with, or null (read on a short-lived connection, for reload checks). */
export function databaseSnapshot(file: string): string | null {
  const { db, sqlite } = openDatabase(file, { readonly: true });
  try {
    return first(sqlite, db.selectFrom('meta').select('value').where('key', '=', 'snapshot'))?.value ?? null;
  } catch {
    return null;
  } finally {
    sqlite.close();
  }
}

export function openAsker(file: string): Asker {
  if (!existsSync(file)) throw new MissingDatabaseError(file);
  if (databaseSchemaVersion(file) !== SCHEMA_VERSION) throw new OutdatedDatabaseError(file);
  const { db, sqlite } = openDatabase(file, { readonly: true });
  const ctx = loadContext(db, sqlite);
  return {
    ask(text, options = {}) {
      const parsed = parse(text, ctx.lexicon);
      return parsed.kind === 'parse_error' ? parsed : answer(ctx, parsed, options.offset ?? 0);
    },
    close() {
      sqlite.close();
    },
  };
}
