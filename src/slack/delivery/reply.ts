// The one place the Slack layer asks for an answer: the answer service computes and
// renders it (in a worker thread in production); failures become an apology with an
// error id, or a clear message when the database is missing. Listeners only decide
// where the message goes (deliver.ts).
import type { Logger } from '@slack/bolt';
import { t } from '../../i18n/t.ts';
import { questionLang } from '../../query/parse.ts';
import type { AnswerService } from '../answers/answerService.ts';
import type { FiguresLookup } from '../../corrections/figuresLookup.ts';
import type { ProposalStore } from '../../corrections/store.ts';
import type { Journal } from './journal.ts';
import { logInternalError, newErrorId } from './errors.ts';
import type { SlackMessage } from '../render/answer.ts';
import { renderApology } from '../render/apology.ts';
import type { FittedMessage } from '../render/fit.ts';
import type { TableStyle } from '../render/table.ts';
import type { Lang } from '../../domain/lang.ts';

/** The writable proposal store and read-only look-ups in the figures database (listeners/corrections/). */
export interface CorrectionsDeps {
  store: ProposalStore;
  figures: FiguresLookup;
}

export interface Deps {
  answers: AnswerService;
  logger: Logger;
  tableStyle: TableStyle;
  /** Proposing corrections (issue 16); absent: the button says corrections are not set up. */
  corrections?: CorrectionsDeps;
  /** The journal of acked requests (journal.ts): told when an answer is about to be sent. */
  journal?: Journal;
}

export type Reply =
  | { kind: 'answer'; message: FittedMessage; snapshot: string; lang: Lang; title: string }
  | { kind: 'parse_error'; message: SlackMessage; lang: Lang }
  | { kind: 'error'; errorId: string; message: SlackMessage; lang: Lang };

export interface ReplyOptions {
  offset?: number;
  /** Offer "Post to channel" (ephemeral answers only). */
  postButton: boolean;
  /** The whole account instead of the answer ("Caveats & method"). */
  details?: boolean;
}

/** The language asked for in the question (`lang:zh`), for messages that have no Answer. */
export { questionLang };

const DATABASE_ERRORS = new Set(['MissingDatabaseError', 'OutdatedDatabaseError']);

export function errorReply(deps: Pick<Deps, 'logger'>, error: unknown, context: string, lang: Lang = 'en'): Reply & { kind: 'error' } {
  const errorId = newErrorId();
  if (DATABASE_ERRORS.has((error as Error)?.name)) {
    // Loud on purpose: every question fails until someone rebuilds the database.
    deps.logger.error(`airank DATABASE UNAVAILABLE error id=${errorId} during ${context}: ${(error as Error).message}`);
    const text = t(lang, 'slack.databaseMissing', { id: errorId });
    return { kind: 'error', errorId, lang, message: { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${text}` } }] } };
  }
  logInternalError(deps.logger, errorId, error, context);
  return { kind: 'error', errorId, lang, message: renderApology(errorId, lang) };
}

export async function replyTo(deps: Deps, question: string, options: ReplyOptions): Promise<Reply> {
  const offset = options.offset ?? 0;
  try {
    const outcome = await deps.answers.reply({ question, offset, postButton: options.postButton, tableStyle: deps.tableStyle, details: options.details });
    return outcome.kind === 'answer' ? outcome : { ...outcome, lang: questionLang(question) };
  } catch (error) {
    return errorReply(deps, error, `ask ${JSON.stringify(question)} offset ${offset}`, questionLang(question));
  }
}
