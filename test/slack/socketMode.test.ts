// Socket Mode against the fake Slack's WebSocket: a Slack outage (apps.connections.open
// failing again and again) is ridden out with logged reconnect attempts, never an exit;
// a redelivered envelope (retry_attempt) is acknowledged and answered once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AirankApp } from '../../src/slack/app.ts';
import { FakeAsker } from './helpers/answers.ts';
import { FakeSlack } from './helpers/fakeSlack.ts';
import { mentionPayload } from './helpers/signed.ts';
import { captureUnhandledRejections, recordingLogger } from './helpers/slackBot.ts';

const logger = recordingLogger();
const asker = new FakeAsker();
let slack: FakeSlack;
let bot: AirankApp;
const unhandled = captureUnhandledRejections();

beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  bot = createApp({ asker, botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: slack.apiUrl, logger, backoff: { minDelayMs: 20, maxDelayMs: 100 } });
});

afterAll(async () => {
  await bot.stop();
  await slack.stop();
});

const opens = () => slack.to('/api/apps.connections.open').length;

describe('Socket Mode', () => {
  it('keeps trying through three failed apps.connections.open calls at start, then connects', async () => {
    slack.fail('/api/apps.connections.open', { status: 503, body: 'service unavailable' }, 3);
    await bot.start();
    await slack.until(
      () => bot.health.slack.connected,
      10_000,
      () => 'a connection',
    );
    expect(opens()).toBe(4);
    expect(slack.sockets).toHaveLength(1);
    expect(logger.lines.filter((l) => /Socket Mode connection attempt \d failed/.test(l))).toHaveLength(3);
  });

  it('reconnects after a dropped connection followed by three failed apps.connections.open calls, with no exit', async () => {
    const before = opens();
    slack.fail('/api/apps.connections.open', { status: 500, body: 'oops' }, 3);
    slack.sockets[0].kill();
    await slack.until(
      () => slack.sockets.length === 2 && bot.health.slack.connected,
      10_000,
      () => 'a second connection',
    );
    expect(opens() - before).toBe(4);
    expect(unhandled).toEqual([]);
    expect(logger.lines.some((l) => l.includes('reconnect attempt'))).toBe(true);
  });

  it('answers a mention envelope once when Slack redelivers it with retry_attempt', async () => {
    const ws = slack.sockets.at(-1)!;
    const payload = mentionPayload('<@UBOT> 2024 top10', undefined, 'EvSocket1');
    ws.send({ type: 'events_api', envelope_id: 'env-1', payload, accepts_response_payload: false, retry_attempt: 0, retry_reason: '' });
    ws.send({ type: 'events_api', envelope_id: 'env-2', payload, accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout' });
    await slack.until(
      () => ws.received.length >= 2,
      10_000,
      () => 'two acks',
    );
    await slack.waitFor('/api/chat.postMessage');
    // A different event afterwards is answered, so the duplicate was dropped rather than queued.
    ws.send({
      type: 'events_api',
      envelope_id: 'env-3',
      payload: mentionPayload('<@UBOT> 2024 top5', undefined, 'EvSocket2'),
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
    });
    await slack.waitFor('/api/chat.postMessage', 2);
    expect(ws.received.map((m) => m.envelope_id)).toEqual(['env-1', 'env-2', 'env-3']);
    expect(slack.to('/api/chat.postMessage')).toHaveLength(2);
    expect(asker.calls.map((c) => c.text)).toEqual(['2024 top10', '2024 top5']);
  });
});
