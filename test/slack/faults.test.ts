// Contract tests for the faults of issue 12, against the fake Slack: every answer reaches
// the user exactly once, by another route if the usual one fails, and says why.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { request } from 'node:http';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTION_CHART } from '../../src/slack/render/buttons.ts';
import { FakeAsker } from './helpers/answers.ts';
import { recordingLogger, useSlackBot } from './helpers/slackBot.ts';
import { buttonClick, mention, post, SECRET, slashCommand } from './helpers/signed.ts';
import { signBody } from '../../src/slack/verify.ts';
import { limitViolations, visibleText } from './helpers/slackLimits.ts';
import { uploadedFile } from './helpers/fakeSlack.ts';

const logger = recordingLogger();
const asker = new FakeAsker();
// A short client timeout so a stalled chat.postMessage is a timeout within the test.
const env = useSlackBot(() => asker, logger, { timeoutMs: 400 });
let seq = 0;

beforeEach(() => {
  env.slack.requests = [];
  asker.calls = [];
  logger.lines.length = 0;
});

const errorIds = () => logger.lines.map((l) => /id=([0-9a-f]{8})/.exec(l)?.[1]).filter(Boolean) as string[];

describe('delivery when the response_url fails', () => {
  it('an answer Slack refuses as invalid_blocks comes back as plain text by chat.postEphemeral, with the reason and a logged error id', async () => {
    const url = env.slack.responseUrl(`invalid${++seq}`);
    env.slack.fail(new URL(url).pathname, { status: 400, body: 'invalid_blocks' });
    await post(env.port, slashCommand('2024 top10', url));
    const [fallback] = await env.slack.waitFor('/api/chat.postEphemeral');
    expect(fallback.body.channel).toBe('C1');
    expect(fallback.body.user).toBe('U1');
    expect(limitViolations(fallback.body as any)).toEqual([]);
    const text = visibleText(fallback.body as any);
    expect(text).toContain('5,000'); // the top figure, now in monospace text
    expect(text).toContain('rejected the message layout');
    const ids = errorIds();
    expect(ids.length).toBeGreaterThan(0);
    expect(text).toContain(ids[0]);
  });

  it('an expired response_url (404) falls back to chat.postEphemeral', async () => {
    const url = env.slack.responseUrl(`expired${++seq}`);
    env.slack.fail(new URL(url).pathname, { status: 404, body: 'expired_url' });
    await post(env.port, slashCommand('2024 top10', url));
    const [fallback] = await env.slack.waitFor('/api/chat.postEphemeral');
    const text = visibleText(fallback.body as any);
    expect(text).toContain('reply link had expired');
    expect(fallback.body.blocks as any[]).toContainEqual(expect.objectContaining({ type: 'table' }));
    expect(env.slack.to('/api/chat.postMessage')).toEqual([]);
  });

  it("a 5xx response_url and a channel the bot cannot post in end in the user's DM", async () => {
    const url = env.slack.responseUrl(`down${++seq}`);
    env.slack.fail(new URL(url).pathname, { status: 503, body: 'unavailable' });
    env.slack.fail('/api/chat.postEphemeral', { error: 'channel_not_found' });
    await post(env.port, slashCommand('2024 top10', url));
    const [dm] = await env.slack.waitFor('/api/chat.postMessage');
    expect(dm.body.channel).toBe('D0USER');
    expect(visibleText(dm.body as any)).toContain('to your DM');
    expect(env.slack.to('/api/conversations.open')[0].body.users).toBe('U1');
  });
});

describe('an answer too large for any message', () => {
  it('is sent whole as a file to the DM, with a message saying so', async () => {
    const url = env.slack.responseUrl(`wide${++seq}`);
    await post(env.port, slashCommand('wide', url));
    const [reply] = await env.slack.waitFor(new URL(url).pathname);
    expect(reply.refused).toBeUndefined();
    expect(visibleText(reply.body as any)).toContain('sent as a file');
    const [complete] = await env.slack.waitFor('/api/files.completeUploadExternal');
    expect(complete.body.channel_id).toBe('D0USER');
    const file = uploadedFile(env.slack.to('/upload/')[0]);
    expect(file.split('\n').filter((l) => /^\d+,/.test(l))).toHaveLength(3);
    expect(file).toContain('very long affiliation text');
  });

  it('says so, with an error id, when the file cannot be uploaded', async () => {
    env.slack.fail('/api/files.getUploadURLExternal', { error: 'ratelimited' });
    const url = env.slack.responseUrl(`wide${++seq}`);
    await post(env.port, slashCommand('wide', url));
    const [reply] = await env.slack.waitFor(new URL(url).pathname);
    const id = /could not be sent \(error id `([0-9a-f]{8})`\)/.exec(visibleText(reply.body as any))?.[1];
    expect(id).toBeDefined();
    expect(logger.lines.some((l) => l.includes(`id=${id}`) && l.includes('file upload'))).toBe(true);
  });
});

