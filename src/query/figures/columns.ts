// Column definitions shared by the answer builders, labelled in the question's language.
import { t } from '../../i18n/t.ts';
import { type Method, methodDef, methodText } from '../model/methods.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Column } from '../../domain/table.ts';

export function valueColumn(method: Method, lang: Lang, key = 'value', label?: string): Column {
  return { key, label: label ?? methodText(method, lang).column, type: methodDef(method).type };
}

export const col = {
  rank: (lang: Lang): Column => ({ key: 'rank', label: t(lang, 'col.rank'), type: 'int' }),
  institution: (lang: Lang): Column => ({ key: 'institution', label: t(lang, 'col.institution'), type: 'text' }),
  country: (lang: Lang): Column => ({ key: 'country', label: t(lang, 'col.country'), type: 'text' }),
  year: (lang: Lang): Column => ({ key: 'year', label: t(lang, 'col.year'), type: 'text' }),
  share: (lang: Lang, key = 'share', label?: string): Column => ({ key, label: label ?? t(lang, 'col.share'), type: 'percent' }),
  growth: (lang: Lang, key = 'growth', label?: string): Column => ({ key, label: label ?? t(lang, 'col.growth'), type: 'multiple' }),
};
