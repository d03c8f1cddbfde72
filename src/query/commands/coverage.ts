// `coverage`: how complete the data is, per conference-year.
import { noEntities } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { withLang } from './canonicalText.ts';

export const coverage = defineCommand({
  kind: 'coverage',
  words: { coverage: ['coverage'] },
  wholeData: true,
  fromWords(state) {
    noEntities(state, 'coverage', 'coverage');
    return { kind: 'coverage' };
  },
  canonical: (_q, options) => withLang('coverage', options),
  examples: ['coverage', 'coverage lang:zh'],
  topic: {
    name: 'coverage',
    aliases: [],
  },
});
