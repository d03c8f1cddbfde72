import type { Lexicon, Resolved } from '../model/lexiconInterface.ts';
// Names in a run of words, read the same way by the question parser and the claim reader:
// the longest phrase the lexicon knows wins ("University of Tokyo" is not three words), and
// a country filter's value may run on into the next words ("country:United States").

export interface NameRead {
  resolved: Resolved;
  phrase: string;
  /** How many of the words it took. */
  words: number;
}

/** The longest phrase at the start of `words` that names something (or several things), of at least minWords words. */
export function longestName(words: readonly string[], lexicon: Lexicon, minWords: number, prefer?: 'country' | 'institution'): NameRead | null {
  for (let n = Math.min(lexicon.maxPhraseWords, words.length); n >= minWords; n--) {
    const phrase = words.slice(0, n).join(' ');
    const resolved = lexicon.resolve(phrase, prefer);
    if (resolved) return { resolved, phrase, words: n };
  }
  return null;
}

/** Most words a country's name may take after `country:` ("country:United States"). */
const MAX_MORE = 4;

/** A `country:` value, alone or run on into the next words; `more` counts the words taken after it. */
export function readCountryValue(value: string, next: readonly string[], lexicon: Lexicon): { code: string; more: number } | null {
  const code = lexicon.country(value);
  if (code) return { code, more: 0 };
  for (let n = Math.min(MAX_MORE, next.length); n >= 1; n--) {
    const longer = lexicon.country([value, ...next.slice(0, n)].join(' '));
    if (longer) return { code: longer, more: n };
  }
  return null;
}
