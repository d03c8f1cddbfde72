// A question the core could not parse: the message, "did you mean" suggestions and an example.
import { t, punct } from '../../i18n/t.ts';
import type { ParseError } from '../../query/model/types.ts';
import type { SlackMessage } from './answer.ts';
import type { Button } from '@slack/types';
import { ACTION_ASK, encodeState } from './buttons.ts';
import { MAX_BUTTON_TEXT, MAX_FALLBACK_TEXT, MAX_SECTION_TEXT } from './limits.ts';
import { escapeMrkdwn } from './text.ts';
import { truncate } from '../../i18n/clip.ts';

export function renderParseError(error: ParseError, command = '/airank'): SlackMessage {
  const e = escapeMrkdwn;
  const lang = error.lang ?? 'en';
  const colon = punct(lang).colon.trim();
  const lines = [`:thinking_face: ${e(error.message)}`];
  if (error.suggestions.length > 0) {
    lines.push(
      `*${t(lang, 'err.didYouMean')}${colon}* ${error.suggestions
        .slice(0, 10)
        .map((s) => `\`${e(s)}\``)
        .join(', ')}`,
    );
  }
  const example = error.example.replace(/^\/?airank\s+/, '');
  lines.push(`*${t(lang, 'err.example')}${colon}* \`${e(`${command} ${example}`)}\``);
  lines.push(
    t(lang, 'err.typeHelp', { command: lang === 'en' ? command : `${command} lang:${lang}` }).replace(
      `${command} lang:${lang} help`,
      `${command} help lang:${lang}`,
    ),
  );
  // A misspelling: the corrected question as one click (issue 20).
  const buttons: Button[] = (error.corrected ?? []).slice(0, 3).flatMap((q) => {
    const value = encodeState({ q, o: 0, s: '' });
    const text = t(lang, 'slack.buttonAsk', { q });
    return value && text.length <= MAX_BUTTON_TEXT
      ? [{ type: 'button' as const, action_id: ACTION_ASK, text: { type: 'plain_text' as const, text }, value }]
      : [];
  });
  return {
    text: truncate(`${t(lang, 'err.couldNotUnderstand')}${colon} ${e(error.message)}`, MAX_FALLBACK_TEXT),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: truncate(lines.join('\n'), MAX_SECTION_TEXT) } },
      ...(buttons.length > 0 ? [{ type: 'actions' as const, block_id: 'airank_corrected', elements: buttons }] : []),
    ],
  };
}
