// Telling proposers what happened to their proposals, in a DM from the bot. A notice is
// recorded as pending when it is decided; a sender claims it (one UPDATE: pending → sent)
// before sending, so two senders at once (two `notify` runs, the bot starting while an
// editor accepts) never both send it. One that could not be sent (no token, Slack down) is
// given back and sent by the next attempt: `airank corrections notify`, or the bot when it
// starts; one that timed out or lost its connection after it was written may have been
// sent, so it is not sent again (nor retried automatically by the client).
import { webApi } from '@slack/bolt';
import type { ProposalStore } from './store.ts';

export type SlackClient = InstanceType<typeof webApi.WebClient>;

export interface NoticeResult {
  sent: number[];
  failed: Array<{ id: number; error: string }>;
  /** Timed out or lost the connection after the DM was written: possibly sent, so kept as sent. */
  unknown: number[];
}

/** A Web API client from SLACK_BOT_TOKEN (and SLACK_API_URL), or null when no token is set. */
export function clientFromEnv(env: Record<string, string | undefined> = process.env): SlackClient | null {
  const token = env.SLACK_BOT_TOKEN?.trim();
  if (!token) return null;
  const apiUrl = env.SLACK_API_URL?.trim();
  // No automatic retry: a DM whose connection broke after it was written may have been sent.
  // A rate-limited one is refused at once (Slack did not run it) and stays pending.
  return new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  });
}

/** No HTTP answer to the post (timeout, connection lost): Slack may have sent it. */
const mayHaveBeenSent = (error: unknown): boolean => (error as { code?: string } | null)?.code === webApi.ErrorCode.RequestError;

export async function deliverNotices(store: ProposalStore, client: SlackClient): Promise<NoticeResult> {
  const result: NoticeResult = { sent: [], failed: [], unknown: [] };
  for (const p of await store.pendingNotices()) {
    if (!(await store.claimNotice(p.id))) continue; // another sender has it
    let posting = false;
    try {
      const dm = await client.conversations.open({ users: p.slackUser });
      const channel = dm.channel?.id;
      if (!channel) throw new Error('conversations.open returned no channel id');
      posting = true;
      await client.chat.postMessage({ channel, text: p.notice ?? '' });
      result.sent.push(p.id);
    } catch (error) {
      // A DM that may have been sent stays claimed (never sent twice); any other failure is given back.
      if (posting && mayHaveBeenSent(error)) result.unknown.push(p.id);
      else {
        await store.releaseNotice(p.id);
        result.failed.push({ id: p.id, error: (error as Error).message });
      }
    }
  }
  return result;
}
