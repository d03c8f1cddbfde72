// "CSV": the whole table (every page) as a file in the user's DM with the bot. Files
// cannot be attached to ephemeral messages, hence conversations.open + files upload.
import { t } from '../../../i18n/t.ts';
import { questionLang, type Deps } from '../../delivery/reply.ts';
import { openDm, uploadFile } from '../../delivery/upload.ts';
import { exportFilename } from '../../render/filename.ts';
import { apologize, readButton, toClicker } from './readButton.ts';
import type { ButtonArgs } from './types.ts';

export function sendCsv(deps: Deps) {
  return async (args: ButtonArgs): Promise<void> => {
    const state = await readButton(deps, args, 'CSV');
    if (!state) return;
    const say = (text: string, lang = questionLang(state.q)) => toClicker(deps, args, lang, { text, blocks: [] }, `csv ${JSON.stringify(state.q)}`);
    try {
      const csv = await deps.answers.csv(state.q);
      if (csv.kind === 'snapshot_changed') return void (await say(t(questionLang(state.q), 'slack.dataUpdatedCsv')));
      await uploadFile(args.client, {
        channelId: await openDm(args.client, args.body.user.id),
        file: Buffer.from(csv.csv, 'utf8'),
        filename: exportFilename(csv.title, 'csv'),
        title: csv.title,
        comment: csv.comment,
      });
      await say(t(csv.lang, 'slack.csvSent', { title: csv.title, rows: csv.rows }), csv.lang);
    } catch (error) {
      await apologize(deps, args, error, 'csv', state.q);
    }
  };
}
