// Issue 16: proposing a correction from a `papers` drill-down (button → modal → store).
import type { App, BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import type { Deps } from '../../delivery/reply.ts';
import { ACTION_PROPOSE } from '../../render/buttons.ts';
import { institutionOptions } from './institutionOptions.ts';
import { ACTION_INSTITUTION, ACTION_PICK_SLOT, CALLBACK_PROPOSE } from './modal.ts';
import { openProposal } from './openProposal.ts';
import { pickSlot } from './pickSlot.ts';
import { submitProposal } from './submitProposal.ts';

export function register(app: App, deps: Deps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_PROPOSE, openProposal(deps));
  app.action<BlockAction<StaticSelectAction>>(ACTION_PICK_SLOT, pickSlot(deps));
  app.options({ action_id: ACTION_INSTITUTION }, institutionOptions(deps));
  app.view(CALLBACK_PROPOSE, submitProposal(deps));
}
