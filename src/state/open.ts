// The shared state store: SQLite (WAL) in one file by default, Postgres when
// AIRANK_STATE_URL names one (postgres://…), so two bot replicas share one state. The
// read-only figures database is not here: each replica keeps its own copy.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import { PROJECT_ROOT } from '../config.ts';
import type { StateTables } from './tables.ts';

export type StateDialect = 'sqlite' | 'postgres';

export interface StateDb {
  db: Kysely<StateTables>;
  dialect: StateDialect;
  /** The file or the URL without its password, for messages. */
  where: string;
  close(): Promise<void>;
}

/** AIRANK_STATE_URL, else the SQLite file AIRANK_CORRECTIONS_DB (default var/corrections.sqlite). */
export function stateUrl(env: Record<string, string | undefined> = process.env): string {
  return env.AIRANK_STATE_URL?.trim() || env.AIRANK_CORRECTIONS_DB?.trim() || path.join(PROJECT_ROOT, 'var', 'corrections.sqlite');
}

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

export interface StateOptions {
  /**
   * SQLite only. 'disk' (default): each commit is synced to the disk (proposals survive a
   * power cut). 'process': each commit is in the operating system's hands (WAL, synchronous
   * NORMAL), which survives the process being killed but not the machine losing power; the
   * journal uses it, because a sync per acked request on the acking thread slowed acks
   * several-fold under load (README, Slack → Checks).
   */
  durability?: 'disk' | 'process';
}

/** A SQLite connection to `file` with the store's settings (also the journal writer's own, journalWorker.ts). */
export function openSqlite(file: string, durability: StateOptions['durability']): SQLite.Database {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new SQLite(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma(durability === 'process' ? 'synchronous = NORMAL' : 'synchronous = FULL');
  return db;
}

export async function openState(url: string = stateUrl(), options: StateOptions = {}): Promise<StateDb> {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    // An idle client losing its server must not crash the bot: the next query reconnects.
    pool.on('error', () => undefined);
    const db = new Kysely<StateTables>({ dialect: new PostgresDialect({ pool }) });
    const where = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    await db.connection().execute(async (conn) => {
      // Two replicas starting at once: one creates the tables, the other waits.
      await sql`SELECT pg_advisory_lock(7319022)`.execute(conn);
      try {
        await createSchema(conn, 'postgres');
      } finally {
        await sql`SELECT pg_advisory_unlock(7319022)`.execute(conn);
      }
    });
    return { db, dialect: 'postgres', where, close: () => db.destroy() };
  }
  const file = url.replace(/^(sqlite|file):(\/\/)?/i, '');
  const sqlite = openSqlite(file, options.durability);
  const db = new Kysely<StateTables>({ dialect: new SqliteDialect({ database: sqlite }) });
  await createSchema(db, 'sqlite');
  return { db, dialect: 'sqlite', where: file, close: () => db.destroy() };
}

async function createSchema(db: Kysely<StateTables>, dialect: StateDialect): Promise<void> {
  await db.schema
    .createTable('journal')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('response_url', 'text')
    .addColumn('channel', 'text')
    .addColumn('thread_ts', 'text')
    .addColumn('user_id', 'text')
    .addColumn('question', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema.createIndex('journal_pending').ifNotExists().on('journal').columns(['state', 'received_at']).execute();
  await db.schema
    .createTable('instances')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('heartbeat_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('proposals')
    .ifNotExists()
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status IN ('pending', 'accepted', 'rejected')`),
    )
    .addColumn('conference', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('current_institution', 'text')
    .addColumn('current_basis', 'text', (c) => c.notNull())
    .addColumn('institution', 'text')
    .addColumn('other', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('slack_user', 'text', (c) => c.notNull())
    .addColumn('slack_name', 'text')
    .addColumn('lang', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('snapshot', 'text')
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('why', 'text')
    .addColumn('correction_id', 'integer')
    .addColumn('notice', 'text')
    .addColumn('notice_state', 'text', (c) => c.check(sql`notice_state IN ('pending', 'sent')`))
    .addCheckConstraint('proposals_one_institution', sql`(institution IS NULL) <> (other IS NULL)`)
    .execute();
}
