// Terminal rendering: an aligned table with the footer.
import { t, punct } from '../i18n/t.ts';
import type { Answer, ParseError } from '../query/model/types.ts';
import { ZERO_WIDTH_SPACE } from '../i18n/markup.ts';
import { footerLines, footerText, glanceLines } from './format.ts';
import type { Lang } from '../domain/lang.ts';
import { formatCell, isNumeric } from '../i18n/numbers.ts';

/** Any character from U+1100 up: a wide one or half of a surrogate pair may be among them. */
const PAST_NARROW = /[\u1100-\uffff]/;

/** Display width: CJK and other wide characters take two terminal columns. */
export function width(s: string): number {
  if (!PAST_NARROW.test(s)) return s.length; // every character one column (most cells)
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // ASCII and Latin text (most cells) needs no range test; the wide ranges are all in the BMP.
    w += c >= 0x1100 && isWide(c) ? 2 : 1;
    if (c >= 0xd800 && c <= 0xdbff) i++; // a surrogate pair is one character
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

/** `s` padded by `fill` spaces, on the left for numbers. */
function pad(s: string, fill: number, right: boolean): string {
  const spaces = ' '.repeat(Math.max(0, fill));
  return right ? spaces + s : s + spaces;
}

const MAX_CELL = 60;

/** A cell cut to MAX_CELL columns, with its display width (measured once: the costly part of a long table). */
function fit(s: string): { text: string; w: number } {
  const w = width(s);
  if (w <= MAX_CELL) return { text: s, w };
  // One column per UTF-16 unit: cut by units, not by spreading the string into characters.
  if (w === s.length) return { text: `${s.slice(0, MAX_CELL - 1)}…`, w: MAX_CELL };
  const text = `${[...s].slice(0, MAX_CELL - 1).join('')}…`;
  return { text, w: width(text) };
}

/** The aligned table alone (also used by the `resolve` and `unresolved` commands). */
export function renderTable(table: Pick<Answer, 'columns' | 'rows'>, lang: Lang = 'en'): string[] {
  const numeric = table.columns.map((c) => isNumeric(c.type));
  const header = table.columns.map((c) => fit(c.label));
  const cells = table.rows.map((row) => row.map((c, i) => fit(formatCell(c, table.columns[i].type))));
  const widths = header.map((h, i) => cells.reduce((m, r) => Math.max(m, r[i].w), h.w));
  // Built by concatenation, not map/join: a 2,000-row page is a few thousand of these.
  const line = (r: Array<{ text: string; w: number }>) => {
    let s = '';
    for (let i = 0; i < r.length; i++) s += (i > 0 ? '  ' : '') + pad(r[i].text, widths[i] - r[i].w, numeric[i]);
    return s.trimEnd();
  };
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  if (table.rows.length === 0) out.push(t(lang, 'word.noRows'));
  return out;
}

/**
 * The answer sentence first, then the heading, text and table, then the two-line footer;
 * `details` prints the whole account (every caveat and note) instead.
 */
export function renderText(answer: Answer, options: { details?: boolean } = {}): string {
  const lang = answer.meta.lang;
  const out: string[] = [answer.headline, ''];
  if (answer.title !== answer.headline) out.push(answer.title, '');
  if (answer.text) out.push(answer.text.replace(/\*([^*\n]+)\*/g, '$1').replaceAll(ZERO_WIDTH_SPACE, ''), '');
  if (answer.columns.length > 0) out.push(...renderTable(answer, lang), '');
  if (options.details) {
    for (const line of footerLines(answer.meta)) out.push(footerText(line, lang));
  } else {
    const [first, ...rest] = glanceLines(answer.meta, `airank ${answer.meta.command}`);
    out.push(`${first} · ${t(lang, 'foot.detailsFlag')}`, ...rest);
  }
  return out.join('\n');
}

export function renderParseErrorText(error: ParseError): string {
  const lang = error.lang ?? 'en';
  const colon = punct(lang).colon;
  const lines = [error.message];
  // The corrected question whole when one reads; else the words that might be meant.
  const meant = error.corrected?.length ? error.corrected.map((q) => `airank ${q}`) : error.suggestions;
  if (meant.length > 0) lines.push(`${t(lang, 'err.didYouMean')}${colon}${meant.join(punct(lang).listSep)}${punct(lang).question}`);
  lines.push(`${t(lang, 'err.example')}${colon}airank ${error.example}`, `${t(lang, 'err.help')}${colon}airank help${lang === 'en' ? '' : ` lang:${lang}`}`);
  return lines.join('\n');
}
