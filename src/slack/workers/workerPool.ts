// A small pool of worker threads computing answers (answerWorker.ts), each with its own
// read-only database connection. The main thread only receives requests, acks them and
// delivers results, so acks never wait behind a query or a chart.
//
// The worker entry is the file `answerWorker<ext>` next to this module, <ext> being this
// module's own extension: `.ts` when run from sources (loaded through tsx, as under
// `npm run bot` or vitest), `.js` when bundled (the bundle must emit answerWorker.js as a
// second entry point beside the file that contains this code).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnswerService } from '../answers/answerService.ts';
import type { ChartOutcome, CsvOutcome, PageOutcome, ReplyOutcome, ReplyRequest } from '../answers/compute.ts';
import type { DatabaseEvent } from '../answers/liveDatabase.ts';

export interface WorkerRequest {
  id: number;
  op: 'reply' | 'csv' | 'chart' | 'page';
  arg: unknown;
}

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; stack: string } }
  | { event: DatabaseEvent }
  | { ready: true };

/** One worker per core left after the main thread: 1 on this 2-core machine. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** A worker entry beside this module, with its extension (see above; also journalWorker). */
export function workerEntry(name = 'answerWorker'): URL {
  const ext = path.extname(fileURLToPath(import.meta.url));
  return new URL(`./${name}${ext}`, import.meta.url);
}

export function spawn(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  // From sources: load the entry through tsx's loader inside the worker.
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx')), 'esm', 'api', 'index.mjs')).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => m.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(tsxApi)}))`;
  return new Worker(code, { eval: true, workerData });
}

interface Task {
  id: number;
  op: WorkerRequest['op'];
  arg: unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Task | null;
}

export interface PoolOptions {
  dbPath: string;
  size?: number;
  snapshotCheckMs?: number;
  onEvent?: (event: DatabaseEvent) => void;
  /** A worker died (it is replaced); for the log. */
  onWorkerError?: (error: Error) => void;
}

export function workerPool(options: PoolOptions): AnswerService & { size: number } {
  const size = Math.max(1, options.size ?? defaultPoolSize());
  const entry = workerEntry();
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closing = false;

  const pump = () => {
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue;
      const task = queue.shift()!;
      slot.busy = task;
      slot.worker.postMessage({ id: task.id, op: task.op, arg: task.arg } satisfies WorkerRequest);
    }
  };

  const start = (slot: Slot) => {
    const worker = spawn(entry, { dbPath: options.dbPath, snapshotCheckMs: options.snapshotCheckMs });
    slot.worker = worker;
    worker.on('message', (msg: WorkerReply) => {
      if ('event' in msg) return options.onEvent?.(msg.event);
      if ('ready' in msg) return;
      const task = slot.busy;
      if (!task || task.id !== msg.id) return;
      slot.busy = null;
      if (msg.ok) task.resolve(msg.value);
      else task.reject(Object.assign(new Error(msg.error.message), { name: msg.error.name, stack: msg.error.stack }));
      pump();
    });
    const fail = (error: Error) => {
      const task = slot.busy;
      slot.busy = null;
      task?.reject(error);
      if (closing) return;
      options.onWorkerError?.(error);
      start(slot);
      pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closing && slot.worker === worker) fail(new Error(`answer worker exited with code ${code}`));
    });
  };

  for (let i = 0; i < size; i++) {
    const slot = { busy: null } as unknown as Slot;
    slots.push(slot);
    start(slot);
  }

  const run = <T>(op: WorkerRequest['op'], arg: unknown) =>
    new Promise<T>((resolve, reject) => {
      if (closing) return reject(new Error('answer pool is closed'));
      queue.push({ id: nextId++, op, arg, resolve: resolve as (v: unknown) => void, reject });
      pump();
    });

  return {
    size,
    reply: (req: ReplyRequest) => run<ReplyOutcome>('reply', req),
    csv: (question: string) => run<CsvOutcome>('csv', question),
    chart: (question: string) => run<ChartOutcome>('chart', question),
    page: (question: string, offset: number) => run<PageOutcome>('page', { question, offset }),
    async close() {
      closing = true;
      for (const task of queue.splice(0)) task.reject(new Error('answer pool is closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
