import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Destination } from '../../delivery/deliver.ts';
import type { Lang } from '../../../domain/lang.ts';

export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** True when the clicked button sits on an ephemeral message (only the clicker sees it). */
export function onEphemeral(body: BlockAction): boolean {
  return Boolean((body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral);
}

export function threadOf(body: BlockAction): string | undefined {
  return (body.container as { thread_ts?: string } | undefined)?.thread_ts;
}

/** Where a button's answer goes: its response_url, with the usual fallbacks (deliver.ts). */
export function buttonDestination(args: ButtonArgs, lang: Lang, responseType: 'ephemeral' | 'in_channel', replaceOriginal: boolean): Destination {
  const { body, client, respond } = args;
  return { client, userId: body.user.id, channelId: body.channel?.id, lang, via: { respond, responseType, replaceOriginal } };
}
