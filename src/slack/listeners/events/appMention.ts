// "@airank 2024 top10" in a channel or thread: the answer goes into the thread, visible;
// parse errors and apologies go only to the asker (ephemeral) to keep threads clean.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { errorReply, replyTo, type Deps } from '../../reply.ts';

/** Remove mentions of the bot (or, if its id is unknown, a leading mention). */
export function stripMention(text: string, botUserId?: string): string {
  const stripped = botUserId
    ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ')
    : text.replace(/^\s*<@[A-Z0-9]+(\|[^>]*)?>/, ' ');
  return stripped.replace(/\s+/g, ' ').trim();
}

export function appMention(deps: Deps) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    const question = stripMention(event.text, context.botUserId) || 'help';
    const thread_ts = event.thread_ts ?? event.ts;
    const reply = await replyTo(deps, question, { postButton: false });
    try {
      if (reply.kind === 'answer' || !event.user) {
        await client.chat.postMessage({ channel: event.channel, thread_ts, ...reply.message });
      } else {
        await client.chat.postEphemeral({ channel: event.channel, user: event.user, thread_ts, ...reply.message });
      }
    } catch (error) {
      errorReply(deps, error, `post answer to mention ${JSON.stringify(question)}`);
    }
  };
}
