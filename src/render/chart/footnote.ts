// The method footnote printed on every chart: a chart cut out of Slack and pasted
// into a draft must still say how it was counted, what is missing, and how to
// reproduce it.
import type { AnswerMeta } from '../../query/types.ts';
import type { Lang } from '../../query/types.ts';
import { t } from '../../i18n/t.ts';
import { yearsLabel } from '../../i18n/years.ts';

/** Lines before wrapping, in order: method, filters, years, gaps, linked evidence, notes, snapshot, command. */
export function footnoteLines(meta: AnswerMeta, lang: Lang): string[] {
  const colon = lang === 'en' ? ': ' : '：';
  const sep = lang === 'en' ? '; ' : '；';
  const lines: string[] = [];

  let method = `${t(lang, 'foot.method')}${colon}${meta.methodLabel}`;
  if (!meta.rollup) method += `${sep}${t(lang, 'foot.unitsAsListed')}`;
  lines.push(method);

  const filters = meta.filters.length > 0 ? meta.filters.join(', ') : t(lang, 'foot.noFilters');
  lines.push(`${t(lang, 'foot.filters')}${colon}${filters}${sep}${t(lang, 'foot.years')}${colon}${yearsLabel(meta.years)}`);

  for (const gap of meta.gaps) lines.push(`${t(lang, 'foot.coverage')}${colon}${gap.note}`);

  if (meta.linkedShare != null && meta.linkedShare > 0) {
    const pct = `${(meta.linkedShare * 100).toFixed(1)}%`;
    lines.push(`${t(lang, 'foot.linkedEvidence')}${colon}${t(lang, 'foot.linkedShare', { pct })}`);
  }

  for (const note of meta.notes) lines.push(note);

  lines.push(`${t(lang, 'foot.snapshot')}${colon}${meta.snapshot} (${t(lang, 'foot.builtAt')} ${meta.builtAt})`);
  lines.push(`${t(lang, 'foot.reproduce')}${colon}${meta.command}`);
  return lines;
}
