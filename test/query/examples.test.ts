// Every example `help` gives and every question the README shows must be read by the
// parser: none may come back as "I don't know". Names come from the curated data, as
// in the product (short forms like 東大 and 清华 are aliases there).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpTopics, helpText } from '../../src/query/help/help.ts';
import { parse } from '../../src/query/parse.ts';
import { readClaim } from '../../src/query/check/claim.ts';
import { curatedCountryOf, curatedLexicon } from '../helpers/curatedLexicon.ts';
import { LANGS } from '../../src/domain/lang.ts';

const lexicon = curatedLexicon;

/** Code spans that are questions: not options (--png), placeholders (<claim>, "X") or bare filter words. */
function questions(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1].trim()).filter((q) => !q.startsWith('-') && !/<[^>]+>|"X"|\bFILE\b|…/.test(q));
}

function readmeQuestions(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const fromCommands = [...readme.matchAll(/npm run airank -- (.+?)(?:\s+#|$)/gm)].map((m) => m[1].replace(/\s--(?:csv|json|png\s+\S+|print)\b/g, '').trim());
  const inline = [...readme.matchAll(/`(?:airank|\/airank|@airank) ([^`]+)`/g)].map((m) => m[1]);
  return [...fromCommands, ...inline].filter((q) => !/^(?:resolve|unresolved|build|corrections)\b|<|--file/.test(q));
}

// In every language; the claim fragments of `check` (\`12%\`) are not questions, its examples are.
const helpExamples = LANGS.flatMap((lang) =>
  [undefined, ...helpTopics()].flatMap((topic) => questions(helpText(topic, lang)).filter((q) => topic !== 'check' || q.startsWith('check '))),
);

describe('examples in help and the README', () => {
  it('finds the examples', () => {
    expect(helpExamples.length).toBeGreaterThan(60);
    expect(readmeQuestions().length).toBeGreaterThan(10);
  });

  it.each([...new Set([...helpExamples, ...readmeQuestions()])])('%s', (q) => {
    const r = parse(q, lexicon);
    if (r.kind === 'parse_error') expect(r.message).not.toMatch(/I don't know/);
    // A claim example must be read too, not only accepted as a claim.
    if (r.kind === 'check') {
      const reading = readClaim(r.claim, lexicon, curatedCountryOf);
      expect(reading.ok ? '' : reading.problem).toBe('');
    }
  });
});
