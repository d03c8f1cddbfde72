// Look up a UI string and fill its {placeholders}.
import type { Lang } from '../domain/lang.ts';
import { LOCALES } from './locales/byLang.ts';
import type { StringKey } from './locales/en.ts';
import type { Punctuation } from './locales/localeParts.ts';

export type Vars = Record<string, string | number>;

/** How the language punctuates what code joins (its locale's `punct`). */
export function punct(lang: Lang): Punctuation {
  return (LOCALES[lang] ?? LOCALES.en).punct;
}

/**
 * t('ja', 'title.topInstitutions', { n: 10, years: '2020–2024' }).
 * A placeholder without a value throws: a half-filled title ("Top {n}") must never
 * reach a reader.
 */
export function t(lang: Lang, key: StringKey, vars: Vars = {}): string {
  const template = (LOCALES[lang] ?? LOCALES.en).strings[key];
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`i18n: missing value for {${name}} in ${lang}:${key}`);
    return String(v);
  });
}

/** "A, B and C" in the reader's language. */
export function joinList(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items.join('');
  const sep = t(lang, 'word.listSep');
  const head = items.slice(0, -1).join(sep);
  const last = items[items.length - 1];
  // English: "A, B and C"; zh/ja: "A、B和C" / "A、BとC" (no spaces around the joiner).
  const { space } = punct(lang);
  return `${head}${space}${t(lang, 'word.and')}${space}${last}`;
}
