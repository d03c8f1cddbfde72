// "Chart": the answer drawn as a PNG (src/render/chart, the same image as `--png`).
// On a visible message it goes to the channel (in the message's thread, if any); on an
// ephemeral answer, which nobody else sees, to the asker's DM with the bot.
import type { BlockAction } from '@slack/bolt';
import { isParseError } from '../../../query/types.ts';
import { answerLang, isChartable, notChartableMessage } from '../../../render/chart/chartable.ts';
import { renderChartPng } from '../../../render/chart/png.ts';
import { errorReply, runQueued, yieldToEventLoop, type Deps } from '../../reply.ts';
import { decodeState } from '../../render/buttons.ts';
import { exportFilename, openDm, uploadFile } from '../../upload.ts';
import { onEphemeral, type ButtonArgs } from './types.ts';

function threadOf(body: BlockAction): string | undefined {
  return (body.container as { thread_ts?: string } | undefined)?.thread_ts;
}

export function sendChart(deps: Deps) {
  return async ({ ack, action, body, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    await yieldToEventLoop();
    const state = decodeState(action.value);
    const say = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    try {
      if (!state) {
        await say('This button has expired; please ask again.');
        return;
      }
      const answer = await runQueued(() => deps.asker.ask(state.q));
      if (isParseError(answer)) throw new Error(`question no longer parses: ${answer.message}`);
      if (!isChartable(answer)) {
        await say(notChartableMessage(answer));
        return;
      }
      const png = await renderChartPng(answer, { lang: answerLang(answer) });
      const ephemeral = onEphemeral(body);
      const channelId = ephemeral || !body.channel?.id ? await openDm(client, body.user.id) : body.channel.id;
      await uploadFile(client, {
        channelId,
        ...(ephemeral ? {} : { threadTs: threadOf(body) }),
        file: png,
        filename: exportFilename(answer.title, 'png'),
        title: answer.title,
        comment: `*${answer.title}* · reproduce with \`/airank ${answer.meta.command.replace(/`/g, "'")}\``,
      });
      if (ephemeral) await say(`Chart of "${answer.title}" sent to your DM with airank.`);
    } catch (error) {
      const reply = errorReply(deps, error, `chart ${JSON.stringify(state?.q)}`);
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply.message }).catch(() => undefined);
    }
  };
}
