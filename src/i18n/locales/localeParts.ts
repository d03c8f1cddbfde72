// The parts a locale is made of (locale.ts puts them together): apart from locale.ts so the
// reference locale (en.ts), whose keys locale.ts reads, can use them without a circle.
import type { InstType, Status, Track } from '../../domain/ids.ts';

/** How the language punctuates what code joins: English ": ", Chinese "：". */
export interface Punctuation {
  colon: string;
  /** Between items of a list ("A, B"). */
  listSep: string;
  /** Between clauses ("A; B"). */
  clauseSep: string;
  /** Ends a sentence. */
  stop: string;
  question: string;
  /** Between two sentences or phrases set side by side: a space, or nothing in Chinese and Japanese. */
  space: string;
  /** An aside in brackets: [" (", ")"] or ["（", "）"]. */
  paren: readonly [string, string];
  /** A word quoted back to the reader. */
  quote: readonly [string, string];
  /** A bold label before a value in Slack markup ("*Read as:* "). */
  boldLabel: (label: string) => string;
}

/** The venue list and the year span as prose (query/help/venueProse.ts), for help texts. */
export type VenueProse = {
  /** "NeurIPS, ICML and ICLR" / "NeurIPS、ICML 和 ICLR" / "NeurIPS・ICML・ICLR". */
  venues: string;
  /** The same without "and": "NeurIPS, ICML, ICLR" / "NeurIPS、ICML、ICLR". */
  venueSeries: string;
  /** How many conferences: "three" / "三" / "3". */
  venueCount: string;
  first: number;
  last: number;
  /** "2020-2024" / "2020～2024". */
  years: string;
  /** How many years: "five" / "五" / "5". */
  yearCount: string;
  /** What a question without a year covers: the complete years ("2020-2024") and the latest of them. */
  complete: string;
  lastComplete: number;
  /** The provisional years ("2025-2026"); empty when none. */
  provisional: string;
};

/** A method's words (query/model/methods.ts): each figure and label says what it counts. */
export interface MethodText {
  /** The footer's and `method`'s description of the method. */
  label: string;
  /** Value column header. */
  column: string;
  /** Chart subtitle and axis: what is counted. */
  unit: string;
  /** Chart footnote: the method in a few words. */
  chart: string;
  /** What a share is a share of. */
  shareOf: string;
  /** One line of `help methods`. */
  help: string;
  /** Claim phrases naming the method ("among first authors"), regular expressions. */
  phrases: readonly string[];
  /** What follows a count to name the method ("300 papers"), regular expressions; default: the phrases. */
  afterCount?: readonly string[];
}

/** A command's line(s) in the general help and its own help topic (query/commands/). */
export interface CommandHelp {
  summary: (p: VenueProse) => string;
  topic?: (p: VenueProse) => string;
  /** Questions of the command in the language, besides the command's own (checked like them). */
  examples?: readonly string[];
}

/** What help texts are written from: the venue prose and the word lists the registries make. */
export interface HelpInputs {
  p: VenueProse;
  /** The filter words for conferences, tracks and tiers (query/help/venueHelp.ts). */
  venueFilterWords: string;
  conferenceWords: string;
  tierWords: string;
  /** The method words on one line, and one line per method (query/model/methods.ts). */
  methodWords: string;
  methodLines: string;
}

/** The shared grammar's help: the general help's frame and its topics. */
export interface HelpText {
  intro: string;
  questions: string;
  more: string;
  topics: { filters: string; methods: string; years: string };
  /** "There is no help topic "{topic}". Topics: {topics}." */
  noTopic: string;
}

/**
 * Font files in one pinned npm registry tarball, fetched and verified on first chart
 * (src/render/chart/fontPackages.ts), never installed as a dependency.
 */
export interface FontPackage {
  name: string;
  version: string;
  /** The tarball's Subresource Integrity, as `npm view <name>@<version> dist.integrity` gives it. */
  integrity: string;
  /** Paths inside the package (below its `package/` folder). */
  files: readonly string[];
}

/** How the language's charts are drawn. */
export interface ChartFonts {
  /** The font packages the language's glyphs need; every chart loads every language's. */
  fonts: readonly FontPackage[];
  /** CSS font-family list written into the chart spec, first choice first. */
  family: string;
  /** resvg's default family when a name in the SVG matches nothing. */
  defaultFamily: string;
  /** The language tag resvg shapes text for. */
  shaping: string;
}

/**
 * A language's names (data/names/<lang>.json): institution id → name; country code → name; and
 * the other ways the language writes them, as questions, claims and sources do (清华, 東大, 韓国の):
 * aliases by institution id and by country code, demonyms by country code. English's are the
 * data files' own (data/institutions.json, data/countries.json): English is their source language.
 */
