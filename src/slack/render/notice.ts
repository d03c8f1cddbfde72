// A one-line notice put above a message, e.g. when the data changed between clicks or
// the answer came by another route. The notice also leads the fallback text, so it shows
// even when the blocks are at Slack's 50-block limit.
import type { SlackMessage } from './answer.ts';
import { MAX_BLOCKS, MAX_FALLBACK_TEXT, MAX_SECTION_TEXT } from './limits.ts';
import { truncate } from '../../i18n/clip.ts';

export function withNotice(message: SlackMessage, notice: string): SlackMessage {
  const text = truncate(`${notice}\n${message.text}`, MAX_FALLBACK_TEXT);
  const block = { type: 'section' as const, text: { type: 'mrkdwn' as const, text: `:information_source: ${notice}` } };
  if (message.blocks.length < MAX_BLOCKS) return { text, blocks: [block, ...message.blocks] };
  // At the limit: the notice replaces the first block's place by joining it.
  const [head, ...rest] = message.blocks;
  const headText = (head as { text?: { text?: string } }).text?.text ?? '';
  return { text, blocks: [{ ...block, text: { ...block.text, text: truncate(`${block.text.text}\n*${headText}*`, MAX_SECTION_TEXT) } }, ...rest] };
}
