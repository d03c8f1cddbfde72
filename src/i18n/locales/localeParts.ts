// The parts a locale is made of (locale.ts puts them together): apart from locale.ts so the
// reference locale (en.ts), whose keys locale.ts reads, can use them without a circle.

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

/** How the language's charts are drawn. */
export interface ChartFonts {
  /** Font files (npm package paths) the language's glyphs need; every chart loads every language's. */
  files: readonly string[];
  /** CSS font-family list written into the chart spec, first choice first. */
  family: string;
  /** resvg's default family when a name in the SVG matches nothing. */
  defaultFamily: string;
  /** The language tag resvg shapes text for. */
  shaping: string;
}

/** A language's names (data/names/<lang>.json): institution id → name; country code → name. */
export interface LocalNames {
  institutions: Readonly<Record<string, string>>;
  countries: Readonly<Record<string, string>>;
}
