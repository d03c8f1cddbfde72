// "@airank 2024 top10" in a channel or thread: the answer goes into the thread, visible;
// parse errors and apologies go only to the asker (ephemeral) to keep threads clean.
// Redelivered events never get here twice (dedupe.ts).
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { deliver } from '../../deliver.ts';
import { replyTo, type Deps } from '../../reply.ts';
import { unescapeSlack } from '../../render/text.ts';

/** Remove mentions of the bot (or, if its id is unknown, a leading mention). */
function stripMention(text: string, botUserId?: string): string {
  const stripped = botUserId
    ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ')
    : text.replace(/^\s*<@[A-Z0-9]+(\|[^>]*)?>/, ' ');
  return stripped.replace(/\s+/g, ' ').trim();
}

export function appMention(deps: Deps) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    const question = unescapeSlack(stripMention(event.text ?? '', context.botUserId)) || 'help';
    const reply = await replyTo(deps, question, { postButton: false });
    const visible = reply.kind === 'answer' || !event.user;
    await deliver(
      deps.logger,
      { client, userId: event.user ?? '', channelId: event.channel, threadTs: event.thread_ts ?? event.ts, lang: reply.lang, via: { post: visible ? 'message' : 'ephemeral' } },
      reply.message,
      `mention ${JSON.stringify(question)}`,
    );
  };
}
