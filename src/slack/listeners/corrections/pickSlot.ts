// A slot picked in the modal: show its paper, author, institution today and why, by
// updating the view in place (typed values are kept: block ids do not change).
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs, StaticSelectAction } from '@slack/bolt';
import type { KnownBlock, ModalView } from '@slack/types';
import { decodeSlot } from '../../../corrections/slotKey.ts';
import { logInternalError, newErrorId } from '../../delivery/errors.ts';
import type { Deps } from '../../delivery/reply.ts';
import { retryRateLimited } from '../../delivery/retryPolicy.ts';
import { BLOCK_DETAILS, detailsBlock, modalState } from './modal.ts';
import { offeredSlot } from './offeredSlot.ts';

type PickArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<StaticSelectAction>>;

export function pickSlot(deps: Deps) {
  return async ({ ack, action, body, client, context }: PickArgs): Promise<void> => {
    await ack();
    const view = body.view;
    const ref = decodeSlot(offeredSlot(action.selected_option?.value, context.botToken));
    if (!view || !ref || !deps.corrections) return;
    try {
      const slot = deps.corrections.figures.slot(ref);
      const blocks = (view.blocks as KnownBlock[]).filter((b) => b.block_id !== BLOCK_DETAILS);
      const at = blocks.findIndex((b) => b.block_id === 'slot');
      if (slot) blocks.splice(at + 1, 0, detailsBlock(slot, modalState(view.private_metadata).l));
      const next: ModalView = {
        type: 'modal',
        callback_id: view.callback_id,
        title: view.title,
        ...(view.submit ? { submit: view.submit } : {}),
        ...(view.close ? { close: view.close } : {}),
        private_metadata: view.private_metadata,
        blocks,
      };
      await retryRateLimited(() => client.views.update({ view_id: view.id, hash: view.hash, view: next }));
    } catch (error) {
      // The submission checks the slot again, so a failed preview only costs the preview.
      logInternalError(deps.logger, newErrorId(), error, 'correction slot preview');
    }
  };
}
