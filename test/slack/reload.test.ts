// A rebuilt database is picked up with no restart: answers are computed in the worker
// pool (each worker its own read-only connection), which notices a replaced file or a new
// snapshot id between requests. Stale buttons get the "data were updated" notice; a
// missing file is logged loudly and answered with a clear message.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AirankApp } from '../../src/slack/app.ts';
import type { DatabaseEvent } from '../../src/slack/answers/liveDatabase.ts';
import { ACTION_POST } from '../../src/slack/render/buttons.ts';
import { workerPool } from '../../src/slack/workers/workerPool.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { FakeSlack, type Recorded } from './helpers/fakeSlack.ts';
import { recordingLogger } from './helpers/slackBot.ts';
import { buttonClick, post, SECRET, slashCommand } from './helpers/signed.ts';
import { limitViolations, visibleText } from './helpers/slackLimits.ts';

const logger = recordingLogger();
const events: DatabaseEvent[] = [];
let dir: string;
let dbFile: string;
let slack: FakeSlack;
let bot: AirankApp;
let pool: ReturnType<typeof workerPool>;
let port: number;
let seq = 0;

/** A fixture database carrying `snapshot`, written beside the live one. */
async function fixtureWithSnapshot(snapshot: string): Promise<string> {
  const file = path.join(dir, `build-${snapshot}.sqlite`);
  await createFixtureDatabase(file);
  setSnapshot(file, snapshot);
  return file;
}

function setSnapshot(file: string, snapshot: string): void {
  const db = new SQLite(file);
  db.prepare("update meta set value = ? where key = 'snapshot'").run(snapshot);
  db.close();
}

beforeAll(async () => {
  dir = tempDir('airank-reload-');
  dbFile = path.join(dir, 'airank.sqlite');
  renameSync(await fixtureWithSnapshot('snap-one'), dbFile);
  slack = new FakeSlack();
  await slack.start();
  pool = workerPool({ dbPath: dbFile, size: 1, snapshotCheckMs: 0, onEvent: (e) => void events.push(e) });
  bot = createApp({ answers: pool, botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: slack.apiUrl, logger });
  port = await bot.start(0);
}, 60_000);

afterAll(async () => {
  await bot.stop();
  await pool.close();
  await slack.stop();
});

async function command(text: string): Promise<Recorded> {
  const url = slack.responseUrl(`reload${++seq}`);
  expect((await post(port, slashCommand(text, url))).status).toBe(200);
  return (await slack.waitFor(new URL(url).pathname, 1, 30_000))[0];
}

describe('fresh data without a restart', () => {
  let first: Recorded;

  it('answers from the database in a worker thread', async () => {
    first = await command('2024 top10');
    expect(limitViolations(first.body as any)).toEqual([]);
    expect(visibleText(first.body as any)).toContain('snap-one');
    expect(events).toContainEqual(expect.objectContaining({ kind: 'opened', reload: false, snapshot: 'snap-one' }));
  }, 30_000);

  it('picks up a database replaced by a rebuild (new file renamed over the old one)', async () => {
    renameSync(await fixtureWithSnapshot('snap-two'), dbFile);
    const answer = await command('2024 top10');
    expect(visibleText(answer.body as any)).toContain('snap-two');
    expect(visibleText(answer.body as any)).not.toContain('snap-one');
    expect(events).toContainEqual(expect.objectContaining({ kind: 'opened', reload: true, snapshot: 'snap-two' }));
  }, 30_000);

  it('gives a stale "Post to channel" button the data-updated notice instead of posting old figures', async () => {
    const value = (first.body.blocks as any[]).find((b) => b.type === 'actions').elements.find((e: any) => e.action_id === ACTION_POST).value;
    const url = slack.responseUrl(`reload-click${++seq}`);
    await post(port, buttonClick(ACTION_POST, value, url));
    const [reply] = await slack.waitFor(new URL(url).pathname, 1, 30_000);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(visibleText(reply.body as any)).toContain('data were updated');
    expect(visibleText(reply.body as any)).toContain('snap-two');
  }, 30_000);

  it('notices a new snapshot id written into the same file', async () => {
    setSnapshot(dbFile, 'snap-three');
    expect(visibleText((await command('2024 top10')).body as any)).toContain('snap-three');
  }, 30_000);

  it('answers a deleted database with a clear message and logs it loudly, then recovers when it is rebuilt', async () => {
    const rebuilt = await fixtureWithSnapshot('snap-four');
    rmSync(dbFile);
    const answer = await command('2024 top10');
    const text = visibleText(answer.body as any);
    expect(text).toContain('npm run setup');
    const id = /`([0-9a-f]{8})`/.exec(text)?.[1];
    expect(id).toBeDefined();
    expect(logger.lines.some((l) => l.includes('DATABASE UNAVAILABLE') && l.includes(`id=${id}`))).toBe(true);
    expect(events).toContainEqual({ kind: 'missing', file: dbFile });
    renameSync(rebuilt, dbFile);
    expect(visibleText((await command('2024 top10')).body as any)).toContain('snap-four');
  }, 30_000);
});
