import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';

export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** True when the clicked button sits on an ephemeral message (only the clicker sees it). */
export function onEphemeral(body: BlockAction): boolean {
  return Boolean((body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral);
}
