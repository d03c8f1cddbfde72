// Telling proposers what happened to their proposals, in a DM from the bot. A notice is
// recorded as pending when it is decided; a sender claims it (one UPDATE: pending → sent)
// before sending, so two senders at once (two `notify` runs, the bot starting while an
// editor accepts) never both send it. One that could not be sent (no token, Slack down) is
// given back and sent by the next attempt: `airank corrections notify`, or the bot when it
// starts.
import { webApi } from '@slack/bolt';
import type { ProposalStore } from './store.ts';

export type SlackClient = InstanceType<typeof webApi.WebClient>;

export interface NoticeResult {
  sent: number[];
  failed: Array<{ id: number; error: string }>;
}

/** A Web API client from SLACK_BOT_TOKEN (and SLACK_API_URL), or null when no token is set. */
export function clientFromEnv(env: Record<string, string | undefined> = process.env): SlackClient | null {
  const token = env.SLACK_BOT_TOKEN?.trim();
  if (!token) return null;
  const apiUrl = env.SLACK_API_URL?.trim();
  return new webApi.WebClient(token, { ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}), retryConfig: { retries: 1 } });
}

export async function deliverNotices(store: ProposalStore, client: SlackClient): Promise<NoticeResult> {
  const result: NoticeResult = { sent: [], failed: [] };
  for (const p of await store.pendingNotices()) {
    if (!(await store.claimNotice(p.id))) continue; // another sender has it
    try {
      const dm = await client.conversations.open({ users: p.slackUser });
      if (!dm.channel?.id) throw new Error('conversations.open returned no channel id');
      await client.chat.postMessage({ channel: dm.channel.id, text: p.notice ?? '' });
      result.sent.push(p.id);
    } catch (error) {
      await store.releaseNotice(p.id);
      result.failed.push({ id: p.id, error: (error as Error).message });
    }
  }
  return result;
}
