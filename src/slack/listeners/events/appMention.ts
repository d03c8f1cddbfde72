// "@airank 2024 top10" in a channel or thread: the answer goes into the thread, visible;
// parse errors and apologies go only to the asker (ephemeral) to keep threads clean.
// Redelivered events never get here twice (dedupe.ts).
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { deliver, type Delivery } from '../../delivery/deliver.ts';
import { replyTo, type Deps } from '../../delivery/reply.ts';
import { unescapeSlack } from '../../render/text.ts';
import { ANSWER_METADATA } from '../../delivery/journal.ts';

/** Remove mentions of the bot (or, if its id is unknown, a leading mention). */
export function stripMention(text: string, botUserId?: string): string {
  const stripped = botUserId ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ') : text.replace(/^\s*<@[A-Z0-9]+(\|[^>]*)?>/, ' ');
  return stripped.replace(/\s+/g, ' ').trim();
}

export function appMention(deps: Deps) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    const question = unescapeSlack(stripMention(event.text ?? '', context.botUserId)) || 'help';
    await answerMention(deps, {
      question,
      userId: event.user,
      channelId: event.channel,
      threadTs: event.thread_ts ?? event.ts,
      client,
      journalKey: context.journalKey as string | undefined,
    });
  };
}

export interface MentionRequest {
  question: string;
  userId: string | undefined;
  channelId: string;
  threadTs: string;
  client: AllMiddlewareArgs['client'];
  /** Its journal entry (intake.ts), marked "sending" just before the answer goes out, and carried in the post's metadata. */
  journalKey?: string;
  /** Recovering an answer its process may have sent (recover.ts): a private reply is not repeated, only a missing visible one. */
  resend?: boolean;
}

/** Answers a mention in its thread, received now or journalled before a restart (recover.ts). */
export async function answerMention(deps: Deps, req: MentionRequest): Promise<Delivery> {
  const reply = await replyTo(deps, req.question, { postButton: false });
  const visible = reply.kind === 'answer' || !req.userId;
  // An ephemeral reply cannot be looked up: one that may have gone out is not sent twice.
  if (req.resend && !visible) return { delivered: null, unknown: true };
  if (req.journalKey) await deps.journal?.sending(req.journalKey);
  const metadata = req.journalKey ? { event_type: ANSWER_METADATA, event_payload: { key: req.journalKey } } : undefined;
  return deliver(
    deps.logger,
    {
      client: req.client,
      userId: req.userId ?? '',
      channelId: req.channelId,
      threadTs: req.threadTs,
      lang: reply.lang,
      metadata,
      via: { post: visible ? 'message' : 'ephemeral' },
    },
    reply.message,
    `mention ${JSON.stringify(req.question)}`,
  );
}
