// A real bot process (src/slack/main.ts through tsx) on a loopback port, for the fault
// tests that kill or stop it: it reads its configuration from the environment like
// `npm run bot`, answers from a database file, and keeps its state where stateUrl says.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createFixtureDatabase } from '../../helpers/fixtureDb.ts';
import { tempDir } from '../../helpers/tempDir.ts';
import { t } from '../../../src/i18n/t.ts';
import { FakeSlack } from './fakeSlack.ts';
import { mentionPayload, post, SECRET, slashCommand } from './signed.ts';

const MAIN = fileURLToPath(new URL('../../../src/slack/main.ts', import.meta.url));

export interface BotProcess {
  proc: ChildProcess;
  port: number;
  /** Everything it logged, stdout and stderr. */
  log: string[];
  /** Resolves with the exit code (or signal) once it has exited. */
  exited: Promise<number | string>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface BotOptions {
  slackApiUrl: string;
  dbPath: string;
  stateUrl: string;
  env?: Record<string, string>;
  /** A hang guard for start-up on a loaded machine, not a timing check. */
  startMs?: number;
}

export async function startBot(options: BotOptions): Promise<BotProcess> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: options.slackApiUrl,
      PORT: String(port),
      AIRANK_DB: options.dbPath,
      AIRANK_STATE_URL: options.stateUrl,
      AIRANK_SLACK_WORKERS: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const exited = new Promise<number | string>((resolve) => proc.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.push(...chunk.toString().split('\n').filter(Boolean));
      if (log.some((l) => l.includes('listening on :'))) resolve();
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`bot exited (${code}) before listening:\n${log.join('\n')}`)));
    setTimeout(() => reject(new Error(`bot not listening after ${options.startMs ?? 60_000} ms:\n${log.join('\n')}`)), options.startMs ?? 60_000).unref();
  });
  await ready;
  return { proc, port, log, exited };
}

/** Kills the process if it is still running (test clean-up). */
export async function stopBot(bot: BotProcess | undefined): Promise<void> {
  if (!bot || bot.proc.exitCode !== null || bot.proc.signalCode !== null) return;
  bot.proc.kill('SIGKILL');
  await bot.exited;
}

/** A journal row, as the fault tests read it back. */
export interface JournalRow {
  key: string;
  response_url: string | null;
  thread_ts: string | null;
}

/** Which command or mention of burst `tag` a journal row is (BurstRig.burst numbers them), or undefined. */
export function burstIndex(tag: string, row: JournalRow): number | undefined {
  const command = row.response_url?.match(new RegExp(`/response/${tag}\\.(\\d+)\\.`))?.[1];
  if (command !== undefined) return Number(command);
  return row.key.startsWith(`event:Ev${tag}`) && row.thread_ts ? Number(row.thread_ts.split('.')[0]) - 1_700_000_000 : undefined;
}

const QUESTIONS = ['2024 top10', 'countries 2020-2024', 'compare US CN JP 2024', 'papers Tsinghua 2024', 'help'];

export interface BurstRig {
  slack: FakeSlack;
  /** Starts a bot process on the fixture database (stopped after each test). */
  bot(stateUrl: string, env?: Record<string, string>): Promise<BotProcess>;
  /** `n` signed commands (or mentions, each in its own thread) at once, spread over `ports`; resolves with the numbers of those acked (HTTP 200). */
  burst(ports: number[], tag: string, n: number, kind?: 'command' | 'mention'): Promise<number[]>;
  /** Answers to command (or mention) `i` of burst `tag`: posts to its response_url, or in its thread. */
  answersTo(tag: string, i: number): number;
  /** Notices to command `i` of burst `tag` that its answer may not have arrived (recover.ts). */
  noticesTo(tag: string, i: number): number;
  /**
   * Waits until every acked command has an answer, or a notice if it is in `onTheWire` (its
   * answer was being sent when its process died), then checks that none of the `n` has two
   * answers or two notices, and that only those on the wire got a notice.
   */
  expectExactlyOnce(tag: string, acked: number[], n: number, onTheWire?: Set<number>): Promise<void>;
}

