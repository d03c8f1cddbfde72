// `help [topic]`: the general help, or one topic. help.ts composes the text from the
// registry; `{topics}` in the summary becomes the list of topics.
import { defineCommand } from './command.ts';
import { withLang } from './write.ts';

export const help = defineCommand({
  kind: 'help',
  words: { help: ['help', 'usage'] },
  canonical: (q, options) => withLang(q.topic ? `help ${q.topic}` : 'help', options),
  examples: ['help', 'help compare', 'help top lang:zh'],
  summary: {
    en: '  `help <topic>`                     topics: {topics}',
    zh: '  `help top lang:zh`                  主题：{topics}',
    ja: '  `help top lang:ja`                  トピック：{topics}',
  },
});
