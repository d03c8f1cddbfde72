// "Next": the following page of a long ranking. On the user's own ephemeral answer the
// page replaces it; on a visible message the page goes only to the clicker.
import { replyTo, errorReply, yieldToEventLoop, type Deps } from '../../reply.ts';
import { decodeState } from '../../render/buttons.ts';
import { withNotice } from '../../render/notice.ts';
import { onEphemeral, type ButtonArgs } from './types.ts';

export function nextPage(deps: Deps) {
  return async ({ ack, action, body, respond }: ButtonArgs): Promise<void> => {
    await ack();
    await yieldToEventLoop();
    const state = decodeState(action.value);
    const ephemeral = onEphemeral(body);
    try {
      if (!state) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'This button has expired; please ask again.' });
        return;
      }
      const reply = await replyTo(deps, state.q, { offset: state.o, postButton: ephemeral });
      let message = reply.message;
      if (reply.kind === 'answer' && reply.answer.meta.snapshot !== state.s) {
        message = withNotice(message, 'The data were updated since the previous page; these rows come from the new snapshot.');
      }
      await respond({ response_type: 'ephemeral', replace_original: ephemeral, ...message });
    } catch (error) {
      const reply = errorReply(deps, error, `next page ${JSON.stringify(state?.q)}`);
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply.message }).catch(() => undefined);
    }
  };
}
