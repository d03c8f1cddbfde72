// The lexicon reading names from the table the build stored (pipeline/writeInstitutionNames.ts)
// against the lexicon built in memory: used by storedNames.test.ts on the fixture and by
// presummed.test.ts on the real database (which it builds from the mirror when none is current).
import { expect } from 'vitest';
import { lexiconInstitutions, NAMES_META_KEY, type QueryContext } from '../../src/query/context/context.ts';
import { createLexicon } from '../../src/query/context/lexicon.ts';

/** Every name of every institution as typed, re-cased, abbreviated, and a few phrases that name nothing. */
function phrases(ctx: QueryContext): string[] {
  const out = new Set(['2024 top10', 'countries 2024', 'top 10 companies', 'Univ. of Nowhere', '東京', 'MIT CSAIL']);
  for (const inst of ctx.institutions.values()) {
    for (const name of [inst.id, inst.name, ...inst.aliases, inst.names.zh, inst.names.ja]) {
      if (!name) continue;
      out.add(name);
      out.add(name.toUpperCase());
      out.add(name.replace(/\bUniversity\b/g, 'Univ.'));
      out.add(`The ${name}`);
    }
  }
  return [...out];
}

/** Checks that a database's stored names read every phrase as the in-memory lexicon does; returns how many phrases. */
export function expectSameReadings(ctx: QueryContext): number {
  expect(ctx.meta[NAMES_META_KEY], 'the build stored the names').toBeDefined();
  const inMemory = createLexicon(lexiconInstitutions(ctx.institutions));
  expect(ctx.lexicon.maxPhraseWords).toBe(inMemory.maxPhraseWords);
  const all = phrases(ctx);
  for (const phrase of all) {
    for (const prefer of ['country', 'institution'] as const) {
      expect(ctx.lexicon.resolve(phrase, prefer), `${phrase} (${prefer})`).toEqual(inMemory.resolve(phrase, prefer));
    }
  }
  return all.length;
}
