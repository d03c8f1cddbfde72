// Words the answer sentences share: what a method counts, in running text, and the scope
// a ranking's filters set ("among universities in Japan"). Each answer builds its own
// sentence from its own figures (src/query/answers/).
import { t } from '../../i18n/t.ts';
import { methodText } from '../model/methods.ts';
import { countryLabel } from '../context/names.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Method } from '../model/methods.ts';
import type { QueryOptions } from '../model/types.ts';

/** "authors", "papers": the value column's word, lower-cased in English for running text. */
export function unitWord(method: Method, lang: Lang): string {
  const column = methodText(method, lang).column;
  return lang === 'en' ? column.toLowerCase() : column;
}

/** The kind of institution a filter keeps and where: "universities", " in Japan". */
export function scopeWords(options: QueryOptions): { kind: string; where: string } | null {
  const { instType, country } = options.filters;
  if (!instType && !country) return null;
  const lang = options.lang;
  return {
    kind: t(lang, instType ? `head.kind.${instType}` : 'head.kind.any'),
    where: country ? t(lang, 'head.where', { country: countryLabel(country, lang) }) : '',
  };
}

/** " among universities in Japan" for a sentence, or nothing without such filters. */
export function scopePhrase(options: QueryOptions): string {
  const words = scopeWords(options);
  return words ? t(options.lang, 'head.scope', words) : '';
}
