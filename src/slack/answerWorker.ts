// Worker thread entry (started by workerPool.ts): its own read-only LiveDatabase, one
// request at a time, results posted back. Found next to the module that starts it.
import { parentPort, workerData } from 'node:worker_threads';
import { runOperation } from './answerService.ts';
import { LiveDatabase } from './liveDatabase.ts';
import type { WorkerReply, WorkerRequest } from './workerPool.ts';

const { dbPath, snapshotCheckMs } = workerData as { dbPath: string; snapshotCheckMs?: number };
const port = parentPort!;
const live = new LiveDatabase(dbPath, { snapshotCheckMs, onEvent: (event) => port.postMessage({ event } satisfies WorkerReply) });

port.on('message', (msg: WorkerRequest) => {
  runOperation(live, msg.op, msg.arg).then(
    (value) => port.postMessage({ id: msg.id, ok: true, value } satisfies WorkerReply),
    (error: Error) => port.postMessage({ id: msg.id, ok: false, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error), stack: String(error?.stack ?? '') } } satisfies WorkerReply),
  );
});
port.postMessage({ ready: true } satisfies WorkerReply);
