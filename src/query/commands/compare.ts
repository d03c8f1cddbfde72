// `compare` and `trend`: two to eight countries or institutions side by side, per year.
import { COMPLETE_YEARS } from '../read/years.ts';
import { msg, reject } from '../read/reject.ts';
import { dedupe, yearsOr } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { entityToken, formatYears, withOptions } from './canonicalText.ts';

export const MAX_COMPARE = 8;

export const compare = defineCommand({
  kind: 'compare',
  words: { compare: ['compare'], trend: ['trend', 'trends'] },
  // A trend is every year of one name (its own answer) or of several (a comparison).
  route: (word, state) => (word === 'trend' && state.entities.length === 1 ? 'institution' : 'compare'),
  fromWords(state) {
    const entities = dedupe(state.entities);
    if (entities.length < 2) reject(msg('compareTwo'), 'compare US CN 2020-2024');
    if (entities.length > MAX_COMPARE) {
      reject(msg('compareMax', { max: MAX_COMPARE }), 'compare US CN JP GB 2020-2024');
    }
    return { kind: 'compare', entities, years: yearsOr(state, [...COMPLETE_YEARS]) };
  },
  canonical: (q, options, lexicon) => withOptions(['compare', ...q.entities.map((e) => entityToken(e, 'country', lexicon)), formatYears(q.years)], options),
  examples: ['compare US CN 2020-2024', 'compare US CN JP 2020-2024', 'trend US CN JP', 'compare Tsinghua Stanford'],
  topic: {
    name: 'compare',
    aliases: ['trend'],
  },
});
