// The correction form's institution picker folds names with the resolver's normaliser, so
// it finds what questions and affiliations find ("Univ. of Tokyo"), and a missing file is
// reported as a missing database rather than a raw ENOENT.
import { renameSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FiguresLookup } from '../../src/corrections/figuresLookup.ts';
import { MissingDatabaseError } from '../../src/query/openAsker.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';

const dir = tempDir('airank-lookup-');
const dbPath = path.join(dir, 'airank.sqlite');

beforeAll(async () => {
  await createFixtureDatabase(dbPath);
});

describe('FiguresLookup', () => {
  it('searches curated names and aliases as the resolver spells them', () => {
    const lookup = new FiguresLookup(dbPath);
    expect(lookup.search('Univ. of Tokyo').map((i) => i.id)).toEqual(['utokyo']);
    expect(lookup.search('massach').map((i) => i.id)).toEqual(['mit']);
    // Names starting with the text come before names merely containing it.
    expect(lookup.search('google').map((i) => i.id)).toEqual(['google', 'deepmind']);
    expect(lookup.byName('the univ of tokyo')?.id).toBe('utokyo');
    expect(lookup.byName('Tokyo')).toBeNull();
    lookup.close();
  });

  it('reports a database that has gone as missing', () => {
    const lookup = new FiguresLookup(dbPath);
    expect(lookup.snapshot()).not.toBeNull();
    renameSync(dbPath, `${dbPath}.away`);
    try {
      expect(() => lookup.snapshot()).toThrow(MissingDatabaseError);
    } finally {
      renameSync(`${dbPath}.away`, dbPath);
      lookup.close();
    }
  });
});
