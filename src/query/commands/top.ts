// `top`: institutions ranked by authors.
import { LATEST_COMPLETE_YEAR } from '../read/years.ts';
import { msg, reject } from '../read/reject.ts';
import { pageOffset, yearsOr } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { formatYears, withOptions } from './canonicalText.ts';

export const top = defineCommand({
  kind: 'top',
  words: { top: ['top'] },
  paged: true,
  countryFilter: true,
  fromWords(state) {
    const { filters } = state.options;
    // `top 10 Japan` ranks institutions within Japan, like `top 10 country:JP`.
    const [only, ...more] = state.entities;
    if (only && only.kind === 'country' && more.length === 0 && !filters.country) {
      filters.country = only.code;
    } else if (only) {
      reject(msg('topOneEntity'), 'compare Tsinghua Stanford 2024');
    }
    const limit = state.limit ?? 10;
    return { kind: 'top', years: yearsOr(state, [LATEST_COMPLETE_YEAR]), limit, ...pageOffset(state, limit) };
  },
  canonical: (q, options) => withOptions(['top', String(q.limit), formatYears(q.years)], options, q),
  examples: ['top 10 2024', 'top10', '2020-2024 top 25', 'top 10 country:JP', 'top 10 2024 page 2', 'top 10 companies 2024'],
  topic: {
    name: 'top',
    aliases: [],
  },
});
