// Worker thread entry (started by journal.ts): the journal's writes on SQLite, on a
// connection of its own, so their commits (and WAL checkpoints) never run on the thread
// that acknowledges requests. Group commit: writes arriving together go in one transaction
// of statements kysely builds once, and each is answered only once that transaction is
// committed (WAL, synchronous NORMAL: a commit survives the process being killed).
import type SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from '../../state/open.ts';
import type { JournalTable, StateTables } from '../../state/tables.ts';

/** A write, as the acking thread posts it (journal.ts), in arrays of those gathered together. */
export type WireWrite =
  { id: number; op: 'record'; row: JournalTable } | { id: number; op: 'sending'; key: string } | { id: number; op: 'answered'; key: string; at: string };

/** Per batch: [id, inserted] for each write once committed (inserted: false for a key already stored), or the failure. */
export type WireReply = { ready: true } | { done: [number, boolean][] } | { failed: number[]; error: { name: string; message: string } };

const COLUMNS = ['key', 'kind', 'state', 'owner', 'response_url', 'channel', 'thread_ts', 'user_id', 'question', 'received_at', 'answered_at'] as const;

/** The three writes as SQLite statements, their SQL built by kysely (only the `?name` placeholders vary). */
function prepare(raw: SQLite.Database) {
  const db = new Kysely<StateTables>({ dialect: new SqliteDialect({ database: raw }) });
  const row = Object.fromEntries(COLUMNS.map((c) => [c, `?${c}`])) as unknown as JournalTable;
  const bind = (q: { sql: string; parameters: readonly unknown[] }) => {
    const statement = raw.prepare(q.sql);
    const names = q.parameters.map((p) => (typeof p === 'string' && p.startsWith('?') ? p.slice(1) : null));
    return (values: Record<string, unknown>) => statement.run(...names.map((n, i) => (n === null ? q.parameters[i] : values[n])));
  };
  return {
    insert: bind(
      db
        .insertInto('journal')
        .values(row)
        .onConflict((oc) => oc.column('key').doNothing())
        .compile(),
    ),
    sending: bind(db.updateTable('journal').set({ state: 'sending' }).where('key', '=', '?key').where('state', '=', 'pending').compile()),
    answered: bind(db.updateTable('journal').set({ state: 'answered', answered_at: '?at' }).where('key', '=', '?key').compile()),
  };
}

const port = parentPort!;
const raw = openSqlite((workerData as { file: string }).file, 'process');
const s = prepare(raw);
const apply = raw.transaction((batch: WireWrite[]) =>
  batch.map((w): [number, boolean] => {
    if (w.op === 'record') return [w.id, s.insert(w.row as unknown as Record<string, unknown>).changes === 1];
    if (w.op === 'sending') s.sending({ key: w.key });
    else s.answered({ key: w.key, at: w.at });
    return [w.id, true];
  }),
);

let queued: WireWrite[] = [];
const commit = () => {
  const batch = queued;
  queued = [];
  try {
    port.postMessage({ done: apply(batch) } satisfies WireReply);
  } catch (error) {
    const e = error as Error;
    port.postMessage({ failed: batch.map((w) => w.id), error: { name: e?.name ?? 'Error', message: String(e?.message ?? e) } } satisfies WireReply);
  }
};

port.on('message', (writes: WireWrite[]) => {
  // Messages that arrived together are delivered in one turn: commit them after it, together.
  if (queued.length === 0) setImmediate(commit);
  queued.push(...writes);
});
port.postMessage({ ready: true } satisfies WireReply);
