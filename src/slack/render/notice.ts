// A one-line notice put above a message, e.g. when the data changed between clicks.
import type { SlackMessage } from './answer.ts';

export function withNotice(message: SlackMessage, notice: string): SlackMessage {
  const blocks = [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: `:information_source: ${notice}` } }, ...message.blocks];
  // Keep within the 50-block limit by dropping the notice rather than any figure.
  return blocks.length <= 50 ? { text: message.text, blocks } : message;
}
