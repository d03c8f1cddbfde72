// Cell and footer formatting shared by every renderer, so the same figure never reads
// differently in two front ends. Percent cells are fractions 0..1; multiples are ratios.
import { t } from '../i18n/t.ts';
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

export type FooterKind = 'method' | 'filters' | 'gap' | 'linked' | 'note' | 'snapshot' | 'command';

/**
 * The "how it was counted" lines of every rendering (terminal, CSV, Slack, charts), in
 * the answer's language; renderers only add their own emphasis. Notes have no label.
 */
export function footerLines(meta: AnswerMeta): Array<{ kind: FooterKind; label: string; text: string }> {
  const lang = meta.lang ?? 'en';
  const [sep, colon] = lang === 'en' ? ['; ', ': '] : ['；', '：'];
  const years = meta.years.length > 0 ? `${sep}${t(lang, 'foot.years')}${colon}${yearsLabel(meta.years)}` : '';
  const lines: Array<{ kind: FooterKind; label: string; text: string }> = [
    { kind: 'method', label: t(lang, 'foot.method'), text: `${meta.methodLabel}${meta.rollup ? '' : `${sep}${t(lang, 'foot.unitsAsListed')}`}` },
    { kind: 'filters', label: t(lang, 'foot.filters'), text: `${meta.filters.length > 0 ? meta.filters.join(', ') : t(lang, 'foot.noFilters')}${years}` },
    ...meta.gaps.map((gap) => ({ kind: 'gap' as const, label: t(lang, 'foot.coverage'), text: gap.note })),
  ];
  if (meta.linkedShare !== undefined && meta.linkedShare !== null) {
    lines.push({ kind: 'linked', label: t(lang, 'foot.linkedEvidence'), text: `${t(lang, 'foot.linkedShare', { pct: formatCell(meta.linkedShare, 'percent') })} (\`exact\` leaves it out)` });
  }
  for (const note of meta.notes) lines.push({ kind: 'note', label: '', text: note });
  lines.push({ kind: 'snapshot', label: t(lang, 'foot.snapshot'), text: `${meta.snapshot} (${t(lang, 'foot.builtAt')} ${meta.builtAt})` });
  lines.push({ kind: 'command', label: t(lang, 'foot.reproduce'), text: `airank ${meta.command}` });
  return lines;
}

/** A footer line as plain text: "Label: text", or the text alone for notes. */
export function footerText(line: { label: string; text: string }, lang: string = 'en'): string {
  return line.label ? `${line.label}${lang === 'en' ? ': ' : '：'}${line.text}` : line.text;
}
