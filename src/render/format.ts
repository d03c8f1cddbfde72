// Cell and footer formatting shared by every renderer, so the same figure never reads
// differently in two front ends. Percent cells are fractions 0..1; multiples are ratios.
import { yearsLabel } from '../i18n/years.ts';
import type { AnswerMeta, Cell, Column } from '../query/types.ts';

const intFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const floatFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const multipleFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A missing value prints as an en dash, never as 0: a gap is not a zero. */
export const MISSING = '–';

export function formatCell(value: Cell, type: Column['type']): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return MISSING;
  switch (type) {
    case 'int':
      return intFormat.format(value);
    case 'float':
      return floatFormat.format(value);
    case 'percent':
      return percentFormat.format(value);
    case 'multiple':
      return `x${multipleFormat.format(value)}`;
    case 'text':
      return String(value);
  }
}

export function isNumeric(type: Column['type']): boolean {
  return type !== 'text';
}

/** The "how it was counted" lines, plain text; renderers add their own emphasis. */
export function footerLines(meta: AnswerMeta): Array<{ label: string; text: string }> {
  const lines: Array<{ label: string; text: string }> = [];
  const years = meta.years.length > 0 ? ` · Years: ${yearsLabel(meta.years)}` : '';
  lines.push({ label: 'Method', text: `${meta.methodLabel}${meta.rollup ? ' · default roll-up policy' : ''}${years}` });
  lines.push({ label: 'Filters', text: meta.filters.length > 0 ? meta.filters.join(', ') : 'none' });
  for (const gap of meta.gaps) lines.push({ label: 'Coverage gap', text: gap.note });
  if (meta.linkedShare !== undefined && meta.linkedShare !== null) {
    lines.push({ label: 'Linked evidence', text: `${formatCell(meta.linkedShare, 'percent')} of this figure rests on linked evidence (add \`exact\` to leave it out)` });
  }
  for (const note of meta.notes) lines.push({ label: 'Note', text: note });
  lines.push({ label: 'Data snapshot', text: `${meta.snapshot}, built ${meta.builtAt}` });
  lines.push({ label: 'Reproduce with', text: `airank ${meta.command}` });
  return lines;
}
