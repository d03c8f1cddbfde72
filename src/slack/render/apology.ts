// What the user sees when something breaks: a short apology and an id to quote. The
// details (stack, question) go only to the log under the same id.
import type { SlackMessage } from './answer.ts';

export function renderApology(errorId: string): SlackMessage {
  const text = `Sorry, airank hit an internal error and gave no answer. If you report it, quote error id \`${errorId}\`.`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${text}` } }] };
}
