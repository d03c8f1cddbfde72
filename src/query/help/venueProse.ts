// The venues and the year span as prose, from the venue table (data/conferences.json):
// "NeurIPS, ICML and ICLR", "2020-2024", "five". Help, `method`, footers, chart credits and
// `check`'s messages take them as {venues}, {years}, ... so a new conference or year is no prose edit.
import { countWord } from '../../i18n/numbers.ts';
import { t } from '../../i18n/t.ts';
import { VENUES, YEARS } from '../../domain/venues.ts';
import { COMPLETE_YEARS, FIRST_YEAR, LATEST_COMPLETE_YEAR, LATEST_YEAR, PROVISIONAL_YEARS } from '../read/years.ts';
import type { Lang } from '../../domain/lang.ts';
import type { VenueProse } from '../../i18n/locales/localeParts.ts';

/** Runs of consecutive years: "2020-2024", "2020-2024, 2027"; empty for none. */
function span(lang: Lang, years: readonly number[]): string {
  const runs: Array<[number, number]> = [];
  for (const y of years) {
    const run = runs[runs.length - 1];
    if (run && y === run[1] + 1) run[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([first, last]) => (first === last ? String(first) : t(lang, 'prose.yearSpan', { first, last }))).join(t(lang, 'word.listSep'));
}

/** The venue list and the year span in a language, as {vars} for t() and help texts. */
export function venueProse(lang: Lang): VenueProse {
  const labels = VENUES.conferences.map((c) => c.label[lang]);
  const sep = t(lang, 'prose.venueSep');
  const head = labels.slice(0, -1).join(sep);
  return {
    venues: labels.length > 1 ? `${head}${t(lang, 'prose.venueAnd')}${labels[labels.length - 1]}` : labels.join(''),
    venueSeries: labels.join(sep),
    venueCount: countWord(lang, labels.length),
    first: FIRST_YEAR,
    last: LATEST_YEAR,
    years: FIRST_YEAR === LATEST_YEAR ? String(FIRST_YEAR) : t(lang, 'prose.yearSpan', { first: FIRST_YEAR, last: LATEST_YEAR }),
    yearCount: countWord(lang, YEARS.length),
    complete: span(lang, COMPLETE_YEARS),
    lastComplete: LATEST_COMPLETE_YEAR,
    provisional: span(lang, PROVISIONAL_YEARS),
  };
}
