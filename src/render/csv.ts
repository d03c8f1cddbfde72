// CSV rendering: the full table with raw numbers (shares as fractions), then the
// footer as `#` comment lines so the counting rules travel with the figures.
import type { Answer } from '../query/model/types.ts';
import { footerLines, footerText } from './format.ts';
import type { Cell } from '../domain/table.ts';

/** Text a spreadsheet would turn into a date or number ("1/5", "3-4", "1e5"), or run as a formula. */
const SPREADSHEET_TRAP = /^\s*(?:\d{1,4}[/-]\d{1,4}(?:[/-]\d{1,4})?$|\d+(?:\.\d+)?e\d+$|[=+@]|-(?!\s*$))/i;

function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  // ="1/5" keeps text as text in Excel, LibreOffice and Google Sheets.
  if (typeof value === 'string' && SPREADSHEET_TRAP.test(value)) return `"=${JSON.stringify(value).replace(/"/g, '""')}"`;
  const s = typeof value === 'number' ? String(Math.round(value * 1e6) / 1e6) : value;
  return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(answer: Answer): string {
  const lines = [answer.columns.map((c) => field(c.label)).join(',')];
  for (const row of answer.rows) lines.push(row.map(field).join(','));
  lines.push(`# ${answer.title}`);
  for (const line of footerLines(answer.meta)) lines.push(`# ${footerText(line, answer.meta.lang).replace(/\n/g, ' ')}`);
  return `${lines.join('\n')}\n`;
}
