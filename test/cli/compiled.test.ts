// The compiled program (bin/airank.js running dist/, see scripts/compile.js) prints what the
// sources print: same answers on the fixture database, same exit status for a bad question.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAsker } from '../../src/query/openAsker.ts';
import { isParseError } from '../../src/query/model/types.ts';
import { renderText } from '../../src/render/text.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';

const run = promisify(execFile);
const db = path.join(tempDir(), 'fixture.sqlite');

beforeAll(async () => {
  await createFixtureDatabase(db);
});

async function bin(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['bin/airank.js', ...args, '--db', db], { cwd: process.cwd() });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

describe('bin/airank.js (compiled)', () => {
  it('prints the same answers as the sources', async () => {
    const asker = openAsker(db);
    try {
      for (const question of ['2024 top10', 'compare US CN 2020-2024', 'countries 2024 people', 'papers Tsinghua 2024']) {
        const answer = asker.ask(question);
        if (isParseError(answer)) throw new Error(`fixture question did not parse: ${question}`);
        const r = await bin(question.split(' '));
        expect(r.code).toBe(0);
        expect(r.stdout.trimEnd()).toBe(renderText(answer).trimEnd());
      }
    } finally {
      asker.close();
    }
  });

  it('exits with status 2 on a question it cannot read', async () => {
    expect((await bin(['2019', 'top10'])).code).toBe(2);
  });
});
