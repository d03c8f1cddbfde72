// How the question reader stops at the first problem: a ParseError thrown as a Reject,
// caught by parse(), written in the question's language. Shared by the grammar (parse.ts)
// and the commands' builders (commands/*.ts).
import { t, type Vars } from '../../i18n/t.ts';
import { truncate } from '../../i18n/clip.ts';
import type { StringKey } from '../../i18n/locales/en.ts';
import type { ParseError } from '../types.ts';
import type { Lang } from '../../domain/lang.ts';

export type ErrorKey = { [K in StringKey]: K extends `err.${infer E}` ? E : never }[StringKey];

/** Thrown inside the parser to stop at the first problem; never escapes parse(). */
export class Reject {
  constructor(readonly error: ParseError) {}
}

/** The language of the question being read (`lang:zh` anywhere in it): errors are written in it. */
let errorLang: Lang = 'en';

export function setErrorLang(lang: Lang): void {
  errorLang = lang;
}

export function msg(key: ErrorKey, vars: Vars = {}): string {
  return t(errorLang, `err.${key}`, vars);
}

export function reject(message: string, example: string, suggestions: string[] = []): never {
  throw new Reject({ kind: 'parse_error', message, suggestions, example, ...(errorLang !== 'en' ? { lang: errorLang } : {}) });
}

/** A word quoted back in an error, cut short. */
export function clip(s: string): string {
  return truncate(s, 41);
}
