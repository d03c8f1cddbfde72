// A question the core could not parse: the message, "did you mean" suggestions and an example.
import type { ParseError } from '../../query/types.ts';
import type { SlackMessage } from './answer.ts';
import { MAX_SECTION_TEXT } from './limits.ts';
import { escapeMrkdwn, truncate } from './text.ts';

export function renderParseError(error: ParseError, command = '/airank'): SlackMessage {
  const e = escapeMrkdwn;
  const lines = [`:thinking_face: ${e(error.message)}`];
  if (error.suggestions.length > 0) {
    lines.push(`*Did you mean:* ${error.suggestions.slice(0, 10).map((s) => `\`${e(s)}\``).join(', ')}`);
  }
  const example = error.example.replace(/^\/?airank\s+/, '');
  lines.push(`*Example:* \`${e(`${command} ${example}`)}\``);
  lines.push(`Type \`${command} help\` for everything airank can answer.`);
  return {
    text: truncate(`airank could not understand that: ${error.message}`, 3000),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: truncate(lines.join('\n'), MAX_SECTION_TEXT) } }],
  };
}
