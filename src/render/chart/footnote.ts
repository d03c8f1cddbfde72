// The footnote printed on every chart, at most three lines an editor can print under it:
// the source credit, the method in words, and the data snapshot. The full method,
// coverage notes and the reproducing command belong to the answer, not the picture.
import { t, punct } from '../../i18n/t.ts';
import { CONFERENCE_LABEL } from '../../query/figures/meta.ts';
import { methodText } from '../../query/model/methods.ts';
import type { AnswerMeta } from '../../query/model/types.ts';
import { venueProse } from '../../query/help/venueProse.ts';
import type { Lang } from '../../domain/lang.ts';

/** Conference-years in scope without per-author affiliations, "ICLR 2024"; their years are marked on the chart. */
export function partialLabels(meta: AnswerMeta): string[] {
  return meta.gaps.map((g) => `${CONFERENCE_LABEL[g.conference]} ${g.year}`);
}

/** Years with a conference lacking per-author affiliations in scope: drawn with hollow markers. */
export function partialYears(meta: AnswerMeta): string[] {
  return [...new Set(meta.gaps.map((g) => String(g.year)))].sort();
}

export function footnoteLines(meta: AnswerMeta, lang: Lang): string[] {
  const sep = punct(lang).clauseSep;
  const filters = meta.filters.length > 0 ? `${sep}${meta.filters.join(punct(lang).listSep)}` : '';
  const units = meta.rollup ? '' : `${sep}${t(lang, 'chart.units')}`;
  const partial = meta.gaps.length > 0 ? `${sep}${t(lang, 'chart.partial', { list: partialLabels(meta).join(punct(lang).listSep) })}` : '';
  return [
    t(lang, 'chart.source', venueProse(lang)),
    t(lang, 'chart.method', { method: methodText(meta.method, lang).chart }) + units + filters + partial,
    t(lang, 'chart.snapshot', { snapshot: meta.snapshot, builtAt: meta.builtAt }),
  ];
}
