// `inst` (`rank`, or a name alone): one institution or one country, per year.
import { COMPLETE_YEARS } from '../read/years.ts';
import { msg, reject } from '../read/reject.ts';
import { dedupe, yearsOr } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { entityToken, formatYears, withOptions } from './canonicalText.ts';

export const institution = defineCommand({
  kind: 'institution',
  words: { inst: ['inst', 'institution', 'rank'] },
  // "which institution had the most authors": no name, a ranking.
  route: (_word, state) => (state.entities.length === 0 && state.top ? 'top' : 'institution'),
  fromWords(state) {
    const entities = dedupe(state.entities);
    if (entities.length === 0) reject(msg('which'), 'inst "Zhejiang University" 2024');
    if (entities.length > 1) reject(msg('several'), 'compare Tsinghua Stanford');
    return { kind: 'institution', entity: entities[0], years: yearsOr(state, [...COMPLETE_YEARS]) };
  },
  canonical: (q, options, lexicon) =>
    withOptions([...(q.entity.kind === 'country' ? [q.entity.code] : ['inst', entityToken(q.entity, 'institution', lexicon)]), formatYears(q.years)], options),
  examples: ['inst Tsinghua 2024', 'rank RIKEN 2024', 'Tsinghua', 'JP', 'inst "Zhejiang University"'],
  topic: {
    name: 'inst',
    aliases: ['institution', 'institutions', 'rank'],
  },
});