describe('exactly once', () => {
  it('a mention redelivered with X-Slack-Retry-Num 1 and 2 is acknowledged each time and answered once', async () => {
    const body = mention('<@UBOT> 2024 top10', undefined, `EvRetry${++seq}`);
    const first = await post(env.port, body, { json: true });
    const retries = [
      await post(env.port, body, { json: true, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } }),
      await post(env.port, body, { json: true, headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } }),
    ];
    expect([first, ...retries].map((r) => r.status)).toEqual([200, 200, 200]);
    await env.slack.waitFor('/api/chat.postMessage');
    // A later, different mention is answered: the bot is idle, so the retries were dropped, not pending.
    await post(env.port, mention('<@UBOT> 2024 top5'), { json: true });
    await env.slack.waitFor('/api/chat.postMessage', 2);
    expect(env.slack.to('/api/chat.postMessage')).toHaveLength(2);
    expect(asker.calls.map((c) => c.text)).toEqual(['2024 top10', '2024 top5']);
    expect(logger.lines.filter((l) => l.includes('duplicate delivery'))).toHaveLength(2);
  });

  it('a chat.postMessage that succeeds after the client timeout is posted once, not retried or re-sent elsewhere', async () => {
    env.slack.fail('/api/chat.postMessage', { delayMs: 1200 });
    await post(env.port, mention('<@UBOT> 2024 top10'), { json: true });
    await env.slack.waitFor('/api/chat.postMessage');
    await env.slack.until(() => logger.lines.some((l) => l.includes('not sent again')), 5000);
    // Wait past the stalled answer: still one post, and no fallback copy.
    await new Promise((r) => setTimeout(r, 1500));
    expect(env.slack.to('/api/chat.postMessage')).toHaveLength(1);
    expect(env.slack.to('/api/chat.postEphemeral')).toEqual([]);
  });
});

describe('small ones', () => {
  it('unescapes &amp; &lt; &gt; in command and mention text', async () => {
    const url = env.slack.responseUrl(`amp${++seq}`);
    await post(env.port, slashCommand('Texas A&amp;M 2024 &lt;x&gt;', url));
    await env.slack.waitFor(new URL(url).pathname);
    await post(env.port, mention('<@UBOT> Texas A&amp;M 2024'), { json: true });
    await env.slack.waitFor('/api/chat.postEphemeral');
    expect(asker.calls.map((c) => c.text)).toEqual(['Texas A&M 2024 <x>', 'Texas A&M 2024']);
  });

  it('answers a command form without a text field with help', async () => {
    const url = env.slack.responseUrl(`notext${++seq}`);
    const form = new URLSearchParams(slashCommand('x', url));
    form.delete('text');
    expect((await post(env.port, form.toString())).status).toBe(200);
    await env.slack.waitFor(new URL(url).pathname);
    expect(asker.calls.map((c) => c.text)).toEqual(['help']);
  });

  it('answers a 2 MB body with 413 instead of resetting the connection', async () => {
    const body = `text=${'x'.repeat(2 * 1024 * 1024)}`;
    const ts = Math.floor(Date.now() / 1000);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: env.port,
          path: '/slack/events',
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': Buffer.byteLength(body),
            'x-slack-request-timestamp': ts,
            'x-slack-signature': signBody(SECRET, ts, body),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(413);
    expect(asker.calls).toEqual([]);
  });

  it('reports health on GET /healthz', async () => {
    const res = await fetch(`http://127.0.0.1:${env.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ mode: 'http', slack: { connected: true } });
    env.bot.health.database = { state: 'missing', snapshot: null, since: new Date().toISOString() };
    expect((await fetch(`http://127.0.0.1:${env.port}/healthz`)).status).toBe(503);
    env.bot.health.database.state = 'unknown';
  });

  it('sends the chart to the DM, saying why, when the bot is not in the channel', async () => {
    const url = env.slack.responseUrl(`chartcmd${++seq}`);
    await post(env.port, slashCommand('2024 top10', url));
    const [answer] = await env.slack.waitFor(new URL(url).pathname);
    const value = (answer.body.blocks as any[]).find((b) => b.type === 'actions').elements.find((e: any) => e.action_id === ACTION_CHART).value;
    env.slack.requests = [];
    env.slack.fail('/api/files.completeUploadExternal', { error: 'not_in_channel' });
    const click = env.slack.responseUrl(`chartclick${++seq}`);
    await post(env.port, buttonClick(ACTION_CHART, value, click, false));
    const [confirm] = await env.slack.waitFor(new URL(click).pathname);
    expect(JSON.stringify(confirm.body)).toContain('not in this channel');
    const completes = env.slack.to('/api/files.completeUploadExternal').map((r) => r.body.channel_id);
    expect(completes).toEqual(['C1', 'D0USER']);
    expect(JSON.stringify(confirm.body)).not.toContain('internal error');
  }, 20_000);
});
