// Runs kysely-built queries synchronously on better-sqlite3: kysely builds and types
// the SQL, better-sqlite3 executes it without the async round trip (the query path
// answers in a few milliseconds, and the front ends stay synchronous).
import type SQLite from 'better-sqlite3';
import type { Compilable } from 'kysely';

const cache = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();
// Pluck mode is a property of the statement: plucking statements are kept apart.
const pluckCache = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

function statement(sqlite: SQLite.Database, sql: string, kept = cache): SQLite.Statement {
  let byText = kept.get(sqlite);
  if (!byText) kept.set(sqlite, (byText = new Map()));
  let stmt = byText.get(sql);
  if (!stmt) byText.set(sql, (stmt = kept === pluckCache ? sqlite.prepare(sql).pluck(true) : sqlite.prepare(sql)));
  return stmt;
}

export function all<R>(sqlite: SQLite.Database, query: Compilable<R>): R[] {
  const { sql, parameters } = query.compile();
  return statement(sqlite, sql).all(...(parameters as unknown[])) as R[];
}

export function first<R>(sqlite: SQLite.Database, query: Compilable<R>): R | undefined {
  const { sql, parameters } = query.compile();
  return statement(sqlite, sql).get(...(parameters as unknown[])) as R | undefined;
}

/** The first column of every row as a plain array: the cheapest way to read many rows. */
export function pluckNumbers(sqlite: SQLite.Database, query: Compilable<unknown>): number[] {
  const { sql, parameters } = query.compile();
  return statement(sqlite, sql, pluckCache).all(...(parameters as unknown[])) as number[];
}
