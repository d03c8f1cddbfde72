// The lexicon looks institution names up in the table the build stored
// (pipeline/writeInstitutionNames.ts) instead of normalising every name when a database opens:
// it must read every name, alias and spelling exactly as the lexicon built in memory does.
// The real database is checked the same way in presummed.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.ts';
import { loadContext } from '../../src/query/context/context.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { expectSameReadings } from '../helpers/sameReadings.ts';
import { tempDir } from '../helpers/tempDir.ts';

describe('stored institution names', () => {
  it('read every name of the fixture as the in-memory lexicon does', async () => {
    const file = path.join(tempDir(), 'fixture.sqlite');
    await createFixtureDatabase(file);
    const opened = openDatabase(file, { readonly: true });
    try {
      expect(expectSameReadings(loadContext(opened.db, opened.sqlite))).toBeGreaterThan(20);
    } finally {
      opened.sqlite.close();
    }
  });
});
