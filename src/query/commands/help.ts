// `help [topic]`: the general help, or one topic. help.ts composes the text from the
// registry; `{topics}` in the summary becomes the list of topics.
import { defineCommand } from './command.ts';
import { withLang } from './canonicalText.ts';

export const help = defineCommand({
  kind: 'help',
  words: { help: ['help', 'usage'] },
  canonical: (q, options) => withLang(q.topic ? `help ${q.topic}` : 'help', options),
  examples: ['help', 'help compare', 'help top lang:zh'],
});
