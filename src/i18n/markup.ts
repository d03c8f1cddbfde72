// A bold label before a value, in the *bold* markup answers' text uses (Slack mrkdwn; the
// terminal strips it). Slack makes `*...*` bold only between non-word boundaries: no space
// just inside the asterisks, and no letter or CJK character just outside them, so zh/ja
// put a zero-width space between the closing asterisk and the value.
import type { Lang } from '../domain/lang.ts';
import { punct } from './t.ts';

export const ZERO_WIDTH_SPACE = '\u200B';

/** "*Read as:* " in English, "*解读为：*\u200B" in Chinese and Japanese. */
export function boldLabel(label: string, lang: Lang): string {
  return punct(lang).boldLabel(label);
}
