// Answers what a stopped or crashed bot process acknowledged but never answered: each
// pending command and mention in the journal whose owner is gone, still within Slack's
// 30-minute response_url window, is claimed by exactly one live process (journal.ts) and
// answered as it would have been (a mention it was sending, only if its thread does not
// have the answer yet; a command it was sending gets a notice that it may not have arrived);
// an answer that cannot be computed becomes the usual apology with an error id (reply.ts). Runs at start-up and then every heartbeat, so a
// replica also takes over from a peer that died.
import type { AllMiddlewareArgs, Logger, RespondFn } from '@slack/bolt';
import { createRespond } from '@slack/bolt/dist/context/create-respond.js';
import { logInternalError, newErrorId } from './delivery/errors.ts';
import { ANSWER_METADATA, isSendsHeld, type Journal, type StoredEntry } from './delivery/journal.ts';
import { answerCommand } from './listeners/commands/airank.ts';
import { answerMention, stripMention } from './listeners/events/appMention.ts';
import type { Deps } from './delivery/reply.ts';
import { unescapeSlack } from './render/text.ts';
import { deliver } from './delivery/deliver.ts';
import { t } from '../i18n/t.ts';
import { questionLang } from '../query/parse.ts';

type WebClient = AllMiddlewareArgs['client'];

/**
 * Whether a mention's answer is already in its thread: every answer posted there carries its
 * journal key in message metadata (deliver.ts), which conversations.replies returns when
 * asked to (include_all_metadata). Slack docs: docs.slack.dev/messaging/message-metadata.
 */
export async function alreadyInThread(client: WebClient, entry: StoredEntry): Promise<boolean> {
  let cursor: string | undefined;
  do {
    const page = await client.conversations.replies({
      channel: entry.channel!,
      ts: entry.thread_ts!,
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    const found = (page.messages ?? []).some((m) => {
      const metadata = (m as { metadata?: { event_type?: string; event_payload?: { key?: unknown } } }).metadata;
      return metadata?.event_type === ANSWER_METADATA && metadata.event_payload?.key === entry.key;
    });
    if (found) return true;
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return false;
}

/**
 * A command whose answer was on its way to the response_url when its process died: it may
 * have been posted, and Slack offers no way to check, so the asker is told, once, with the
 * command to ask again, rather than sent a possible second copy (README, Delivery).
 */
async function noticeMaybeSent(deps: Deps, client: WebClient, entry: StoredEntry, respond: RespondFn): Promise<void> {
  const question = unescapeSlack(String(entry.question ?? '').trim()) || 'help';
  const lang = questionLang(question);
  const text = t(lang, 'slack.maybeSent', { command: `/airank ${question}` });
  const dest = {
    client,
    userId: entry.user_id ?? '',
    channelId: entry.channel ?? undefined,
    lang,
    via: { respond, responseType: 'ephemeral' as const, replaceOriginal: false },
  };
  await deliver(deps.logger, dest, { text, blocks: [] }, `notice for ${entry.key}`);
}

async function answerEntry(deps: Deps, client: WebClient, entry: StoredEntry): Promise<void> {
  if (entry.state === 'sending' && entry.kind === 'mention' && entry.channel && entry.thread_ts && (await alreadyInThread(client, entry))) {
    deps.logger.info(`airank: ${entry.key} was posted before its process stopped; not posted again`);
    return;
  }
  if (entry.kind === 'command') {
    const respond: RespondFn = entry.response_url ? createRespond(fetch, entry.response_url) : () => Promise.reject(new Error('no response_url'));
    if (entry.state === 'sending') return void (await noticeMaybeSent(deps, client, entry, respond));
    await answerCommand(deps, {
      text: entry.question,
      userId: entry.user_id ?? '',
      channelId: entry.channel ?? undefined,
      respond,
      client,
      journalKey: entry.key,
    });
  } else if (entry.kind === 'mention' && entry.channel && entry.thread_ts) {
    const question = unescapeSlack(stripMention(entry.question ?? '')) || 'help';
    await answerMention(deps, {
      question,
      userId: entry.user_id ?? undefined,
      channelId: entry.channel,
      threadTs: entry.thread_ts,
      client,
      journalKey: entry.key,
      resend: entry.state === 'sending',
    });
  }
}

export interface Recovery {
  /** One pass: claim and answer the orphans; resolves with how many were answered. */
  sweep(): Promise<number>;
  /** Sweeps now and then every `everyMs` until stopped. */
  start(everyMs: number): void;
  stop(): Promise<void>;
}

export function recovery(journal: Journal, deps: Deps, client: WebClient, logger: Logger): Recovery {
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<number> | null = null;
  const pass = async (): Promise<number> => {
    const entries = await journal.claimOrphans();
    if (entries.length === 0) return 0;
    logger.warn(`airank: answering ${entries.length} request(s) acknowledged by a bot process that stopped before answering`);
    await Promise.all(
      entries.map(async (entry) => {
        try {
          await answerEntry(deps, client, entry);
        } catch (error) {
          if (isSendsHeld(error)) return; // stopping: it stays pending for the next process
          logInternalError(logger, newErrorId(), error, `recovering ${entry.key}`);
        }
        await journal.answered(entry.key);
      }),
    );
    return entries.length;
  };
  const sweep = () => {
    current ??= pass()
      .catch((error: unknown) => {
        logInternalError(logger, newErrorId(), error, 'journal recovery');
        return 0;
      })
      .finally(() => (current = null));
    return current;
  };
  return {
    sweep,
    start(everyMs) {
      void sweep();
      timer = setInterval(() => void sweep(), everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await current;
    },
  };
}
