// The real database for tests that read it: this worktree's (AIRANK_DB or var/airank.sqlite)
// when built at the current schema; otherwise one built from the mirror, as CI has it. That
// build happens once per test run, whichever test file asks first: the others (other workers)
// wait for it, through a lock folder in the run's folder (test/setup/runFolder.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { databasePath, mirrorDir } from '../../src/config.ts';
import { SCHEMA_VERSION } from '../../src/db/createSchema.ts';
import { databaseSchemaVersion } from '../../src/query/openAsker.ts';

/** A build from the mirror (whole, under CI load) may take minutes: a hook waiting for one needs this long. */
export const BUILD_TIMEOUT = 900_000;

const mirror = mirrorDir();
export const HAS_MIRROR = existsSync(path.join(mirror, 'SOURCES.json'));

/** This worktree's database, when it is at the current schema. */
export function currentDatabase(): string | null {
  const file = databasePath();
  return existsSync(file) && databaseSchemaVersion(file) === SCHEMA_VERSION ? file : null;
}

/** A current database, or the mirror to build one from: the real-data tests run, else they are skipped. */
export const HAS_REAL_DATA = currentDatabase() !== null || HAS_MIRROR;

/** The run's database built from the mirror (built by the first caller of the run; the others wait for it). */
export async function builtFromMirror(): Promise<string> {
  const dir = path.join(inject('runFolder'), 'real-database');
  const file = path.join(dir, 'airank.sqlite');
  const failed = path.join(dir, 'failed');
  const lock = path.join(dir, 'lock');
  mkdirSync(dir, { recursive: true });
  let owner = false;
  try {
    mkdirSync(lock);
    owner = true;
  } catch {
    // another worker builds it
  }
  if (owner) {
    try {
      const { build } = await import('../../src/pipeline/build.ts');
      await build({ dbPath: file, sourcesDir: path.join(dir, 'sources'), mirror });
      writeFileSync(path.join(dir, 'done'), '');
    } catch (err) {
      writeFileSync(failed, String((err as Error).stack ?? err));
      throw err;
    }
    return file;
  }
  for (;;) {
    if (existsSync(path.join(dir, 'done'))) return file;
    if (existsSync(failed)) throw new Error(`the run's database build failed in another test file:\n${readFileSync(failed, 'utf8')}`);
    await sleep(500);
  }
}

/** The database the real-data tests read: the current one, else the run's build from the mirror. */
export async function realDatabase(): Promise<string> {
  return currentDatabase() ?? builtFromMirror();
}