export interface LocalNames {
  institutions: Readonly<Record<string, string>>;
  countries: Readonly<Record<string, string>>;
  institutionAliases?: Readonly<Record<string, readonly string[]>>;
  countryAliases?: Readonly<Record<string, readonly string[]>>;
  demonyms?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The language's names for the venue table's tracks and tiers (data/conferences.json) and the
 * institution-type filters (data/institution-types.json), and its own question words for them,
 * read besides the data's words in every language.
 */
export interface VenueNames {
  tracks: Record<Track, string>;
  tiers: Record<Status, string>;
  /** The filter as answers name it ("companies only"). */
  instTypes: Record<InstType, string>;
  words: { tracks?: Partial<Record<Track, string[]>>; tiers?: Partial<Record<Status, string[]>>; instTypes?: Partial<Record<InstType, string[]>> };
}

/**
 * The claim reader's words in the language (query/model/claimFigure.ts, query/check/claim.ts):
 * regular-expression alternatives, read in every language's claims (a claim may mix them).
 */
export interface ClaimWords {
  /** Growth verbs before a percentage ("rose 40%", 增长了40%). */
  rise?: readonly string[];
  /** Growth after a percentage (40%增, 40% 증가). */
  percentRise?: readonly string[];
  /** A multiple after a number ("8x", 8倍, 8배). */
  times?: readonly string[];
  /** A rank after a number (2位, 2위). */
  rankAfter?: readonly string[];
  /** Hedges written before the figure ("more than", 超过, 약), by what they mean. */
  before?: Partial<Record<'over' | 'atLeast' | 'under' | 'nearly' | 'about', readonly string[]>>;
  /** Hedges written after the figure, with the count word they may follow (300名以上, 300명 이상). */
  after?: Partial<Record<'over' | 'atLeast' | 'under' | 'about', readonly string[]>>;
  /** A year span: the word before its first year (从), after each year (年, 년), between them (から, 부터) and after it (まで, 까지). */
  span?: { from?: readonly string[]; year?: readonly string[]; to?: readonly string[]; end?: readonly string[] };
  /** The language's words of what a claim is about that airank does not hold, by reason id (data/claim-scope.json has English's). */
  scope?: Readonly<Record<string, readonly string[]>>;
  /** Numbers that are not figures airank checks, whole patterns by reason (query/check/aside.ts): 上位10機関に入らず. */
  asides?: Partial<Record<'absent' | 'gap' | 'ratio' | 'venues', readonly string[]>>;
  /** A count of institutions in a list (上位10機関に中国勢が4機関): its groups for the count and the list size; `inside`: what to blank when names stand inside. */
  listCounts?: ReadonlyArray<{ re: string; value: number; top: number; inside?: string }>;
  /** A rank within a list (进入前20名), the list size its one group. */
  within?: readonly string[];
  /** A list a figure is read in (前50名, 上位50機関), its size the one group. */
  listSize?: readonly string[];
  /** A span of years back from the one written (4年間で), its length the one group. */
  yearSpan?: readonly string[];
  /** A number written with its counter (四家, 4機関): counters after a number word. */
  counters?: readonly string[];
  /** Words before a list size written in number words (前十, トップ十). */
  listBefore?: readonly string[];
  /** The top place (首位, トップだった). */
  rankOne?: readonly string[];
  /** After them a name is what the subject is compared with (比, より). */
  compared?: readonly string[];
  /** A country is the scope when one of these follows it (日本で). */
  countryScope?: readonly string[];
  /** Among the institutions of their own country (国内1位). */
  domestic?: readonly string[];
  /** Words between the names of one list (和, と). */
  joiners?: readonly string[];
  /** A figure that goes to every name listed with it (并列, それぞれ). */
  shared?: readonly string[];
  /** Pronouns standing for a name written in another sentence (他们, 同社). */
  pronouns?: readonly string[];
  /** Prose words: a sentence with one must say what its counts count (the particles of the language). */
  prose?: readonly string[];
  /** A particle joining a figure to the name after it (2位の中国). */
  particles?: readonly string[];
  /** Words that look like a country's name in a claim but never name a place there (中美: data/claim-scope.json notNames). */
  notNames?: readonly string[];
  /**
   * Number words, read as digits (一 … 九十九: the digits and the word for ten) after a rank word
   * (第二) unless a word of `notRank` follows (第一作者), and before a unit (八倍, 二位).
   */
  numerals?: { digits: Readonly<Record<string, number>>; ten: string; rankBefore: readonly string[]; notRank: readonly string[]; units: readonly string[] };
  /** Multiples in words, each a pattern and the same in digits (翻了一番 → 2倍, 두 배 → 2배). */
  multiples?: ReadonlyArray<readonly [string, string]>;
  /** A rank written around its number, whole patterns, the number their one group (排名第2名). */
  rank?: readonly string[];
  /** Scale words after a number, by what they multiply it by (1.2万, 3억). */
  scales?: Readonly<Record<string, number>>;
  /** Count words after a figure (名, 篇, 명): a year they follow is a count, and a figure in brackets between names may end with one. */
  countWords?: readonly string[];
  /** Count words for people that may stand between a count and a method's words (300名の筆頭著者). */
  personWords?: readonly string[];
  /** What may follow a year (2024年度). */
  yearAfter?: readonly string[];
  /** This year and last year, read against the data's latest complete year (今年, 작년). */
  thisYear?: readonly string[];
  lastYear?: readonly string[];
  /** Two-digit years (21年), whole patterns, the two digits their one group. */
  shortYear?: readonly string[];
}