/** A fixture database, a fake Slack and clean-up hooks, for the tests that stop bots in a burst. */
export function useBurstRig(prefix: string): BurstRig {
  const dir = tempDir(prefix);
  const dbPath = path.join(dir, 'airank.sqlite');
  const bots: BotProcess[] = [];
  const rig = { slack: new FakeSlack() } as BurstRig;
  const url = (tag: string, i: number) => `/response/${tag}.${i}.`;
  beforeAll(async () => {
    await createFixtureDatabase(dbPath);
    await rig.slack.start();
  }, 60_000);
  afterEach(async () => {
    for (const bot of bots.splice(0)) await stopBot(bot);
  });
  afterAll(() => rig.slack.stop());
  rig.bot = async (stateUrl, env = {}) => {
    const b = await startBot({ slackApiUrl: rig.slack.apiUrl, dbPath, stateUrl, env });
    bots.push(b);
    return b;
  };
  const mentionTags = new Set<string>();
  const channel = (tag: string) => `C${tag}`;
  const threadTs = (i: number) => `${1_700_000_000 + i}.000100`; // burstIndex() reads i back
  const notice = (tag: string, i: number) => t('en', 'slack.maybeSent', { command: `/airank ${question(tag, i)}` });
  const isNotice = (tag: string, i: number) => (m: { body: Record<string, unknown> }) => m.body.text === notice(tag, i);
  rig.noticesTo = (tag, i) => (mentionTags.has(tag) ? 0 : rig.slack.to(url(tag, i)).filter(isNotice(tag, i)).length);
  rig.answersTo = (tag, i) =>
    mentionTags.has(tag)
      ? rig.slack.posted.filter((m) => m.channel === channel(tag) && m.thread_ts === threadTs(i)).length
      : rig.slack.to(url(tag, i)).filter((m) => !isNotice(tag, i)(m)).length;
  const question = (_tag: string, i: number) => QUESTIONS[i % QUESTIONS.length];
  const request = (tag: string, i: number, kind: 'command' | 'mention') => {
    const q = question(tag, i);
    if (kind === 'command') return { body: slashCommand(q, `${rig.slack.base}${url(tag, i)}`, `U${i}`), json: false };
    const body = mentionPayload(`<@UBOT> ${q}`, undefined, `Ev${tag}${i}`);
    return {
      body: JSON.stringify({ ...body, event: { ...body.event, user: `U${i}`, channel: channel(tag), ts: threadTs(i), event_ts: threadTs(i) } }),
      json: true,
    };
  };
  rig.burst = async (ports, tag, n, kind = 'command') => {
    if (kind === 'mention') mentionTags.add(tag);
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => request(tag, i, kind)).map(({ body, json }, i) =>
        post(ports[i % ports.length], body, { json }).then(
          (r) => r.status === 200,
          () => false, // refused or reset: never acked, so Slack would have told the user
        ),
      ),
    );
    return results.flatMap((ok, i) => (ok ? [i] : []));
  };
  rig.expectExactlyOnce = async (tag, acked, n, onTheWire = new Set()) => {
    const missing = () => acked.filter((i) => (onTheWire.has(i) ? rig.noticesTo(tag, i) : rig.answersTo(tag, i)) === 0);
    await rig.slack.until(
      () => missing().length === 0,
      60_000,
      () => `answers or notices to ${missing().length} of ${acked.length} acked commands`,
    );
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate would follow soon after
    const all = Array.from({ length: n }, (_, i) => i);
    expect(all.filter((i) => rig.answersTo(tag, i) > 1)).toEqual([]);
    expect(all.filter((i) => rig.noticesTo(tag, i) > (onTheWire.has(i) ? 1 : 0))).toEqual([]);
    if (!mentionTags.has(tag)) for (const i of acked) expect(String(rig.slack.to(url(tag, i))[0].body.text ?? '')).not.toBe('');
  };
  return rig;
}
