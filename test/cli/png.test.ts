// `airank <question> --png FILE` on the fixture database: the table is still printed,
// the chart is written for chartable answers, and other answers get a clear refusal.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';

const run = promisify(execFile);
const dir = tempDir();
const db = path.join(dir, 'fixture.sqlite');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

beforeAll(async () => {
  await createFixtureDatabase(db);
});

async function airank(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/main.ts', ...args, '--db', db], { cwd: process.cwd(), env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('--png', () => {
  it('writes the chart of a trend and still prints the table', async () => {
    const file = path.join(dir, 'trend.png');
    const r = await airank(['trend', 'US', 'CN', '--png', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('United States and China, 2020–2024');
    expect(readFileSync(file).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('refuses answers that have no chart, with a non-zero exit', async () => {
    const file = path.join(dir, 'coverage.png');
    const r = await airank(['coverage', '--png', file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('Data coverage'); // the table itself is still shown
    expect(r.stderr).toMatch(/'coverage' answer has no chart/);
    expect(existsSync(file)).toBe(false);
  });

  it('to a folder that does not exist: one clear line, no stack trace', async () => {
    const file = path.join(dir, 'no-such-folder', 'chart.png');
    const r = await airank(['trend', 'US', 'CN', '--png', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`airank: could not write the chart to ${file}: no such folder.`]);
  });

  it('offline with no fonts fetched: one clear line naming the package, the table still printed, no file', async () => {
    const file = path.join(dir, 'offline.png');
    const r = await airank(['trend', 'US', 'CN', '--png', file], { AIRANK_FONTS: path.join(dir, 'no-fonts'), npm_config_registry: 'http://registry.invalid/' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('United States and China, 2020–2024');
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^airank: charts need the fonts of @expo-google-fonts\/noto-sans-\w\w@[\d.]+, which are not in the font folder and could not be downloaded from http:\/\/registry\.invalid\/\S+ \((?:ENOTFOUND|EAI_AGAIN)\)\. Run `npm run fonts`/,
      ),
    ]);
    expect(existsSync(file)).toBe(false);
  });

  it('--print writes twice the web size', async () => {
    const file = path.join(dir, 'print.png');
    expect((await airank(['trend', 'US', 'CN', '--png', file, '--print'])).code).toBe(0);
    const png = readFileSync(file);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 1350]);
  });
});

describe('check exit status', () => {
  it('a claim it cannot read exits with status 2', async () => {
    const r = await airank(['check', 'the number is huge']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('I could not check');
  });
});
