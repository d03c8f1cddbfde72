// Footer formatting shared by every renderer; cell formatting lives in i18n/numbers.ts.
import type { Lang } from '../domain/lang.ts';
import { t, punct } from '../i18n/t.ts';
import { yearsLabel } from '../i18n/years.ts';
import { formatCell } from '../i18n/numbers.ts';
import type { AnswerMeta } from '../query/model/types.ts';
import { venueProse } from '../query/help/venueProse.ts';

export type FooterKind = 'method' | 'filters' | 'gap' | 'linked' | 'note' | 'snapshot' | 'command';

/**
 * The "how it was counted" lines of every rendering (terminal, CSV, Slack, charts), in
 * the answer's language; renderers only add their own emphasis. Notes have no label.
 */
export function footerLines(meta: AnswerMeta): Array<{ kind: FooterKind; label: string; text: string }> {
  const lang = meta.lang ?? 'en';
  const { clauseSep: sep, colon } = punct(lang);
  const years = meta.years.length > 0 ? `${sep}${t(lang, 'foot.years')}${colon}${yearsLabel(meta.years)}${meta.yearsScope ?? ''}` : '';
  const lines: Array<{ kind: FooterKind; label: string; text: string }> = [
    { kind: 'method', label: t(lang, 'foot.method'), text: `${meta.methodLabel}${meta.rollup ? '' : `${sep}${t(lang, 'foot.unitsAsListed')}`}` },
    {
      kind: 'filters',
      label: t(lang, 'foot.filters'),
      text: `${meta.filters.length > 0 ? meta.filters.join(', ') : t(lang, 'foot.noFilters', venueProse(lang))}${years}`,
    },
    ...meta.gaps.map((gap) => ({ kind: 'gap' as const, label: t(lang, 'foot.coverage'), text: gap.note })),
  ];
  if (meta.exact && meta.linkedShare !== undefined && meta.linkedShare !== null) {
    lines.push({ kind: 'linked', label: t(lang, 'foot.linkedEvidence'), text: t(lang, 'foot.linkedExact') });
  } else if (meta.linkedShare !== undefined && meta.linkedShare !== null) {
    const [open, close] = punct(lang).paren;
    lines.push({
      kind: 'linked',
      label: t(lang, 'foot.linkedEvidence'),
      text: `${t(lang, 'foot.linkedShare', { pct: formatCell(meta.linkedShare, 'percent') })}${open}${t(lang, 'foot.linkedHint')}${close}`,
    });
  }
  for (const note of meta.notes) lines.push({ kind: 'note', label: '', text: note });
  lines.push({ kind: 'snapshot', label: t(lang, 'foot.snapshot'), text: `${meta.snapshot} (${t(lang, 'foot.builtAt')} ${meta.builtAt})` });
  lines.push({ kind: 'command', label: t(lang, 'foot.reproduce'), text: `airank ${meta.command}` });
  return lines;
}

/** A footer line as plain text: "Label: text", or the text alone for notes. */
export function footerText(line: { label: string; text: string }, lang: Lang = 'en'): string {
  return line.label ? `${line.label}${punct(lang).colon}${line.text}` : line.text;
}

/** The method in a few words: its label without the parenthesis that explains it. */
function methodShort(meta: AnswerMeta): string {
  return meta.methodLabel.replace(/\s*[(（][^()（）]*[)）]\s*$/, '');
}

/**
 * The default footer (issue 20): at most two lines. The first says method, scope, years and
 * snapshot once; `command` is the reproducing command as the renderer shows it. The second
 * holds the caveats that change this figure (query/model/caveats.ts), when any does.
 */
export function glanceLines(meta: AnswerMeta, command: string): string[] {
  const lang = meta.lang ?? 'en';
  const scope = meta.filters.length > 0 ? meta.filters.join(', ') : t(lang, 'foot.allVenues');
  const parts = [
    methodShort(meta),
    scope,
    ...(meta.years.length > 0 ? [`${yearsLabel(meta.years)}${meta.yearsScope ?? ''}`] : []),
    t(lang, 'foot.data', { snapshot: meta.snapshot }),
    command,
  ];
  return [parts.join(' · '), ...(meta.caveatLine ? [meta.caveatLine] : [])];
}
