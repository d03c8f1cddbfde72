// /airank: ack at once (Slack's 3-second deadline), then answer through the command's
// response_url (deliver.ts falls back to chat.postEphemeral or the DM if that fails).
// Answers are ephemeral until the user presses "Post to channel".
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { deliver } from '../../deliver.ts';
import { replyTo, type Deps } from '../../reply.ts';
import { unescapeSlack } from '../../render/text.ts';

export function airankCommand(deps: Deps) {
  return async ({ ack, command, respond, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    // A form without a text field is a bare "/airank": help.
    const question = unescapeSlack(String(command.text ?? '').trim()) || 'help';
    const reply = await replyTo(deps, question, { postButton: true });
    await deliver(
      deps.logger,
      { client, userId: command.user_id, channelId: command.channel_id, lang: reply.lang, via: { respond, responseType: 'ephemeral' } },
      reply.message,
      `/airank ${JSON.stringify(question)}`,
    );
  };
}
