// "Post to channel": ask again and post the answer visibly through the response_url
// (works in channels the bot has not joined), then remove the ephemeral copy. If the data
// snapshot changed since the user read the answer, show the new one instead of posting.
import { replyTo, errorReply, yieldToEventLoop, type Deps } from '../../reply.ts';
import { decodeState } from '../../render/buttons.ts';
import { withNotice } from '../../render/notice.ts';
import type { ButtonArgs } from './types.ts';

export function postToChannel(deps: Deps) {
  return async ({ ack, action, respond }: ButtonArgs): Promise<void> => {
    await ack();
    await yieldToEventLoop();
    const state = decodeState(action.value);
    try {
      if (!state) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'This button has expired; please ask again.' });
        return;
      }
      const visible = await replyTo(deps, state.q, { offset: state.o, postButton: false });
      if (visible.kind !== 'answer') {
        await respond({ response_type: 'ephemeral', replace_original: false, ...visible.message });
        return;
      }
      if (visible.answer.meta.snapshot !== state.s) {
        const fresh = await replyTo(deps, state.q, { offset: state.o, postButton: true });
        const notice = 'The data were updated since this answer was shown. Check the new figures below, then post again.';
        await respond({ response_type: 'ephemeral', replace_original: true, ...withNotice(fresh.message, notice) });
        return;
      }
      await respond({ response_type: 'in_channel', replace_original: false, ...visible.message });
      await respond({ delete_original: true });
    } catch (error) {
      const reply = errorReply(deps, error, `post to channel ${JSON.stringify(state?.q)}`);
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply.message }).catch(() => undefined);
    }
  };
}
