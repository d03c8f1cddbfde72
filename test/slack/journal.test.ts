// The journal of acked requests (src/slack/delivery/journal.ts) and the keys it is indexed by
// (src/slack/intake.ts): what counts as the same request, who takes over the requests of
// a process that died, and what is never sent twice or answered after Slack's window.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { journalEntry } from '../../src/slack/intake.ts';
import { intakeDir, intakeLine, Journal, RESPONSE_WINDOW_MS, SendsHeldError, type JournalEntry } from '../../src/slack/delivery/journal.ts';
import { ACTION_NEXT, ACTION_POST } from '../../src/slack/render/buttons.ts';
import { openState, type StateDb } from '../../src/state/open.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { recordingLogger } from './helpers/slackBot.ts';

const command = (trigger: string) => ({
  command: '/airank',
  text: '2024 top10',
  trigger_id: trigger,
  response_url: 'https://hooks/x',
  channel_id: 'C1',
  user_id: 'U1',
});
const click = (actionId: string, actionTs: string, value = 'v1') => ({
  type: 'block_actions',
  user: { id: 'U1' },
  channel: { id: 'C1' },
  container: { message_ts: '1.1' },
  actions: [{ action_id: actionId, action_ts: actionTs, value, block_id: 'b' }],
});

describe('idempotency keys', () => {
  it('journals nothing for bodies that are not objects, nor for modal submissions', () => {
    for (const body of [null, 'null', 1, true, [], {}, { type: 'view_submission', view: {} }]) expect(journalEntry(body)).toBeNull();
  });

  it('a slash command is the same request when its signed timestamp and trigger_id are', () => {
    const key = (trigger: string, ts: string) => journalEntry(command(trigger), { requestTimestamp: ts })!.key;
    expect(key('t1', '100')).toBe(key('t1', '100'));
    expect(key('t1', '100')).not.toBe(key('t2', '100'));
    expect(key('t1', '100')).not.toBe(key('t1', '101'));
    expect(journalEntry(command('t1'))).toMatchObject({
      kind: 'command',
      response_url: 'https://hooks/x',
      channel: 'C1',
      user_id: 'U1',
      question: '2024 top10',
    });
  });

  it('"Post to channel" is keyed by the message and answer (a double click is one), other buttons by action_ts', () => {
    expect(journalEntry(click(ACTION_POST, '1.5'))!.key).toBe(journalEntry(click(ACTION_POST, '1.6'))!.key);
    expect(journalEntry(click(ACTION_POST, '1.5'))!.key).not.toBe(journalEntry(click(ACTION_POST, '1.5', 'v2'))!.key);
    expect(journalEntry(click(ACTION_NEXT, '1.5'))!.key).not.toBe(journalEntry(click(ACTION_NEXT, '1.6'))!.key);
    expect(journalEntry(click(ACTION_NEXT, '1.5'))!.key).toBe(journalEntry(click(ACTION_NEXT, '1.5'))!.key);
  });

  it('a mention is keyed by event_id and keeps its thread', () => {
    const body = { type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention', text: '<@UBOT> help', channel: 'C1', user: 'U1', ts: '5.5' } };
    expect(journalEntry(body)).toMatchObject({ key: 'event:Ev1', kind: 'mention', channel: 'C1', thread_ts: '5.5', question: '<@UBOT> help' });
  });
});

describe('journal', () => {
  const dir = tempDir('airank-journal-');
  let state: StateDb;
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date(clock);
  const logger = recordingLogger();
  const timing = { heartbeatMs: 1000, staleMs: 5000 };
  const entry = (key: string): JournalEntry => ({ key, kind: 'command', response_url: 'u', channel: 'C1', thread_ts: null, user_id: 'U1', question: 'help' });

  beforeAll(async () => {
    state = await openState(path.join(dir, 'state.sqlite'), { durability: 'process' });
  });
  afterAll(async () => {
    await state.close();
  });

  it('records a key once, across processes', async () => {
    const a = new Journal(state, logger, timing, now);
    const b = new Journal(state, logger, timing, now);
    expect(await Promise.all([a.record(entry('k1')), b.record(entry('k1')), a.record(entry('k1'))])).toEqual([true, false, false]);
  });

  it('once started, commits through its writer thread; if that thread dies, the next writes are committed on this one', async () => {
    const journal = new Journal(state, logger, timing, now);
    await journal.start();
    const writer = (journal as unknown as { writer: Worker | null }).writer;
    expect(writer).not.toBeNull();
    expect(await Promise.all([journal.record(entry('w1')), journal.record(entry('w1'))])).toEqual([true, false]);
    await journal.sending('w1');
    await writer!.terminate();
    await vi.waitFor(() => expect(logger.lines.some((l) => l.includes("the journal's writer thread stopped"))).toBe(true));
    expect(await journal.record(entry('w2'))).toBe(true);
    expect(await journal.record(entry('w1'))).toBe(false);
    await journal.answered('w1');
    const states = Object.fromEntries((await state.db.selectFrom('journal').select(['key', 'state']).execute()).map((r) => [r.key, r.state]));
    expect(states).toMatchObject({ w1: 'answered', w2: 'pending' });
    await journal.answered('w2'); // not an orphan for the tests below
    await journal.leave();
  });

  it('takes over a silent process once: one claimer wins, what was being sent keeps its state (recover.ts words it), what is past the window is not taken', async () => {
    const dead = new Journal(state, logger, timing, now);
    await dead.start();
    await dead.leave(); // stops beating; its row is gone, as after a drain
    const live1 = new Journal(state, logger, timing, now);
    const live2 = new Journal(state, logger, timing, now);
    await live1.start();
    await live2.start();
    await dead.record(entry('orphan'));
    await dead.record(entry('sent'));
    await dead.sending('sent');
    clock -= RESPONSE_WINDOW_MS + 1000;
    await dead.record(entry('old'));
    clock += RESPONSE_WINDOW_MS + 1000;
    expect(await live1.pending()).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'orphan' })]));
    const [one, two] = await Promise.all([live1.claimOrphans(), live2.claimOrphans()]);
    const claimed = [...one, ...two].filter((e) => e.key !== 'k1');
    expect(claimed.map((e) => [e.key, e.state]).sort()).toEqual([
      ['orphan', 'pending'],
      ['sent', 'sending'],
    ]);
    const states = Object.fromEntries((await state.db.selectFrom('journal').select(['key', 'state']).execute()).map((r) => [r.key, r.state]));
    expect(states).toMatchObject({ orphan: 'pending', sent: 'sending', old: 'expired' });
    await live1.leave();
    await live2.leave();
  });

  it('SIGTERM: once sends are held, no answer starts going out (it stays pending); one already going out is waited for', async () => {
    const stopping = new Journal(state, logger, timing, now);
    await stopping.record(entry('going'));
    await stopping.record(entry('computing'));
    await stopping.sending('going');
    stopping.holdSends();
    await expect(stopping.sending('computing')).rejects.toThrow(SendsHeldError);
    expect(await stopping.sendsSettled(50)).toBe(false); // 'going' has not been marked answered
    const settled = stopping.sendsSettled(5_000);
    await stopping.answered('going');
    expect(await settled).toBe(true);
    const states = Object.fromEntries((await state.db.selectFrom('journal').select(['key', 'state']).execute()).map((r) => [r.key, r.state]));
    expect(states).toMatchObject({ going: 'answered', computing: 'pending' });
  });

  it('a store that fails when an answer is marked sending does not stop the answer (logged, not durable)', async () => {
    const broken = await openState(path.join(dir, 'broken.sqlite'), { durability: 'process' });
    const journal = new Journal(broken, logger, timing, now);
    await journal.record(entry('lost?'));
    await broken.close();
    await expect(journal.sending('lost?')).resolves.toBeUndefined();
    expect(logger.lines.some((l) => l.includes('could not mark lost? as sending'))).toBe(true);
  });

  it('a process whose heartbeat stopped (kill -9) counts as dead only after staleMs', async () => {
    const killed = new Journal(state, logger, { ...timing, heartbeatMs: 3_600_000 }, now); // beats once, at start
    await killed.start();
    await killed.record(entry('inflight'));
    const peer = new Journal(state, logger, timing, now);
    expect((await peer.claimOrphans()).map((e) => e.key)).not.toContain('inflight');
    clock += timing.staleMs + 1;
    expect((await peer.claimOrphans()).map((e) => e.key)).toContain('inflight');
    await killed.leave();
  });

  describe('intake logs (a request acknowledged before its commit)', () => {
    const logs = () => intakeDir(state.where);
    /** The log a process killed after acking `keys`, before committing them, would have left. */
    const deadLog = (keys: string[], torn = '') => {
      const owner = randomUUID();
      const at = now().toISOString();
      const lines = keys.map((k) => intakeLine({ ...entry(k), state: 'pending', owner, received_at: at, answered_at: null }));
      const file = path.join(logs(), `${owner}.log`);
      mkdirSync(logs(), { recursive: true });
      writeFileSync(file, lines.join('') + torn);
      return { owner, file, text: lines.join('') + torn };
    };
    const stored = async (prefix: string) =>
      (await state.db.selectFrom('journal').select(['key', 'owner', 'state']).where('key', 'like', `${prefix}%`).orderBy('key').execute()).map((r) => [
        r.key,
        r.owner,
        r.state,
      ]);

    it('a started process logs each record before it is committed (it may be acked then), and empties its log once all are committed', async () => {
      const journal = new Journal(state, logger, timing, now);
      await journal.start();
      const file = path.join(logs(), `${journal.instance}.log`);
      const a = journal.receive(entry('log-a'));
      const b = journal.receive(entry('log-a'));
      expect([a.logged, b.logged]).toEqual([true, true]);
      expect(
        readFileSync(file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => (JSON.parse(l) as { key: string }).key),
      ).toEqual(['log-a', 'log-a']);
      expect([await a.first, await b.first]).toEqual([true, false]);
      await vi.waitFor(() => expect(readFileSync(file, 'utf8')).toBe(''));
      await journal.answered('log-a');
      await journal.leave();
      expect(existsSync(file)).toBe(false);
    });

    it("replays a gone process's log under its owner (so it is claimed), skips a torn last line, removes the log; twice or at once, each record once", async () => {
      const { owner, file, text } = deadLog(['replay-1', 'replay-2'], '{"key":"replay-3","kind":"comm');
      const peer = new Journal(state, logger, timing, now);
      const other = new Journal(state, logger, timing, now);
      await Promise.all([peer.replayLogs(), other.replayLogs()]);
      expect(await stored('replay-')).toEqual([
        ['replay-1', owner, 'pending'],
        ['replay-2', owner, 'pending'],
      ]);
      expect(logger.lines.some((l) => l.startsWith('WARN') && l.includes(`torn line in the intake log ${file}`))).toBe(true);
      expect(existsSync(file)).toBe(false);
      // The same log again (a replayer that read it before the other removed it): nothing new.
      writeFileSync(file, text);
      await peer.replayLogs();
      expect((await stored('replay-')).length).toBe(2);
      const claimed = (await peer.claimOrphans()).filter((e) => e.key.startsWith('replay-'));
      expect(claimed.map((e) => e.key).sort()).toEqual(['replay-1', 'replay-2']);
      for (const k of ['replay-1', 'replay-2']) await peer.answered(k);
    });

    it('never replays the log of a process that is alive', async () => {
      const live = new Journal(state, logger, timing, now);
      await live.start();
      const file = path.join(logs(), `${live.instance}.log`);
      // A record it has logged and acked and is committing now.
      appendFileSync(file, intakeLine({ ...entry('live-1'), state: 'pending', owner: live.instance, received_at: now().toISOString(), answered_at: null }));
      const peer = new Journal(state, logger, timing, now);
      await peer.replayLogs();
      await peer.claimOrphans();
      expect(await stored('live-')).toEqual([]);
      expect(existsSync(file)).toBe(true);
      await live.leave();
    });
  });
});
