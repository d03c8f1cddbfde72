// `countries`: countries ranked by authors.
import { LATEST_COMPLETE_YEAR } from '../read/years.ts';
import { noEntities, pageOffset, yearsOr } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { formatYears, withOptions } from './canonicalText.ts';

export const countries = defineCommand({
  kind: 'countries',
  words: { countries: ['countries', 'country'] },
  paged: true,
  fromWords(state) {
    noEntities(state, 'countries', 'countries 2024');
    const limit = state.limit ?? 20;
    return { kind: 'countries', years: yearsOr(state, [LATEST_COMPLETE_YEAR]), limit, ...pageOffset(state, limit) };
  },
  canonical: (q, options) => withOptions(['top', String(q.limit), 'countries', formatYears(q.years)], options, q),
  examples: ['countries 2024', 'top 20 countries 2024', 'top 50 countries 2020-2024', 'countries 2024 located'],
  topic: {
    name: 'countries',
    aliases: ['country'],
  },
});
