// Where Slack answers are computed. The bot uses a pool of worker threads (workerPool.ts),
// so the event loop that acknowledges requests never waits for SQLite or rendering; tests
// with a fake core use the in-process service, which runs the same compute functions.
import type { Asker } from '../../query/asker.ts';
import {
  computeChart,
  computeCsv,
  computePage,
  computeReply,
  type ChartOutcome,
  type CsvOutcome,
  type PageOutcome,
  type ReplyOutcome,
  type ReplyRequest,
} from './compute.ts';

export interface AnswerService {
  reply(req: ReplyRequest): Promise<ReplyOutcome>;
  csv(question: string): Promise<CsvOutcome>;
  chart(question: string): Promise<ChartOutcome>;
  page(question: string, offset: number): Promise<PageOutcome>;
  close(): Promise<void>;
}

/** Something that lends an Asker for one request: a fixed one, or LiveDatabase (reloads). */
export interface AskerSource {
  use<T>(fn: (asker: Asker) => T | Promise<T>): Promise<T>;
  close(): void;
}

export function fixedAsker(asker: Asker): AskerSource {
  return { use: async (fn) => fn(asker), close: () => asker.close() };
}

/** Run one operation; errors travel as plain objects (worker messages cannot carry classes). */
export function runOperation(source: AskerSource, op: string, arg: unknown): Promise<unknown> {
  switch (op) {
    case 'reply':
      return source.use((asker) => computeReply(asker, arg as ReplyRequest));
    case 'csv':
      return source.use((asker) => computeCsv(asker, arg as string));
    case 'chart':
      return source.use((asker) => computeChart(asker, arg as string));
    case 'page': {
      const { question, offset } = arg as { question: string; offset: number };
      return source.use((asker) => computePage(asker, question, offset));
    }
    default:
      return Promise.reject(new Error(`unknown operation ${op}`));
  }
}

let tail: Promise<unknown> = Promise.resolve();

/**
 * Run core calls one at a time, yielding to I/O before each, so acks queued meanwhile are
 * sent first. Used only in process; the worker pool needs no queue on the main thread.
 */
function runQueued<T>(fn: () => Promise<T>): Promise<T> {
  const run = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(fn);
  tail = run.catch(() => undefined);
  return run;
}

export function inProcessService(source: AskerSource): AnswerService {
  const run = <T>(op: string, arg: unknown) => runQueued(() => runOperation(source, op, arg) as Promise<T>);
  return {
    reply: (req) => run('reply', req),
    csv: (question) => run('csv', question),
    chart: (question) => run('chart', question),
    page: (question, offset) => run('page', { question, offset }),
    close: async () => source.close(),
  };
}
