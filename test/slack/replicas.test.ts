// Two replicas, one state (issue 22): two real bot processes share one Postgres
// (scripts/test-deps/postgres.sh starts it; AIRANK_TEST_PG_URL says where). A command
// replayed to the other process is answered once; when one process is killed (kill -9)
// in a burst of 100 commands spread over both, the other answers everything the dead one
// acked but never answered, each exactly once.
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { startBot, stopBot, type BotProcess } from './helpers/botProcess.ts';
import { FakeSlack } from './helpers/fakeSlack.ts';
import { post, slashCommand } from './helpers/signed.ts';

const SERVER = process.env.AIRANK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres';
const DATABASE = `airank_replicas_${process.pid}_${Date.now()}`;
const stateUrl = SERVER.replace(/\/[^/]*$/, `/${DATABASE}`);
const dir = tempDir('airank-replicas-');
const dbPath = path.join(dir, 'airank.sqlite');
const QUESTIONS = ['2024 top10', 'countries 2020-2024', 'compare US CN JP 2024', 'papers Tsinghua 2024', 'help'];
const N = 100;
let slack: FakeSlack;
const bots: BotProcess[] = [];

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`no Postgres at ${SERVER} (${(error as Error).message}): run scripts/test-deps/postgres.sh (npm test does) or set AIRANK_TEST_PG_URL`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin((c) => c.query(`CREATE DATABASE ${DATABASE}`));
  await createFixtureDatabase(dbPath);
  slack = new FakeSlack();
  await slack.start();
}, 60_000);

afterEach(async () => {
  for (const bot of bots.splice(0)) await stopBot(bot);
});

afterAll(async () => {
  await slack?.stop();
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`));
});

async function replicas(): Promise<[BotProcess, BotProcess]> {
  // One after the other: both create the schema otherwise (safe, but slower to start on two cores).
  const a = await startBot({ slackApiUrl: slack.apiUrl, dbPath, stateUrl });
  bots.push(a);
  const b = await startBot({ slackApiUrl: slack.apiUrl, dbPath, stateUrl });
  bots.push(b);
  return [a, b];
}

const url = (tag: string, i: number) => `/response/${tag}.${i}.`;
const answersTo = (tag: string, i: number) => slack.to(url(tag, i)).length;

describe('two bot processes sharing one Postgres', () => {
  it('a command replayed to the other process is acked by both and answered once', async () => {
    const [a, b] = await replicas();
    const body = slashCommand('2024 top10', `${slack.base}${url('replay', 0)}`);
    const timestamp = Math.floor(Date.now() / 1000);
    const acks = await Promise.all([post(a.port, body, { timestamp }), post(b.port, body, { timestamp })]);
    expect(acks.map((r) => r.status)).toEqual([200, 200]);
    await slack.waitFor(url('replay', 0), 1, 30_000);
    expect((await post(b.port, body, { timestamp })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect(answersTo('replay', 0)).toBe(1);
  }, 120_000);

  it('one killed (kill -9) mid-burst: the other answers every acked command exactly once', async () => {
    const [a, b] = await replicas();
    const sending = Promise.all(
      Array.from({ length: N }, (_, i) =>
        post(i % 2 === 0 ? a.port : b.port, slashCommand(QUESTIONS[i % QUESTIONS.length], `${slack.base}${url('burst', i)}`, `U${i}`)).then(
          (r) => r.status === 200,
          () => false, // the killed process never acked it
        ),
      ),
    );
    await slack.waitFor('/response/burst.', 6, 30_000);
    a.proc.kill('SIGKILL');
    await a.exited;
    const acked = (await sending).flatMap((ok, i) => (ok ? [i] : []));
    expect(acked.filter((i) => i % 2 === 0 && answersTo('burst', i) === 0).length).toBeGreaterThan(0); // the kill landed mid-burst
    await slack.until(() => acked.every((i) => answersTo('burst', i) >= 1), 60_000, () => `answers to ${acked.filter((i) => answersTo('burst', i) === 0).length} of ${acked.length} acked`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(Array.from({ length: N }, (_, i) => i).filter((i) => answersTo('burst', i) > 1)).toEqual([]);
    expect(b.log.some((l) => l.includes('acknowledged by a bot process that stopped before answering'))).toBe(true);
  }, 150_000);
});
