// The lexicon looks institution names up in the table the build stored
// (query/writeInstitutionNames.ts) instead of normalising every name when a database opens:
// it must read every name, alias and spelling exactly as the lexicon built in memory does.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../src/config.ts';
import { SCHEMA_VERSION } from '../../src/db/createSchema.ts';
import { openDatabase, type OpenedDatabase } from '../../src/db/open.ts';
import { lexiconInstitutions, loadContext, NAMES_META_KEY, type QueryContext } from '../../src/query/context.ts';
import { createLexicon } from '../../src/query/lexicon.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';

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

function expectSameReadings(opened: OpenedDatabase): number {
  const ctx = loadContext(opened.db, opened.sqlite);
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

describe('stored institution names', () => {
  it('read every name of the fixture as the in-memory lexicon does', async () => {
    const file = path.join(tempDir(), 'fixture.sqlite');
    await createFixtureDatabase(file);
    const opened = openDatabase(file, { readonly: true });
    try {
      expect(expectSameReadings(opened)).toBeGreaterThan(20);
    } finally {
      opened.sqlite.close();
    }
  });
});

// The real database when this worktree has one at the current schema (ambiguous names, CJK
// names, thousands of aliases); presummed.test.ts builds one from the mirror in CI.
const REAL = databasePath();
const real = existsSync(REAL) ? openDatabase(REAL, { readonly: true }) : null;
const current = real?.sqlite.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
describe.skipIf(current?.value !== SCHEMA_VERSION)('stored institution names, real database', () => {
  afterAll(() => real?.sqlite.close());
  it('read every name and spelling as the in-memory lexicon does', () => {
    expect(expectSameReadings(real!)).toBeGreaterThan(5000);
  });
});
