// Slack unreachable when the bot starts: Bolt's default auth.test at construction would
// crash the process (unhandled rejection) and poison every later request. The bot must
// start, ack and answer, and learn its identity once Slack is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AirankApp } from '../../src/slack/app.ts';
import { FakeAsker } from './helpers/answers.ts';
import { FakeSlack } from './helpers/fakeSlack.ts';
import { captureUnhandledRejections, recordingLogger } from './helpers/slackBot.ts';
import { post, SECRET, slashCommand } from './helpers/signed.ts';

const logger = recordingLogger();
const asker = new FakeAsker();
let slack: FakeSlack;
let bot: AirankApp;
let port: number;
const unhandled = captureUnhandledRejections();

beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  slack.fail('/api/auth.test', { status: 503, body: 'down' }, 2);
  bot = createApp({ asker, botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: slack.apiUrl, logger });
  port = await bot.start(0);
});

afterAll(async () => {
  await bot.stop();
  await slack.stop();
});

describe('starting while the Slack API is down', () => {
  it('acks and answers a command even though auth.test failed, with no unhandled rejection', async () => {
    await slack.waitFor('/api/auth.test');
    const url = slack.responseUrl('startup1');
    expect((await post(port, slashCommand('2024 top10', url))).status).toBe(200);
    await slack.waitFor('/response/startup1');
    expect(unhandled).toEqual([]);
    expect(logger.lines.some((l) => l.includes('auth.test attempt 1 failed'))).toBe(true);
  });

  it('keeps asking auth.test until Slack answers', async () => {
    await slack.waitFor('/api/auth.test', 3, 15_000);
    await slack.until(() => logger.lines.some((l) => l.includes('identity confirmed')), 5000);
  }, 20_000);
});
