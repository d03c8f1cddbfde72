// The claim reader reads a claim with every language's words at once (a claim may mix them):
// one regular-expression alternation from each locale's claimWords.
import { LANGS } from '../domain/lang.ts';
import { LOCALES } from './locales/byLang.ts';
import type { ClaimWords } from './locales/localeParts.ts';

/** What `pick` gives in each language, in the order of LANGS, each once. */
export function claimWordList<T = string>(pick: (words: ClaimWords) => readonly T[] | undefined): T[] {
  return [...new Set(LANGS.flatMap((lang) => pick(LOCALES[lang].claimWords) ?? []))];
}

/** Every language's scale words (万 → 10,000, 만 → 10,000). */
export const CLAIM_SCALES: ReadonlyMap<string, number> = new Map(claimWordList((w) => Object.entries(w.scales ?? {})));

/** `(?:万|만)`: the scale words worth `value`, or `(?!)`, matching nothing, when none is. */
export function scaleWords(value: number): string {
  return alternation([...CLAIM_SCALES].filter(([, v]) => v === value).map(([word]) => word));
}

/** `(?:a|b|…)` of what `pick` gives in each language, in the order of LANGS, each once; `(?!)`, matching nothing, when none has any. */
export function claimWords(pick: (words: ClaimWords) => readonly string[] | undefined): string {
  return alternation(claimWordList(pick));
}

function alternation(words: readonly string[]): string {
  return words.length > 0 ? `(?:${words.join('|')})` : '(?!)';
}
