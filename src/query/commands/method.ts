// `method`: the counting rules, roll-ups, sources and licences. Its help is the `methods`
// topic of help.ts, which describes the counting methods a question may name.
import { noEntities } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { withLang } from './canonicalText.ts';

export const method = defineCommand({
  kind: 'method',
  words: { method: ['method', 'methods', 'methodology'] },
  wholeData: true,
  fromWords(state) {
    noEntities(state, 'method', 'method');
    return { kind: 'method' };
  },
  canonical: (_q, options) => withLang('method', options),
  examples: ['method', 'method lang:ja'],
});
