// The preamble every button listener shares: acknowledge the click at once (Slack's
// 3-second deadline), then read the question the button carries. A value that no longer
// decodes (an old or tampered button) gets the "expired" line, only for the clicker.
// Also the replies only the clicker sees: a line, or a failed click's apology.
import { t } from '../../../i18n/t.ts';
import { deliver, type Delivery } from '../../delivery/deliver.ts';
import { errorReply, questionLang, type Deps } from '../../delivery/reply.ts';
import { decodeState, type ButtonState } from '../../render/buttons.ts';
import type { FittedMessage } from '../../render/fit.ts';
import { buttonDestination, type ButtonArgs } from './types.ts';
import type { Lang } from '../../../domain/lang.ts';

/** The clicked button's state, or null once the clicker has been told it expired. */
export async function readButton(deps: Deps, args: ButtonArgs, name: string): Promise<ButtonState | null> {
  await args.ack();
  const state = decodeState(args.action.value);
  if (!state) await toClicker(deps, args, 'en', { text: t('en', 'slack.expired'), blocks: [] }, `expired ${name} button`);
  return state;
}

/** A message only the clicker sees, beside the clicked one (deliver.ts's fallbacks apply). */
export function toClicker(deps: Deps, args: ButtonArgs, lang: Lang, message: FittedMessage, context: string): Promise<Delivery> {
  return deliver(deps.logger, buttonDestination(args, lang, 'ephemeral', false), message, context);
}

/** A click that failed: the apology with its error id, in the question's language, to the clicker. */
export async function apologize(deps: Deps, args: ButtonArgs, error: unknown, name: string, question: string): Promise<void> {
  const reply = errorReply(deps, error, `${name} ${JSON.stringify(question)}`, questionLang(question));
  await toClicker(deps, args, reply.lang, reply.message, `${name} error ${reply.errorId}`);
}
