// The journal's three writes on SQLite as prepared statements, committed together in one
// transaction: used by the acking thread to commit a write itself (delivery/journal.ts) and
// by the writer thread for the writes posted to it (journalWorker.ts).
import type SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { JournalTable, StateTables } from '../../state/tables.ts';

/** A write as committed here (and posted to the writer thread, in arrays of those gathered together). */
export type WireWrite =
  { id: number; op: 'record'; row: JournalTable } | { id: number; op: 'sending'; key: string } | { id: number; op: 'answered'; key: string; at: string };

const COLUMNS = ['key', 'kind', 'state', 'owner', 'response_url', 'channel', 'thread_ts', 'user_id', 'question', 'received_at', 'answered_at'] as const;

/**
 * Returns a function committing a batch of writes in one transaction on `raw`; it says, per
 * write, [id, inserted] (inserted: false for a record whose key is already stored). The SQL
 * is built by kysely once (only the `?name` placeholders vary).
 */
export function journalWrites(raw: SQLite.Database): (batch: WireWrite[]) => [number, boolean][] {
  const db = new Kysely<StateTables>({ dialect: new SqliteDialect({ database: raw }) });
  const row = Object.fromEntries(COLUMNS.map((c) => [c, `?${c}`])) as unknown as JournalTable;
  const bind = (q: { sql: string; parameters: readonly unknown[] }) => {
    const statement = raw.prepare(q.sql);
    const names = q.parameters.map((p) => (typeof p === 'string' && p.startsWith('?') ? p.slice(1) : null));
    return (values: Record<string, unknown>) => statement.run(...names.map((n, i) => (n === null ? q.parameters[i] : values[n])));
  };
  const insert = bind(
    db
      .insertInto('journal')
      .values(row)
      .onConflict((oc) => oc.column('key').doNothing())
      .compile(),
  );
  const sending = bind(db.updateTable('journal').set({ state: 'sending' }).where('key', '=', '?key').where('state', '=', 'pending').compile());
  const answered = bind(db.updateTable('journal').set({ state: 'answered', answered_at: '?at' }).where('key', '=', '?key').compile());
  // IMMEDIATE: the write lock is taken at BEGIN, so a busy store fails there, before any statement.
  return raw.transaction((batch: WireWrite[]) =>
    batch.map((w): [number, boolean] => {
      if (w.op === 'record') return [w.id, insert(w.row as unknown as Record<string, unknown>).changes === 1];
      if (w.op === 'sending') sending({ key: w.key });
      else answered({ key: w.key, at: w.at });
      return [w.id, true];
    }),
  ).immediate;
}
