// "Next": the following page of a long ranking. On the user's own ephemeral answer the
// page replaces it; on a visible message the page goes only to the clicker.
import { t } from '../../../i18n/t.ts';
import { deliver } from '../../delivery/deliver.ts';
import { replyTo, type Deps } from '../../delivery/reply.ts';
import { withNotice } from '../../render/notice.ts';
import { readButton } from './readButton.ts';
import { buttonDestination, onEphemeral, type ButtonArgs } from './types.ts';

export function nextPage(deps: Deps) {
  return async (args: ButtonArgs): Promise<void> => {
    const state = await readButton(deps, args, 'Next');
    if (!state) return;
    const ephemeral = onEphemeral(args.body);
    const reply = await replyTo(deps, state.q, { offset: state.o, postButton: ephemeral });
    let message = reply.message;
    if (reply.kind === 'answer' && reply.snapshot !== state.s) message = { ...message, ...withNotice(message, t(reply.lang, 'slack.dataUpdatedPage')) };
    await deliver(
      deps.logger,
      buttonDestination(args, reply.lang, 'ephemeral', ephemeral && reply.kind === 'answer'),
      message,
      `next page ${JSON.stringify(state.q)}`,
    );
  };
}
