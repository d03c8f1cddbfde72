// Nothing acked is lost across a restart (issue 22): a real bot process (src/slack/main.ts)
// gets a burst of 100 signed slash commands on loopback and is killed (kill -9) or stopped
// (SIGTERM, with a short drain) in the middle of it. After a restart on the same state,
// every command that was acknowledged is answered (or apologised for) exactly once.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { startBot, stopBot, type BotProcess } from './helpers/botProcess.ts';
import { FakeSlack } from './helpers/fakeSlack.ts';
import { post, slashCommand } from './helpers/signed.ts';

const dir = tempDir('airank-restart-');
const dbPath = path.join(dir, 'airank.sqlite');
const QUESTIONS = ['2024 top10', 'countries 2020-2024', 'compare US CN JP 2024', 'papers Tsinghua 2024', 'help'];
const N = 100;
let slack: FakeSlack;
const bots: BotProcess[] = [];

beforeAll(async () => {
  await createFixtureDatabase(dbPath);
  slack = new FakeSlack();
  await slack.start();
}, 60_000);

afterEach(async () => {
  for (const bot of bots.splice(0)) await stopBot(bot);
});

afterAll(async () => {
  await slack.stop();
});

async function bot(stateUrl: string, env: Record<string, string> = {}): Promise<BotProcess> {
  const b = await startBot({ slackApiUrl: slack.apiUrl, dbPath, stateUrl, env });
  bots.push(b);
  return b;
}

const url = (tag: string, i: number) => `/response/${tag}.${i}.`;
const answersTo = (tag: string, i: number) => slack.to(url(tag, i)).length;

/** N commands at once; resolves with the numbers of those acked (HTTP 200 within the request). */
async function burst(port: number, tag: string): Promise<number[]> {
  const results = await Promise.all(
    Array.from({ length: N }, (_, i) =>
      post(port, slashCommand(QUESTIONS[i % QUESTIONS.length], `${slack.base}${url(tag, i)}`, `U${i}`)).then(
        (r) => r.status === 200,
        () => false, // refused or reset: never acked, so Slack would have told the user
      ),
    ),
  );
  return results.flatMap((ok, i) => (ok ? [i] : []));
}

/** Every acked command answered once (waits for the restart to catch up), and nothing answered twice. */
async function expectExactlyOnce(tag: string, acked: number[]): Promise<void> {
  await slack.until(() => acked.every((i) => answersTo(tag, i) >= 1), 60_000, () => `answers to ${acked.filter((i) => answersTo(tag, i) === 0).length} of ${acked.length} acked commands`);
  await new Promise((r) => setTimeout(r, 1500)); // a duplicate would follow soon after
  const twice = Array.from({ length: N }, (_, i) => i).filter((i) => answersTo(tag, i) > 1);
  expect(twice).toEqual([]);
  for (const i of acked) {
    const [answer] = slack.to(url(tag, i));
    expect(String(answer.body.text ?? '')).not.toBe('');
  }
}

describe('a bot process stopped in a burst of 100 commands', () => {
  it('kill -9: after the restart, every acked command is answered exactly once', async () => {
    const stateUrl = path.join(dir, 'kill.sqlite');
    const first = await bot(stateUrl);
    const sending = burst(first.port, 'kill');
    await slack.waitFor('/response/kill.', 5, 30_000);
    first.proc.kill('SIGKILL');
    await first.exited;
    const acked = await sending;
    const unanswered = acked.filter((i) => answersTo('kill', i) === 0);
    expect(unanswered.length).toBeGreaterThan(0); // the kill did land mid-burst
    await bot(stateUrl);
    await expectExactlyOnce('kill', acked);
  }, 150_000);

  it('SIGTERM: stops accepting, drains for AIRANK_DRAIN_MS, exits 0; the restart answers what is left, each once', async () => {
    const stateUrl = path.join(dir, 'term.sqlite');
    const first = await bot(stateUrl, { AIRANK_DRAIN_MS: '300' });
    const sending = burst(first.port, 'term');
    await slack.waitFor('/response/term.', 5, 30_000);
    first.proc.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const acked = await sending;
    await bot(stateUrl);
    await expectExactlyOnce('term', acked);
    expect(first.log.some((l) => l.includes('SIGTERM: no longer accepting requests'))).toBe(true);
  }, 150_000);
});
