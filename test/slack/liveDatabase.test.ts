// LiveDatabase: a rebuilt file is opened for new requests while requests already running
// finish on the old one, which is closed only then.
import { renameSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openAsker } from '../../src/query/openAsker.ts';
import type { Asker } from '../../src/query/asker.ts';
import { isParseError } from '../../src/query/model/types.ts';
import { LiveDatabase } from '../../src/slack/answers/liveDatabase.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';

const dir = tempDir('airank-live-');

async function build(name: string, snapshot: string): Promise<string> {
  const file = path.join(dir, name);
  await createFixtureDatabase(file);
  const db = new SQLite(file);
  db.prepare("update meta set value = ? where key = 'snapshot'").run(snapshot);
  db.close();
  return file;
}

const snapshotOf = (asker: Asker) => {
  const r = asker.ask('2024 top10');
  if (isParseError(r)) throw new Error(r.message);
  return r.meta.snapshot;
};

describe('LiveDatabase', () => {
  it('drains the old Asker before closing it', async () => {
    const live = path.join(dir, 'airank.sqlite');
    renameSync(await build('a.sqlite', 'old'), live);
    const closed: string[] = [];
    const db = new LiveDatabase(live, {
      open: (file) => {
        const asker = openAsker(file);
        const snapshot = snapshotOf(asker);
        return { ask: asker.ask.bind(asker), close: () => (closed.push(snapshot), asker.close()) };
      },
    });

    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = db.use(async (asker) => {
      await gate;
      return snapshotOf(asker); // still usable: not closed under a running request
    });

    renameSync(await build('b.sqlite', 'new'), live);
    expect(await db.use(snapshotOf)).toBe('new');
    expect(closed).toEqual([]);
    release();
    expect(await slow).toBe('old');
    expect(closed).toEqual(['old']);
    db.close();
    expect(closed).toEqual(['old', 'new']);
  });
});
