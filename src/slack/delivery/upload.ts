// One way to put a file in Slack (CSV exports, chart PNGs): the external upload flow
// through files.uploadV2. Files cannot be attached to ephemeral messages, so answers
// only the asker can see send their files to the asker's DM with the bot.
import type { AllMiddlewareArgs } from '@slack/bolt';
import { retryRateLimited } from './retryPolicy.ts';

type WebClient = AllMiddlewareArgs['client'];

export interface UploadRequest {
  channelId: string;
  /** Reply in this thread instead of the channel itself. */
  threadTs?: string;
  file: Buffer;
  filename: string;
  title: string;
  comment: string;
}

export async function openDm(client: WebClient, userId: string): Promise<string> {
  const dm = await retryRateLimited(() => client.conversations.open({ users: userId }));
  const channelId = dm.channel?.id;
  if (!channelId) throw new Error('conversations.open returned no channel id');
  return channelId;
}

export async function uploadFile(client: WebClient, req: UploadRequest): Promise<void> {
  const common = { file: req.file, filename: req.filename, title: req.title, initial_comment: req.comment };
  // The two destinations are distinct argument shapes in the Web API types.
  const threadTs = req.threadTs;
  if (threadTs) await retryRateLimited(() => client.files.uploadV2({ ...common, channel_id: req.channelId, thread_ts: threadTs }));
  else await retryRateLimited(() => client.files.uploadV2({ ...common, channel_id: req.channelId }));
}
