// Worker thread entry (started by workerPool.ts): its own read-only LiveDatabase, one
// request at a time, results posted back. Found next to the module that starts it.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { runOperation } from '../answers/answerService.ts';
import { LiveDatabase } from '../answers/liveDatabase.ts';
import type { WorkerReply, WorkerRequest } from './workerPool.ts';

const { dbPath, snapshotCheckMs } = workerData as { dbPath: string; snapshotCheckMs?: number };

// On Linux a thread's nice value is its own: answers yield the CPU to the main thread, so
// acks stay fast when the cores are busy (elsewhere this may fail or apply process-wide; skip).
if (process.platform === 'linux') {
  try {
    setPriority(0, 10);
  } catch {
    // not permitted: answers run at normal priority
  }
}
const port = parentPort!;
const live = new LiveDatabase(dbPath, { snapshotCheckMs, onEvent: (event) => port.postMessage({ event } satisfies WorkerReply) });

port.on('message', (msg: WorkerRequest) => {
  runOperation(live, msg.op, msg.arg).then(
    (value) => port.postMessage({ id: msg.id, ok: true, value } satisfies WorkerReply),
    (error: Error) =>
      port.postMessage({
        id: msg.id,
        ok: false,
        error: { name: error?.name ?? 'Error', message: String(error?.message ?? error), stack: String(error?.stack ?? '') },
      } satisfies WorkerReply),
  );
});
port.postMessage({ ready: true } satisfies WorkerReply);
// Open the database now, so its state is logged (and a missing file reported) at startup.
live.use(() => undefined).catch(() => undefined);
