// What one language is to airank: its locale file (src/i18n/locales/<lang>.ts) gives all of it,
// and its names file (data/names/<lang>.json) the names of institutions and countries.
import type { StringKey, CommandKey, MethodKey, en } from './en.ts';
import type { LocaleData } from 'i18n-iso-countries';
import type { ChartFonts, CommandHelp, HelpInputs, HelpText, ClaimWords, LocalNames, MethodText, Punctuation, VenueNames } from './localeParts.ts';

export type Strings = Record<StringKey, string>;

export interface Locale {
  /** Every interface string, by key. */
  strings: Strings;
  punct: Punctuation;
  /** Qualifiers such as "more than" follow the figure (300以上), except "about". */
  qualifierAfterFigure: boolean;
  /** The build time in footers, a date-fns pattern ("d MMM yyyy HH:mm"). */
  dateTime: string;
  /** The i18n-iso-countries names of the language. */
  isoCountries: LocaleData;
  /** Institution and country names in the language; English has none (its names are the data's). */
  names: LocalNames;
  /** Track, tier and institution-type names, and the language's words for them. */
  venues: VenueNames;
  methods: Record<MethodKey, MethodText>;
  /** A column header as a word in running text ("Authors" → "authors" in English). */
  inSentence: (header: string) => string;
  claimWords: ClaimWords;
  /** How the footer's coverage line names the slots a method keeps ("12 first-author slots"). */
  slotWords: { all: string; first: string; last: string };
  /** Marks the default method in help: " (default)". */
  defaultMethod: string;
  commands: Record<CommandKey, CommandHelp>;
  help: (h: HelpInputs) => HelpText;
  chart: ChartFonts;
}

/** English's locale is typed by what it holds (its keys are every locale's): this fails to compile unless it is a Locale. */
export type EnglishIsALocale = IsLocale<typeof en>;
type IsLocale<T extends Locale> = T;
