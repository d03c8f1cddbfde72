// What one language is to airank: its locale file (src/i18n/locales/<lang>.ts) gives all of it.
import type { StringKey } from './en.ts';

export type Strings = Record<StringKey, string>;

export interface Locale {
  /** Every interface string, by key. */
  strings: Strings;
}
