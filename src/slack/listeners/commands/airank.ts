// /airank: ack at once (Slack's 3-second deadline), then answer through the command's
// response_url (deliver.ts falls back to chat.postEphemeral or the DM if that fails).
// Answers are ephemeral until the user presses "Post to channel".
import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { deliver, type Delivery } from '../../delivery/deliver.ts';
import { replyTo, type Deps } from '../../delivery/reply.ts';
import { unescapeSlack } from '../../render/text.ts';

export function airankCommand(deps: Deps) {
  return async ({ ack, command, respond, client, context }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    await answerCommand(deps, {
      text: command.text,
      userId: command.user_id,
      channelId: command.channel_id,
      respond,
      client,
      journalKey: context.journalKey as string | undefined,
    });
  };
}

export interface CommandRequest {
  text: string | undefined | null;
  userId: string;
  channelId?: string;
  respond: RespondFn;
  client: AllMiddlewareArgs['client'];
  /** Its journal entry (intake.ts), marked "sending" just before the answer goes out. */
  journalKey?: string;
}

/** Answers a command, acked now or journalled before a restart (recover.ts). */
export async function answerCommand(deps: Deps, req: CommandRequest): Promise<Delivery> {
  // A form without a text field is a bare "/airank": help.
  const question = unescapeSlack(String(req.text ?? '').trim()) || 'help';
  const reply = await replyTo(deps, question, { postButton: true });
  if (req.journalKey) await deps.journal?.sending(req.journalKey);
  return deliver(
    deps.logger,
    { client: req.client, userId: req.userId, channelId: req.channelId, lang: reply.lang, via: { respond: req.respond, responseType: 'ephemeral' } },
    reply.message,
    `/airank ${JSON.stringify(question)}`,
  );
}
