// Issue 22: retries as promised, and no second copy after a request whose outcome is
// unknown. The real WebClient (as the bot configures it) against the fake Slack: a 429 with
// Retry-After is waited out and retried; a connection reset after Slack read the request
// is "may have been posted" (never re-sent); a response_url that never answers gives up
// after about 10 s and the fallback goes.
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeAsker } from './helpers/answers.ts';
import { recordingLogger, useSlackBot } from './helpers/slackBot.ts';
import { mention, post, slashCommand } from './helpers/signed.ts';

const logger = recordingLogger();
const asker = new FakeAsker();
const env = useSlackBot(() => asker, logger);
let seq = 0;
const THREAD = '1699999999.000001';
/** Requests Slack carried out: recorded, and not refused by an injected 429 or reset. */
const carriedOut = (prefix: string) => env.slack.to(prefix).filter((r) => r.fault?.status !== 429);

beforeEach(() => {
  env.slack.requests = [];
  logger.lines.length = 0;
});

describe('a rate-limited post', () => {
  it('is retried after Retry-After: one visible post, in the thread', async () => {
    env.slack.fail('/api/chat.postMessage', { status: 429, body: '', headers: { 'retry-after': '1' } });
    await post(env.port, mention('<@UBOT> 2024 top10', THREAD), { json: true });
    const calls = await env.slack.waitFor('/api/chat.postMessage', 2, 10_000);
    expect(calls.map((c) => c.fault?.status ?? 200)).toEqual([429, 200]);
    const posted = carriedOut('/api/chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(posted[0].body).toMatchObject({ channel: 'C1', thread_ts: THREAD });
    // Nothing went anywhere else: no private copy to the asker.
    await new Promise((r) => setTimeout(r, 300));
    expect(env.slack.to('/api/chat.postEphemeral')).toEqual([]);
    expect(env.slack.to('/api/chat.postMessage')).toHaveLength(2);
  });
});

describe('a connection reset after the request reached Slack', () => {
  it('on chat.postMessage: not re-sent, no fallback copy', async () => {
    env.slack.fail('/api/chat.postMessage', { reset: true });
    await post(env.port, mention('<@UBOT> 2024 top10', THREAD), { json: true });
    await env.slack.waitFor('/api/chat.postMessage');
    await env.slack.until(() => logger.lines.some((l) => l.includes('may have been posted')), 5000);
    await new Promise((r) => setTimeout(r, 300));
    expect(env.slack.to('/api/chat.postMessage')).toHaveLength(1);
    expect(env.slack.to('/api/chat.postEphemeral')).toEqual([]);
  });

  it('on the response_url: not re-sent, no fallback copy', async () => {
    const url = env.slack.responseUrl(`reset${++seq}`);
    env.slack.fail(new URL(url).pathname, { reset: true });
    await post(env.port, slashCommand('2024 top10', url));
    await env.slack.waitFor(new URL(url).pathname);
    await env.slack.until(() => logger.lines.some((l) => l.includes('may have been posted')), 5000);
    await new Promise((r) => setTimeout(r, 300));
    expect(env.slack.to(new URL(url).pathname)).toHaveLength(1);
    expect(env.slack.to('/api/chat.postEphemeral')).toEqual([]);
    expect(env.slack.to('/api/chat.postMessage')).toEqual([]);
  });
});

describe('a response_url that never answers', () => {
  it('gives up after about 10 s and the answer comes by chat.postEphemeral within 15 s', async () => {
    const url = env.slack.responseUrl(`hung${++seq}`);
    env.slack.fail(new URL(url).pathname, { delayMs: 120_000 });
    await post(env.port, slashCommand('2024 top10', url));
    const [fallback] = await env.slack.waitFor('/api/chat.postEphemeral', 1, 15_000);
    expect(fallback.body).toMatchObject({ channel: 'C1', user: 'U1' });
    expect(JSON.stringify(fallback.body)).toContain('Slack did not answer');
  }, 20_000);
});
