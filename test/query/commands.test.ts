// The command registry (src/query/commands/): every command has its help in every
// language and examples that parse to it and read back the same; the general help lists
// exactly the registry's commands; the lexicon and the answer dispatch follow it; and the
// claim reader reads years and country filters as the parser does (one reader for both).
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandOf } from '../../src/query/commands/registry.ts';
import { helpText, helpTopic, helpTopics } from '../../src/query/help/help.ts';
import { keywordOf } from '../../src/query/context/lexicon.ts';
import { parse } from '../../src/query/parse.ts';
import { readClaim } from '../../src/query/check/claim.ts';
import type { ParsedQuery } from '../../src/query/model/types.ts';
import { curatedCountryOf, curatedLexicon as lexicon } from '../helpers/curatedLexicon.ts';
import { LANGS, type Lang } from '../../src/domain/lang.ts';
import { LOCALES } from '../../src/i18n/locales/byLang.ts';
import { venueProse } from '../../src/query/help/venueProse.ts';

function ok(text: string): ParsedQuery {
  const r = parse(text, lexicon);
  if (r.kind === 'parse_error') throw new Error(`expected a query for ${JSON.stringify(text)}, got: ${r.message}`);
  return r;
}

describe.each(COMMANDS.map((c) => [c.kind, c] as const))('command %s', (kind, command) => {
  it('has its help line in every language, and its topic (if any) in every language', () => {
    for (const lang of LANGS) {
      const { summary, topic } = LOCALES[lang].commands[kind];
      expect(summary(venueProse(lang)).trim().length, lang).toBeGreaterThan(0);
      expect(helpText(undefined, lang)).toContain(summary(venueProse(lang)).split('{topics}')[0]);
      expect(Boolean(topic), lang).toBe(Boolean(command.topic));
      if (command.topic && topic) {
        expect(topic(venueProse(lang)).trim().length, lang).toBeGreaterThan(20);
        expect(helpText(command.topic.name, lang)).toBe(topic(venueProse(lang)));
        for (const alias of command.topic.aliases) expect(helpTopic(alias)).toBe(command.topic.name);
      }
    }
    // Every command but `method` (whose help is the `methods` topic) and `help` itself has a topic of its own.
    if (kind !== 'method' && kind !== 'help') expect(command.topic).toBeDefined();
  });

  const examples = [...command.examples, ...LANGS.flatMap((lang) => LOCALES[lang].commands[kind].examples ?? [])];
  it.each(examples.map((e) => [e]))('example %s parses to it and its canonical form reads back the same', (example) => {
    const q = ok(example);
    expect(q.kind).toBe(kind);
    expect(ok(q.text)).toEqual(q);
    expect(commandOf(kind).canonical(q as never, q.options, lexicon)).toBe(q.text);
  });

  it('its words are command words in the lexicon', () => {
    for (const [word, spellings] of Object.entries<readonly string[]>(command.words)) {
      for (const w of spellings) expect(keywordOf(w), w).toEqual({ type: 'command', command: word });
    }
  });

  it('answers its own kind', () => {
    expect(commandOf(kind)).toBe(command);
  });
});

describe('the general help', () => {
  /** The questions of the general help's "Questions" block, placeholders filled in. */
  function listedKinds(lang: Lang): string[] {
    const [, block] = helpText(undefined, lang).split(/\n\n/);
    return block
      .split('\n')
      .slice(1)
      .map((line) => /`([^`]+)`/.exec(line)![1].replace('<topic>', 'top').replace('<claim>', 'China had 8,491 authors in 2024'))
      .map((q) => ok(q).kind);
  }

  it.each(LANGS)('lists exactly the registry commands (%s)', (lang) => {
    const kinds = listedKinds(lang);
    expect([...new Set(kinds)].sort()).toEqual(COMMANDS.map((c) => c.kind).sort());
    // One line per command, and `trend` beside `compare`.
    expect(kinds.length).toBe(COMMANDS.length + 1);
  });

  it("names every topic: the commands' and the shared grammar's", () => {
    const topics = helpTopics();
    expect(topics).toEqual([...COMMANDS.flatMap((c) => (c.topic ? [c.topic.name] : [])), 'filters', 'methods', 'years']);
    for (const lang of LANGS) {
      expect(helpText(undefined, lang)).toContain(topics.join(LOCALES[lang].punct.listSep));
    }
    for (const topic of topics) expect(helpTopic(topic)).toBe(topic);
  });
});

describe('claim years and question years: one reader', () => {
  /** The years a question reads, or "outside" when it refuses one. */
  function questionYears(written: string): number[] | 'outside' {
    const r = parse(`top 10 ${written}`, lexicon);
    if (r.kind === 'parse_error') {
      expect(r.message).toMatch(/outside the data/);
      return 'outside';
    }
    return (r as ParsedQuery & { years: number[] }).years;
  }

  function claimYears(written: string): number[] | 'outside' {
    const r = readClaim(`China had 300 authors in ${written}`, lexicon, curatedCountryOf);
    if (!r.ok) {
      expect(r.problems.map((p) => p.kind)).toEqual(['outside']);
      return 'outside';
    }
    return r.claim.years;
  }

  it.each([
    ['2024', [2024]],
    ['2020-2024', [2020, 2021, 2022, 2023, 2024]],
    ['2020–24', [2020, 2021, 2022, 2023, 2024]],
    ['2021—2023', [2021, 2022, 2023]],
    ['2024-2020', [2020, 2021, 2022, 2023, 2024]],
    ['2020~2024', [2020, 2021, 2022, 2023, 2024]],
    ['2020~24', [2020, 2021, 2022, 2023, 2024]],
    ['2022 - 2023', [2022, 2023]],
    ['2022 2024', [2022, 2024]],
    ['2019', 'outside'],
    ['1999', 'outside'],
    ['2019-2024', 'outside'],
    ['2020-2027', 'outside'],
    ['2020-27', 'outside'],
  ] as const)('%s', (written, years) => {
    expect(questionYears(written)).toEqual(years);
    expect(claimYears(written)).toEqual(years);
  });
});

describe('claim country filters and question country filters: one reader', () => {
  it.each([
    ['country:JP', 'JP'],
    ['country:Japan', 'JP'],
    ['country:United States', 'US'],
    ['country:"United States"', 'US'],
    ['country:日本', 'JP'],
  ])('%s', (written, code) => {
    expect(ok(`top 10 2024 ${written}`).options.filters.country).toBe(code);
    const r = readClaim(`Google ranked 1st ${written} in 2024`, lexicon, curatedCountryOf);
    expect(r.ok ? r.claim.country : r.problem).toBe(code);
  });
});
