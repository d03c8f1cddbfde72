// How the question reader stops at the first problem: a ParseError thrown as a Reject,
// caught by parse(), written in the question's language. Shared by the grammar (parse.ts)
// and the commands' builders (commands/*.ts).
import { t, type Vars, punct } from '../../i18n/t.ts';
import { truncate } from '../../i18n/clip.ts';
import type { StringKey } from '../../i18n/locales/en.ts';
import type { Lang } from '../../domain/lang.ts';
import type { ParseError } from '../model/types.ts';

export type ErrorKey = { [K in StringKey]: K extends `err.${infer E}` ? E : never }[StringKey];

/** An error message still to be written: parse() writes it in the question's language. */
export type Message = (lang: Lang) => string;

/** Thrown inside the parser to stop at the first problem; never escapes parse(). */
export class Reject {
  constructor(
    readonly message: Message,
    readonly example: string,
    readonly suggestions: string[],
    readonly unknown?: string,
    readonly corrected?: string[],
  ) {}

  /** The error, in the language the question asked for. */
  error(lang: Lang): ParseError {
    const { unknown, corrected } = this;
    return {
      kind: 'parse_error',
      message: this.message(lang),
      suggestions: this.suggestions,
      example: this.example,
      ...(lang !== 'en' ? { lang } : {}),
      ...(unknown ? { unknown } : {}),
      ...(corrected ? { corrected } : {}),
    };
  }
}

export function msg(key: ErrorKey, vars: Vars = {}): Message {
  return (lang) => t(lang, `err.${key}`, vars);
}

/**
 * `unknown`: the words not understood; `corrected`: the question with them replaced by each
 * suggestion (parse() keeps those that read, and otherwise builds them by replacing `unknown`).
 */
export function reject(message: Message, example: string, suggestions: string[] = [], unknown?: string, corrected?: string[]): never {
  throw new Reject(message, example, suggestions, unknown, corrected);
}

/** A word quoted as the language quotes it. */
export function quoteWord(lang: Lang, word: string): string {
  const [open, close] = punct(lang).quote;
  return `${open}${word}${close}`;
}

/** Joins listed words in the language. */
export function listSeparator(lang: Lang): string {
  return punct(lang).listSep;
}

/** A word quoted back in an error, cut short. */
export function clip(s: string): string {
  return truncate(s, 41);
}
