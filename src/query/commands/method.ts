// `method`: the counting rules, roll-ups, sources and licences. Its help is the `methods`
// topic of help.ts, which describes the counting methods a question may name.
import { noEntities } from './build.ts';
import { defineCommand } from './command.ts';
import { withLang } from './write.ts';

export const method = defineCommand({
  kind: 'method',
  words: { method: ['method', 'methods', 'methodology'] },
  wholeData: true,
  build(state) {
    noEntities(state, 'method', 'method');
    return { kind: 'method' };
  },
  canonical: (_q, options) => withLang('method', options),
  examples: ['method', 'method lang:ja'],
  summary: {
    en: '  `method`                           how authors are counted',
    zh: '  `method`                           作者如何计数',
    ja: '  `method`                           著者の数え方',
  },
});
