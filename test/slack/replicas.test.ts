// Two replicas, one state (issue 22): two real bot processes share one Postgres
// (scripts/test-deps/postgres.sh starts it; AIRANK_TEST_PG_URL says where). A command
// replayed to the other process is answered once; when one process is killed (kill -9)
// in a burst of 100 commands (or mentions) spread over both, the other answers everything
// the dead one acked but never answered, each exactly once; a mention it was sending is
// looked up in its thread first; the asker of a command it was sending to its response_url
// is told once that the answer may not have arrived, never sent it twice (Slack offers no
// way to tell whether it was posted: README, Delivery).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { burstIndex, useBurstRig, type BotProcess, type JournalRow } from './helpers/botProcess.ts';
import { post, slashCommand } from './helpers/signed.ts';

const SERVER = process.env.AIRANK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres';
const DATABASE = `airank_replicas_${process.pid}_${Date.now()}`;
const stateUrl = SERVER.replace(/\/[^/]*$/, `/${DATABASE}`);
const rig = useBurstRig('airank-replicas-');
const N = 100;

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
});

/** Indices of burst `tag` the journal holds as mid-send: on their way when a process died. */
async function midSend(tag: string): Promise<Set<number>> {
  const client = new pg.Client({ connectionString: stateUrl });
  await client.connect();
  try {
    const { rows } = await client.query<JournalRow>(`SELECT key, response_url, thread_ts FROM journal WHERE state = 'sending'`);
    return new Set(rows.flatMap((r) => burstIndex(tag, r) ?? []));
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`));
});

async function replicas(): Promise<[BotProcess, BotProcess]> {
  // One after the other: both would wait on the schema lock otherwise (safe, but slower to start on two cores).
  const a = await rig.bot(stateUrl);
  const b = await rig.bot(stateUrl);
  return [a, b];
}

describe('two bot processes sharing one Postgres', () => {
  it('a command replayed to the other process is acked by both and answered once', async () => {
    const [a, b] = await replicas();
    const body = slashCommand('2024 top10', rig.slack.responseUrl('replay.0.'));
    const timestamp = Math.floor(Date.now() / 1000);
    const acks = await Promise.all([post(a.port, body, { timestamp }), post(b.port, body, { timestamp })]);
    expect(acks.map((r) => r.status)).toEqual([200, 200]);
    await rig.slack.waitFor('/response/replay.0.', 1, 30_000);
    expect((await post(b.port, body, { timestamp })).status).toBe(200);
    // A later command to each process, answered: each has had time to answer the replay if it were going to.
    await post(a.port, slashCommand('help', rig.slack.responseUrl('control.1.')));
    await post(b.port, slashCommand('help', rig.slack.responseUrl('control.2.')));
    await rig.slack.waitFor('/response/control.1.', 1, 30_000);
    await rig.slack.waitFor('/response/control.2.', 1, 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(rig.answersTo('replay', 0)).toBe(1);
  }, 120_000);

  /** Kills one of two replicas in a burst of 100 over both; returns the acked and those the journal shows on the wire. */
  async function killOneMidBurst(tag: string, kind: 'command' | 'mention'): Promise<{ acked: number[]; onTheWire: Set<number>; survivor: BotProcess }> {
    const [a, b] = await replicas();
    const sending = rig.burst([a.port, b.port], tag, N, kind);
    await rig.slack.until(() => Array.from({ length: N }, (_, i) => rig.answersTo(tag, i)).filter((n) => n > 0).length >= 6, 30_000);
    a.proc.kill('SIGKILL');
    await a.exited;
    const acked = await sending;
    expect(acked.filter((i) => i % 2 === 0 && rig.answersTo(tag, i) === 0).length).toBeGreaterThan(0); // the kill landed mid-burst
    // The survivor takes over once the dead one's heartbeat is stale; until then its entries stay as they were.
    const onTheWire = await midSend(tag);
    return { acked, onTheWire, survivor: b };
  }

  it('one killed (kill -9) mid-burst of commands: the other answers every acked command exactly once, or tells its asker once that an answer on the wire may not have arrived', async () => {
    const { acked, onTheWire, survivor } = await killOneMidBurst('burst', 'command');
    // A response_url post cannot be looked up or replaced (README, Delivery): one on its way when the process died is not sent again.
    await rig.expectExactlyOnce('burst', acked, N, onTheWire);
    expect(survivor.log.some((l) => l.includes('acknowledged by a bot process that stopped before answering'))).toBe(true);
    console.log(
      `replicas, kill -9 (commands): ${acked.length} acked; on the wire: ${[...onTheWire].map((i) => `#${i} answered ${rig.answersTo('burst', i)}x, noticed ${rig.noticesTo('burst', i)}x`).join(', ') || 'none'}`,
    );
  }, 150_000);

  it('one killed (kill -9) mid-burst of mentions: the other gives every acked mention exactly one answer in its thread', async () => {
    const { acked, onTheWire, survivor } = await killOneMidBurst('mburst', 'mention');
    await rig.expectExactlyOnce('mburst', acked, N);
    expect(survivor.log.some((l) => l.includes('acknowledged by a bot process that stopped before answering'))).toBe(true);
    console.log(`replicas, kill -9 (mentions): ${acked.length} acked, ${onTheWire.size} on the wire, each answered once`);
  }, 150_000);
});
