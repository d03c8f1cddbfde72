import { VENUES, YEARS } from '../../domain/venues.ts';
// Years as people write them: one year (2024), a range in one word (2020-2024, 2020–24,
// 2021~2023), and whether a year is in the data. The one year reader: the question parser
// reads words with it, and the claim reader builds its prose patterns (from 2020 to 2024,
// 2020年から2024年) from the same pieces, so both read a year the same way.

export const FIRST_YEAR = YEARS[0];
export const LATEST_YEAR = YEARS[YEARS.length - 1];
/** Years in which some conference-year is provisional (data/conferences.json). */
export const PROVISIONAL_YEARS: readonly number[] = YEARS.filter((y) => VENUES.conferences.some((c) => c.years.some((v) => v.year === y && v.provisional)));
/** What a question without a year covers: the complete years (a ranking: the latest of them). */
export const COMPLETE_YEARS: readonly number[] = YEARS.filter((y) => !PROVISIONAL_YEARS.includes(y));
export const LATEST_COMPLETE_YEAR = COMPLETE_YEARS[COMPLETE_YEARS.length - 1] ?? LATEST_YEAR;

/** A year as written, in the data or not (1999 is refused by name, not read as a count). */
export const YEAR = '(?:19|20)\\d\\d';
/** The marks that join the two ends of a range. */
export const RANGE_DASH = '[-–—~]';

const YEAR_WORD = new RegExp(`^${YEAR}$`);
const RANGE_WORD = new RegExp(`^(${YEAR})${RANGE_DASH}(\\d{4}|\\d{2})$`);
const DASH_WORD = new RegExp(`^${RANGE_DASH}$`);

/** From and to, in order (2024-2020 is 2020 to 2024). */
export interface YearSpan {
  from: number;
  to: number;
}

export const isYearWord = (word: string): boolean => YEAR_WORD.test(word);
/** A dash standing alone between two years ("2020 - 2024"). */
export const isDashWord = (word: string): boolean => DASH_WORD.test(word);

/** One word naming a year or a range of years, or null. */
export function readYearWord(word: string): YearSpan | null {
  const range = RANGE_WORD.exec(word);
  if (range) return yearSpan(Number(range[1]), rangeEnd(range[1], range[2]));
  return YEAR_WORD.test(word) ? yearSpan(Number(word), Number(word)) : null;
}

/** The end of a range written short: 2020-24 ends in 2024. */
export function rangeEnd(first: string, second: string): number {
  return second.length === 2 ? Number(first.slice(0, 2) + second) : Number(second);
}

export function yearSpan(a: number, b: number): YearSpan {
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

export function inData(year: number): boolean {
  return year >= FIRST_YEAR && year <= LATEST_YEAR;
}

/** The ends of a span the data does not cover, first end first. */
export function outsideData(span: YearSpan): number[] {
  return [span.from, span.to].filter((y, k) => !inData(y) && (k === 0 || span.to !== span.from));
}

/** Every year of a span. */
export function yearsOf(span: YearSpan): number[] {
  const years: number[] = [];
  for (let y = span.from; y <= span.to; y++) years.push(y);
  return years;
}
