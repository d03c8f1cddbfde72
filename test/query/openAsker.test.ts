// Opening a database: a missing file and a file from an older schema get named errors.
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MissingDatabaseError, OutdatedDatabaseError, openAsker } from '../../src/query/openAsker.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';

const dir = tempDir();

describe('openAsker', () => {
  it('names a missing database and the command that builds it', () => {
    expect(() => openAsker(path.join(dir, 'none.sqlite'))).toThrow(MissingDatabaseError);
    expect(() => openAsker(path.join(dir, 'none.sqlite'))).toThrow(/npm run setup/);
  });

  it('refuses a database built with another schema version instead of misreading it', async () => {
    const file = path.join(dir, 'old.sqlite');
    await createFixtureDatabase(file);
    openAsker(file).close(); // the current version opens
    const db = new SQLite(file);
    db.prepare("UPDATE meta SET value = '0' WHERE key = 'schema_version'").run();
    db.close();
    expect(() => openAsker(file)).toThrow(OutdatedDatabaseError);
  });

  it('refuses a file that is not an airank database', () => {
    const file = path.join(dir, 'other.sqlite');
    new SQLite(file).exec('CREATE TABLE t (x)');
    expect(() => openAsker(file)).toThrow(OutdatedDatabaseError);
  });
});
