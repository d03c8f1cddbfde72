// Opens a built database read-only and answers questions against it.
import { existsSync } from 'node:fs';
import { SCHEMA_VERSION } from '../db/createSchema.ts';
import { openDatabase, type OpenedDatabase } from '../db/open.ts';
import { first } from '../db/run.ts';
import { answer } from './answer.ts';
import { AnswerCache } from './answerCache.ts';
import type { Asker } from './asker.ts';
import { loadContext } from './context/context.ts';
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

/** The schema version of an opened database, or null when it has none. */
function schemaVersion({ db, sqlite }: OpenedDatabase): string | null {
  try {
    return first(sqlite, db.selectFrom('meta').select('value').where('key', '=', 'schema_version'))?.value ?? null;
  } catch {
    return null; // not an airank database at all, or one from before versions were stored
  }
}

/** The schema version a database file was built with, or null when it has none. */
export function databaseSchemaVersion(file: string): string | null {
  const opened = openDatabase(file, { readonly: true });
  try {
    return schemaVersion(opened);
  } finally {
    opened.sqlite.close();
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

export interface OpenAskerOptions {
  /** Keep answers to repeated questions (default true; the bench measures without). */
  cache?: boolean;
  /** Read pre-summed figures where they cover the question (default true; tests compare both paths). */
  presummed?: boolean;
}

/** Answers kept per asker: the most recently asked, enough for a deadline's worth of checks. */
const CACHE_SIZE = 500;

export function openAsker(file: string, options: OpenAskerOptions = {}): Asker {
  if (!existsSync(file)) throw new MissingDatabaseError(file);
  const opened = openDatabase(file, { readonly: true });
  if (schemaVersion(opened) !== SCHEMA_VERSION) {
    opened.sqlite.close();
    throw new OutdatedDatabaseError(file);
  }
  const ctx = loadContext(opened.db, opened.sqlite, { presummed: options.presummed });
  // One asker reads one snapshot (the open file stays the same even when a rebuild replaces
  // it; a reload opens a new asker), so its cache never outlives the snapshot it was filled from.
  const cache = options.cache === false ? null : new AnswerCache(CACHE_SIZE);
  return {
    ask(text, askOptions = {}) {
      const parsed = parse(text, ctx.lexicon);
      if (parsed.kind === 'parse_error') return parsed;
      const offset = askOptions.offset ?? 0;
      if (!cache) return answer(ctx, parsed, offset);
      // The whole parsed query, not only its canonical text: an option the canonical form
      // does not spell out can never share an entry with a question without it.
      const key = `${ctx.meta.snapshot}\u0000${offset}\u0000${JSON.stringify(parsed)}`;
      return cache.get(key) ?? cache.set(key, answer(ctx, parsed, offset));
    },
    close() {
      opened.sqlite.close();
    },
  };
}
