// "CSV": the whole table (every page) as a file in the user's DM with the bot. Files
// cannot be attached to ephemeral messages, hence conversations.open + files upload.
import { renderCsv } from '../../../render/csv.ts';
import { collectAllRows, SnapshotChangedError } from '../../csv.ts';
import { errorReply, runQueued, yieldToEventLoop, type Deps } from '../../reply.ts';
import { decodeState } from '../../render/buttons.ts';
import { exportFilename, openDm, uploadFile } from '../../upload.ts';
import { footerLines } from '../../render/footer.ts';
import type { ButtonArgs } from './types.ts';

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
      await uploadFile(client, {
        channelId: await openDm(client, body.user.id),
        file: Buffer.from(renderCsv(full), 'utf8'),
        filename: exportFilename(full.title, 'csv'),
        title: full.title,
        comment: [`*${full.title}* (${full.rows.length} rows)`, ...footerLines(full.meta)].join('\n'),
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
