// "Caveats & method": everything the answer's default footer leaves out, in the answer's
// language: every coverage gap and note in full, the method, filters, snapshot and command
// (the footer every answer carried before issue 20), and for `method` its whole text.
import type { KnownBlock } from '@slack/types';
import { t } from '../../i18n/t.ts';
import type { Answer } from '../../query/model/types.ts';
import type { FittedMessage } from './fit.ts';
import { footerLines } from './footer.ts';
import { MAX_BLOCKS, MAX_FALLBACK_TEXT, MAX_SECTION_TEXT } from './limits.ts';
import { escapeMrkdwn, splitText } from './text.ts';
import { truncate } from '../../i18n/clip.ts';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

export function renderDetails(answer: Answer): FittedMessage {
  const title = t(answer.meta.lang, 'slack.detailsTitle', { title: answer.title });
  const text = answer.textInDetails && answer.text ? splitText(escapeMrkdwn(answer.text), MAX_SECTION_TEXT) : [];
  const footer = splitText(footerLines(answer.meta).join('\n'), MAX_SECTION_TEXT);
  const blocks = [`*${escapeMrkdwn(truncate(title, MAX_SECTION_TEXT - 2))}*`, ...text, ...footer].slice(0, MAX_BLOCKS).map(section);
  return { text: truncate(escapeMrkdwn(title), MAX_FALLBACK_TEXT), blocks };
}
