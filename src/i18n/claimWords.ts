// The claim reader reads a claim with every language's words at once (a claim may mix them):
// one regular-expression alternation from each locale's claimWords.
import { LANGS } from '../domain/lang.ts';
import { LOCALES } from './locales/byLang.ts';
import type { ClaimWords } from './locales/localeParts.ts';

/** What `pick` gives in each language, in the order of LANGS, each once. */
export function claimWordList(pick: (words: ClaimWords) => readonly string[] | undefined): string[] {
  return [...new Set(LANGS.flatMap((lang) => pick(LOCALES[lang].claimWords) ?? []))];
}

/** `(?:a|b|…)` of what `pick` gives in each language, in the order of LANGS, each once; `(?!)`, matching nothing, when none has any. */
export function claimWords(pick: (words: ClaimWords) => readonly string[] | undefined): string {
  const words = claimWordList(pick);
  return words.length > 0 ? `(?:${words.join('|')})` : '(?!)';
}
