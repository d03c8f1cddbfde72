// The preamble every button listener shares: acknowledge the click at once (Slack's
// 3-second deadline), then read the question the button carries. A value that no longer
// decodes (an old or tampered button) gets the "expired" line, only for the clicker.
import { t } from '../../../i18n/t.ts';
import { deliver } from '../../deliver.ts';
import type { Deps } from '../../reply.ts';
import { decodeState, type ButtonState } from '../../render/buttons.ts';
import { buttonDestination, type ButtonArgs } from './types.ts';

/** The clicked button's state, or null once the clicker has been told it expired. */
export async function readButton(deps: Deps, args: ButtonArgs, name: string): Promise<ButtonState | null> {
  await args.ack();
  const state = decodeState(args.action.value);
  if (!state) await deliver(deps.logger, buttonDestination(args, 'en', 'ephemeral', false), { text: t('en', 'slack.expired'), blocks: [] }, `expired ${name} button`);
  return state;
}
