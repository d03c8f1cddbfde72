// "Post to channel": ask again and post the answer visibly through the response_url
// (works in channels the bot has not joined), then remove the ephemeral copy. If the data
// snapshot changed since the user read the answer, show the new one instead of posting.
import { t } from '../../../i18n/t.ts';
import { deliver } from '../../delivery/deliver.ts';
import { replyTo, type Deps } from '../../delivery/reply.ts';
import { withNotice } from '../../render/notice.ts';
import { readButton, toClicker } from './readButton.ts';
import { buttonDestination, type ButtonArgs } from './types.ts';

export function postToChannel(deps: Deps) {
  return async (args: ButtonArgs): Promise<void> => {
    const state = await readButton(deps, args, 'Post');
    if (!state) return;
    const context = `post to channel ${JSON.stringify(state.q)}`;
    const visible = await replyTo(deps, state.q, { offset: state.o, postButton: false });
    if (visible.kind !== 'answer') {
      await toClicker(deps, args, visible.lang, visible.message, context);
      return;
    }
    if (visible.snapshot !== state.s) {
      const fresh = await replyTo(deps, state.q, { offset: state.o, postButton: true });
      const message = { ...fresh.message, ...withNotice(fresh.message, t(fresh.lang, 'slack.dataUpdatedPost')) };
      await deliver(deps.logger, buttonDestination(args, fresh.lang, 'ephemeral', fresh.kind === 'answer'), message, context);
      return;
    }
    const sent = await deliver(deps.logger, buttonDestination(args, visible.lang, 'in_channel', false), visible.message, context);
    if (sent.delivered === 'response_url') await args.respond({ delete_original: true }).catch(() => undefined);
  };
}
