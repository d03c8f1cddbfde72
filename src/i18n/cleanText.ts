// Text from users (Slack proposals) and third-party data made safe to store and to print in
// a terminal: escape sequences (screen clears, window titles, colours, hyperlinks) removed
// whole, then every other control or invisible formatting character (Unicode Cc and Cf:
// C0/C1 controls, bidi overrides and isolates, zero-width characters) too, so what a
// reviewer reads is what was typed. Newlines survive only where a field allows them.
import stripAnsi from 'strip-ansi';

const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/gu;
/** Line and paragraph separators (Zl, Zp) act as line breaks in some terminals. */
const LINE_BREAKS = /\r\n|[\r\u2028\u2029]/g;

/** One line: breaks and tabs become spaces, runs of spaces one, ends trimmed. */
export function cleanLine(text: string): string {
  return stripAnsi(text)
    .replace(LINE_BREAKS, '\n')
    .replace(/[\n\t]/g, ' ')
    .replace(CONTROL_OR_FORMAT, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Several lines: newlines kept (at most one blank line in a row), each line cleaned. */
export function cleanLines(text: string): string {
  return stripAnsi(text)
    .replace(LINE_BREAKS, '\n')
    .split('\n')
    .map(cleanLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Terminal output that is already laid out: controls removed, newlines and spacing kept. */
export function cleanForTerminal(text: string): string {
  return stripAnsi(text)
    .replace(LINE_BREAKS, '\n')
    .replace(/\t/g, ' ')
    .replace(/(?!\n)[\p{Cc}\p{Cf}]/gu, '');
}
