// "Chart": the answer drawn as a PNG (src/render/chart, the same image as `--png`).
// On a visible message it goes to the channel (in the message's thread, if any); on an
// ephemeral answer, which nobody else sees, or in a channel airank is not in, to the
// asker's DM with the bot.
import { t } from '../../../i18n/t.ts';
import { classify } from '../../delivery/deliver.ts';
import { questionLang, type Deps } from '../../delivery/reply.ts';
import { openDm, uploadFile, type UploadRequest } from '../../delivery/upload.ts';
import { exportFilename } from '../../render/filename.ts';
import { apologize, readButton, toClicker } from './readButton.ts';
import { onEphemeral, threadOf, type ButtonArgs } from './types.ts';

export function sendChart(deps: Deps) {
  return async (args: ButtonArgs): Promise<void> => {
    const state = await readButton(deps, args, 'Chart');
    if (!state) return;
    const { body, client } = args;
    const say = (text: string, lang = questionLang(state.q)) => toClicker(deps, args, lang, { text, blocks: [] }, `chart ${JSON.stringify(state.q)}`);
    try {
      const chart = await deps.answers.chart(state.q);
      if (chart.kind === 'not_chartable') return void (await say(chart.text, chart.lang));
      const upload: Omit<UploadRequest, 'channelId'> = {
        file: Buffer.from(chart.png),
        filename: exportFilename(chart.title, 'png'),
        title: chart.title,
        comment: `*${chart.title}* · reproduce with \`/airank ${chart.command.replace(/`/g, "'")}\``,
      };
      const notes = chart.snapshot !== state.s ? [t(chart.lang, 'slack.dataUpdatedChart')] : [];
      const toDm = async (key: 'slack.chartSent' | 'slack.chartToDm') => {
        await uploadFile(client, { ...upload, channelId: await openDm(client, body.user.id) });
        await say([t(chart.lang, key, { title: chart.title }), ...notes].join('\n'), chart.lang);
      };
      if (onEphemeral(body) || !body.channel?.id) return void (await toDm('slack.chartSent'));
      try {
        await uploadFile(client, { ...upload, channelId: body.channel.id, threadTs: threadOf(body) });
        if (notes.length > 0) await say(notes.join('\n'), chart.lang);
      } catch (error) {
        if (classify(error).reason !== 'notInChannel') throw error;
        deps.logger.warn(`airank: chart not posted in ${body.channel.id} (${(error as { data?: { error?: string } }).data?.error}); sent to the DM instead`);
        await toDm('slack.chartToDm');
      }
    } catch (error) {
      await apologize(deps, args, error, 'chart', state.q);
    }
  };
}
