// The one place the Slack layer calls the core: ask, then pick the renderer for the
// result. Listeners only decide where the message goes.
import type { Logger } from '@slack/bolt';
import type { Asker } from '../query/asker.ts';
import type { CorrectionsDeps } from './listeners/corrections/index.ts';
import { isParseError, type Answer } from '../query/types.ts';
import { logInternalError, newErrorId } from './errors.ts';
import { renderAnswer, type SlackMessage } from './render/answer.ts';
import { renderApology } from './render/apology.ts';
import { renderParseError } from './render/parseError.ts';
import type { TableStyle } from './render/table.ts';

export interface Deps {
  asker: Asker;
  logger: Logger;
  tableStyle: TableStyle;
  /** Proposing corrections (issue 16); absent: the button says corrections are not set up. */
  corrections?: CorrectionsDeps;
}

export type Reply =
  | { kind: 'answer'; answer: Answer; message: SlackMessage }
  | { kind: 'parse_error'; message: SlackMessage }
  | { kind: 'error'; errorId: string; message: SlackMessage };

export interface ReplyOptions {
  offset?: number;
  /** Offer "Post to channel" (ephemeral answers only). */
  postButton: boolean;
}

export function errorReply(deps: Deps, error: unknown, context: string): Reply {
  const errorId = newErrorId();
  logInternalError(deps.logger, errorId, error, context);
  return { kind: 'error', errorId, message: renderApology(errorId) };
}

let tail: Promise<unknown> = Promise.resolve();

/**
 * Run synchronous core calls (SQLite) one at a time, yielding to I/O before each. Without
 * this, 200 queued asks run back to back and later requests wait seconds for their ack.
 */
export function runQueued<T>(fn: () => T): Promise<T> {
  const run = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(fn);
  tail = run.catch(() => undefined);
  return run;
}

export async function replyTo(deps: Deps, question: string, options: ReplyOptions): Promise<Reply> {
  const offset = options.offset ?? 0;
  try {
    const result = await runQueued(() => deps.asker.ask(question, offset > 0 ? { offset } : {}));
    if (isParseError(result)) return { kind: 'parse_error', message: renderParseError(result) };
    const message = renderAnswer(result, { question, tableStyle: deps.tableStyle, postButton: options.postButton }, offset);
    return { kind: 'answer', answer: result, message };
  } catch (error) {
    return errorReply(deps, error, `ask ${JSON.stringify(question)} offset ${offset}`);
  }
}

/** Let pending acks flush before a synchronous (SQLite) ask blocks the event loop. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
