// Worker thread entry (started by journal.ts): the journal's writes on SQLite that the
// acking thread does not commit itself (while the store is busy, journal.ts), on a
// connection of its own, and the WAL checkpoints, so that their syncs never run on the
// thread that acknowledges requests. Group commit: writes arriving together go in one
// transaction, and each is answered only once that transaction is committed (WAL,
// synchronous NORMAL: a commit survives the process being killed).
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from '../../state/open.ts';
import { journalWrites, type WireWrite } from './journalWrites.ts';

/** Per batch: [id, inserted] for each write once committed (inserted: false for a key already stored), or the failure. */
export type WireReply = { ready: true } | { done: [number, boolean][] } | { failed: number[]; error: { name: string; message: string } };

/**
 * How often the WAL is checkpointed (PASSIVE: never waits for, nor blocks, a writer). The
 * acking thread's commits do not checkpoint (wal_autocheckpoint 0 there), so the WAL is kept
 * short from here.
 */
const CHECKPOINT_MS = 1_000;

const port = parentPort!;
const raw = openSqlite((workerData as { file: string }).file, 'process');
const apply = journalWrites(raw);
setInterval(() => {
  try {
    raw.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Tried again at the next interval.
  }
}, CHECKPOINT_MS).unref();

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
