// "CSV": the whole table (every page) as a file in the user's DM with the bot. Files
// cannot be attached to ephemeral messages, hence conversations.open + files upload.
import { renderCsv } from '../../../render/csv.ts';
import { collectAllRows, SnapshotChangedError } from '../../csv.ts';
import { errorReply, runQueued, yieldToEventLoop, type Deps } from '../../reply.ts';
import { decodeState } from '../../render/buttons.ts';
import { footerLines } from '../../render/footer.ts';
import type { ButtonArgs } from './types.ts';

export function csvFilename(title: string): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `airank-${slug || 'answer'}.csv`;
}

export function sendCsv(deps: Deps) {
  return async ({ ack, action, body, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    await yieldToEventLoop();
    const state = decodeState(action.value);
    try {
      if (!state) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'This button has expired; please ask again.' });
        return;
      }
      const full = await runQueued(() => collectAllRows(deps.asker, state.q));
      const dm = await client.conversations.open({ users: body.user.id });
      const channelId = dm.channel?.id;
      if (!channelId) throw new Error('conversations.open returned no channel id');
      await client.files.uploadV2({
        channel_id: channelId,
        file: Buffer.from(renderCsv(full), 'utf8'),
        filename: csvFilename(full.title),
        title: full.title,
        initial_comment: [`*${full.title}* (${full.rows.length} rows)`, ...footerLines(full.meta)].join('\n'),
      });
      await respond({ response_type: 'ephemeral', replace_original: false, text: `CSV of "${full.title}" (${full.rows.length} rows) sent to your DM with airank.` });
    } catch (error) {
      if (error instanceof SnapshotChangedError) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'The data were updated while the CSV was being built; please press CSV again.' });
        return;
      }
      const reply = errorReply(deps, error, `csv ${JSON.stringify(state?.q)}`);
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply.message }).catch(() => undefined);
    }
  };
}
