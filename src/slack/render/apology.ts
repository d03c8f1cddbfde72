// What the user sees when something breaks: a short apology and an id to quote. The
// details (stack, question) go only to the log under the same id.
import { t } from '../../i18n/t.ts';
import type { SlackMessage } from './answer.ts';
import type { Lang } from '../../domain/lang.ts';

export function renderApology(errorId: string, lang: Lang = 'en'): SlackMessage {
  const text = t(lang, 'slack.apology', { id: errorId });
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${text}` } }] };
}
