// The terminal front end through a real pipe: a large answer arrives whole even when the
// reader is slow, the reader leaving early (`| head`) is a quiet exit 0, and any other
// write error exits non-zero with a message.
import { spawn } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourcePaper } from '../../src/ingest/records/types.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/airank.js');
const PAPERS = 1500;

/** Papers enough that `papers Google 2024 --json` is several times a pipe's 64 KiB. */
const manyGooglePapers: SourcePaper[] = Array.from({ length: PAPERS }, (_, i) => ({
  conference: 'icml',
  year: 2024,
  sourceId: `G${i}`,
  title: `A long enough title for paper number ${i} about learning`,
  status: 'poster',
  track: 'main',
  files: ['fixture'],
  authors: [{ name: `Author ${i}`, affiliation: 'Google Research', evidence: 'profile', alignment: 'id' }],
}));

let db = '';
beforeAll(async () => {
  db = path.join(tempDir(), 'pipe.sqlite');
  await createFixtureDatabase(db, { extraPapers: manyGooglePapers });
}, 60_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs airank with stdout on a pipe read `readDelayMs` late (or handed to `stdout`). */
function run(args: string[], opts: { readDelayMs?: number; closeAfterFirstChunk?: boolean; stdout?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--db', db, ...args], { cwd: ROOT, stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    if (child.stdout) {
      child.stdout.pause(); // the pipe fills while the reader waits, as with a slow `| cat`
      child.stdout.on('data', (c: Buffer) => {
        out.push(c);
        if (opts.closeAfterFirstChunk) child.stdout!.destroy();
      });
      setTimeout(() => child.stdout!.resume(), opts.readDelayMs ?? 0);
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('output through a pipe', () => {
  it('a large JSON answer arrives whole to a slow reader, exit 0', async () => {
    const r = await run(['papers', 'Google', '2024', '--json'], { readDelayMs: 1500 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(4 * 65_536);
    const answer = JSON.parse(r.stdout) as { rows: unknown[]; totalRows: number };
    expect(answer.rows).toHaveLength(answer.totalRows);
    expect(answer.totalRows).toBeGreaterThanOrEqual(PAPERS);
  }, 60_000);

  it('the reader leaving early (| head) is a quiet exit 0', async () => {
    const r = await run(['papers', 'Google', '2024', '--json'], { closeAfterFirstChunk: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  }, 60_000);

  it.skipIf(!existsSync('/dev/full'))(
    'another write error exits non-zero and says why',
    async () => {
      const r = await run(['papers', 'Google', '2024', '--json'], { stdout: openSync('/dev/full', 'w') });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/could not write the answer to standard output/);
    },
    60_000,
  );
});
