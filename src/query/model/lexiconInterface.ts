// What the lexicon (lexicon.ts) answers about names, as the rest of the question language
// sees it: commands write names back into command text through it without importing the
// lexicon, which reads the commands' words.
import type { Lang } from '../../domain/lang.ts';
import type { Entity } from './types.ts';

export interface LexiconInstitution {
  id: string;
  name: string;
  country: string;
  aliases?: string[];
  names?: Partial<Record<Lang, string>>;
  /** Rolls up into a parent by default (DeepMind into Google): asked for by name, it is counted alone. */
  rollsUp?: boolean;
  /** In the reviewed table (data/institutions.json), not only in a reference table. */
  curated?: boolean;
}

export type Resolved =
  | { kind: 'entity'; entity: Entity }
  /** The phrase names several institutions; the caller must ask which. */
  | { kind: 'ambiguous'; options: string[] };

export interface Lexicon {
  /**
   * What a phrase names. Precedence: a 2-letter ISO code is a country; then a country
   * name; then an institution id, name or alias. With prefer 'institution' (after `inst`)
   * institutions are tried first.
   */
  resolve(phrase: string, prefer?: 'country' | 'institution'): Resolved | null;
  /** ISO alpha-2 code for a code or country name, or null. */
  country(phrase: string): string | null;
  /** Ranked "did you mean" candidates for an unknown word or phrase, best first. */
  suggest(phrase: string, scope?: 'all' | 'country' | 'institution'): string[];
  countryName(code: string, lang?: Lang): string;
  institutionName(id: string, lang?: Lang): string | undefined;
  /** True for a unit that rolls up into a parent by default. */
  rollsUp(id: string): boolean;
  /** Longest name in words, so the parser knows how far to look ahead. */
  readonly maxPhraseWords: number;
}
