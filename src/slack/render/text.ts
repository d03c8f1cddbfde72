// Text helpers for Slack mrkdwn: escaping, unescaping, and cutting to per-block limits
// without ever splitting a surrogate pair (an emoji cut in half is invalid UTF-16).
import { safeCut } from '../../i18n/clip.ts';

/** Slack requires &, < and > escaped in mrkdwn; this also stops <!channel> style pings. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack sends &, < and > escaped in command and mention text; `&amp;` last so "&amp;lt;" stays "&lt;". */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function hasLoneSurrogate(text: string): boolean {
  return new RegExp(LONE_SURROGATE.source).test(text);
}

/** Replace halves of emoji cut elsewhere (e.g. in an echoed question) with U+FFFD. */
export function repairSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Split text into chunks of at most `max` chars, preferring paragraph, then line, then
 * word boundaries, so help text never loses characters.
 */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n\n');
    if (cut < max / 2) cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = safeCut(rest, max) || max;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.trim().length > 0) chunks.push(rest);
  return chunks;
}
