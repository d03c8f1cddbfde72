// `check <claim>`: a sentence from a draft against airank, under every counting method.
// The claim is prose: parse.ts hands it to the claim reader whole (check/claim.ts).
import { defineCommand } from './command.ts';
import { withLang } from './canonicalText.ts';

export const check = defineCommand({
  kind: 'check',
  words: { check: ['check', 'verify', 'factcheck'] },
  canonical: (q, options) => withLang(`check ${q.claim}`, options),
  examples: ['check Tsinghua had 300 NeurIPS authors in 2024', 'check China had 8,491 authors in 2024'],
  topic: {
    name: 'check',
    aliases: ['verify'],
  },
});
