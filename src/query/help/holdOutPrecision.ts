// The held-out linking experiment's figures, as `npm run eval:link -- default --write`
// stored them in data/link-holdout.json: the one place they are written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../../config.ts';
import { t } from '../../i18n/t.ts';
import type { Lang } from '../../domain/lang.ts';

export const HOLD_OUT_FILE = path.join(DATA_DIR, 'link-holdout.json');

/** Hidden slots with a known value, those linking filled, and of those the comparable and correct. */
export interface HoldOutCounts {
  hidden: number;
  filled: number;
  comparable: number;
  correct: number;
}

export interface HoldOutFile {
  $comment: string;
  /** A seeded 20% of all profile slots hidden: linked by their own id, and by name only. */
  random20: { byId: HoldOutCounts; byName: HoldOutCounts };
  /** Every conference-year's files hidden in turn, by name (the situation of a year without ids). */
  wholeConferenceYears: HoldOutCounts;
  /** Every record of a calendar year hidden at once, by name (ICML 2021/2022). */
  calendarYears: Record<string, HoldOutCounts>;
}

const pct = (n: number, of: number) => (of > 0 ? `${((100 * n) / of).toFixed(1)}%` : '-');
const share = (k: HoldOutCounts) => pct(k.correct, k.comparable);

/** How often linked values agree with the hidden profile values, or a note that none is stored, in the reader's language. */
export function holdOutText(file = HOLD_OUT_FILE, lang: Lang = 'en'): string {
  if (!existsSync(file)) return t(lang, 'holdout.none');
  const h = JSON.parse(readFileSync(file, 'utf8')) as HoldOutFile;
  const { byId, byName } = h.random20;
  const years = Object.entries(h.calendarYears).map(([year, k]) => t(lang, 'holdout.year', { year, pct: share(k) }));
  return t(lang, 'holdout.measured', {
    byId: share(byId),
    byName: share(byName),
    filled: pct(byName.filled, byName.hidden),
    whole: share(h.wholeConferenceYears),
    years: years.join(''),
  });
}
