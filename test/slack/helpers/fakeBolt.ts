// Bolt's listener arguments without HTTP, as in Bolt's app template tests: `ack`,
// `respond` and the Web API `client` record their calls in one ordered list, and a fake
// answer service stands in for the worker pool. Listeners are called directly.
import type { Logger } from '@slack/bolt';
import type { AnswerService } from '../../../src/slack/answers/answerService.ts';
import type { ChartOutcome, CsvOutcome, PageOutcome, ReplyOutcome, ReplyRequest } from '../../../src/slack/answers/compute.ts';
import type { CorrectionsDeps, Deps } from '../../../src/slack/delivery/reply.ts';

export interface Call {
  method: string;
  args: unknown;
}

/** A Web API error as the client throws it (`{ ok: false, error }`). */
export function platformError(error: string): Error {
  return Object.assign(new Error(`An API error occurred: ${error}`), { code: 'slack_webapi_platform_error', data: { ok: false, error } });
}

export function fakeBolt(failing: Record<string, string> = {}) {
  const calls: Call[] = [];
  const record =
    (method: string, result: unknown = { ok: true }) =>
    async (args?: unknown): Promise<unknown> => {
      calls.push({ method, args });
      if (failing[method]) throw platformError(failing[method]);
      return result;
    };
  const client = {
    chat: { postMessage: record('chat.postMessage'), postEphemeral: record('chat.postEphemeral') },
    conversations: { open: record('conversations.open', { ok: true, channel: { id: 'D-DM' } }) },
    files: { uploadV2: record('files.uploadV2') },
    views: { open: record('views.open'), update: record('views.update') },
  };
  return {
    calls,
    ack: record('ack') as (args?: unknown) => Promise<void>,
    respond: record('respond') as (args: unknown) => Promise<void>,
    client,
    /** The methods called, in order. */
    methods: () => calls.map((c) => c.method),
    argsOf: (method: string) => calls.filter((c) => c.method === method).map((c) => c.args as Record<string, unknown>),
  };
}

export type FakeBolt = ReturnType<typeof fakeBolt>;

/** Answer service: "bad …" questions do not parse; anything else answers with its own text. */
export function fakeAnswers(outcomes: { snapshot?: string; csv?: CsvOutcome; chart?: ChartOutcome; page?: PageOutcome } = {}) {
  const asked: Array<{ op: string; arg: unknown }> = [];
  const snapshot = outcomes.snapshot ?? 'snap-1';
  const service: AnswerService = {
    async reply(req: ReplyRequest): Promise<ReplyOutcome> {
      asked.push({ op: 'reply', arg: req });
      if (req.question.startsWith('bad')) return { kind: 'parse_error', message: { text: `cannot read ${req.question}`, blocks: [] } };
      return { kind: 'answer', message: { text: `answer to ${req.question} from ${req.offset}`, blocks: [] }, snapshot, lang: 'en', title: req.question };
    },
    async csv(question) {
      asked.push({ op: 'csv', arg: question });
      return outcomes.csv ?? { kind: 'csv', title: 'Top 10', rows: 10, csv: 'rank,institution\n1,A\n', comment: 'c', lang: 'en' };
    },
    async chart(question) {
      asked.push({ op: 'chart', arg: question });
      return outcomes.chart ?? { kind: 'chart', png: new Uint8Array([137, 80]), title: 'Top 10', command: question, snapshot, lang: 'en' };
    },
    async page(question, offset) {
      asked.push({ op: 'page', arg: { question, offset } });
      return outcomes.page ?? { kind: 'parse_error' };
    },
    close: async () => undefined,
  };
  return { service, asked };
}

export function fakeLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log =
    (level: string) =>
    (...msg: unknown[]) =>
      void lines.push(`${level} ${msg.join(' ')}`);
  return {
    lines,
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    setLevel: () => undefined,
    getLevel: () => 'info' as never,
    setName: () => undefined,
  } as Logger & { lines: string[] };
}

export function fakeDeps(answers: AnswerService, corrections?: CorrectionsDeps): Deps & { logger: ReturnType<typeof fakeLogger> } {
  return { answers, logger: fakeLogger(), tableStyle: 'preformatted', corrections };
}
