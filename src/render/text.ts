// Terminal rendering: an aligned table with the footer.
import { t } from '../i18n/t.ts';
import type { Answer, Lang, ParseError } from '../query/types.ts';
import { footerLines, footerText, formatCell, isNumeric } from './format.ts';

/** Display width: CJK and other wide characters take two terminal columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

const MAX_CELL = 60;
const clip = (s: string) => (width(s) > MAX_CELL ? `${[...s].slice(0, MAX_CELL - 1).join('')}…` : s);

/** The aligned table alone (also used by the `resolve` and `unresolved` commands). */
export function renderTable(table: Pick<Answer, 'columns' | 'rows'>, lang: Lang = 'en'): string[] {
  const cells = table.rows.map((row) => row.map((c, i) => clip(formatCell(c, table.columns[i].type))));
  const header = table.columns.map((c) => clip(c.label));
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i]))));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i], isNumeric(table.columns[i].type))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  if (table.rows.length === 0) out.push(t(lang, 'word.noRows'));
  return out;
}

export function renderText(answer: Answer): string {
  const out: string[] = [answer.title, ''];
  if (answer.text) out.push(answer.text.replace(/\*([^*\n]+)\*/g, '$1'), '');
  if (answer.columns.length > 0) out.push(...renderTable(answer, answer.meta.lang), '');
  for (const line of footerLines(answer.meta)) out.push(footerText(line, answer.meta.lang));
  return out.join('\n');
}

export function renderParseErrorText(error: ParseError): string {
  const lang = error.lang ?? 'en';
  const colon = lang === 'en' ? ': ' : '：';
  const lines = [error.message];
  if (error.suggestions.length > 0) lines.push(`${t(lang, 'err.didYouMean')}${colon}${error.suggestions.join(lang === 'en' ? ', ' : '、')}${lang === 'en' ? '?' : '？'}`);
  lines.push(`${t(lang, 'err.example')}${colon}airank ${error.example}`, `${t(lang, 'err.help')}${colon}airank help${lang === 'en' ? '' : ` lang:${lang}`}`);
  return lines.join('\n');
}
