// The bot under test: the real HTTP receiver on a loopback port, talking to a fake Slack.
// Started before a test file's tests and stopped after them.
import type { Logger } from '@slack/bolt';
import { afterAll, beforeAll } from 'vitest';
import type { Asker } from '../../../src/query/asker.ts';
import { createApp, type AirankApp } from '../../../src/slack/app.ts';
import { FakeSlack } from './fakeSlack.ts';
import { SECRET } from './signed.ts';

export interface SlackBot {
  slack: FakeSlack;
  bot: AirankApp;
  port: number;
}

/** `asker` is called in beforeAll, so it may return something another hook opened. */
export function useSlackBot(asker: () => Asker, logger?: Logger): SlackBot {
  const env = {} as SlackBot;
  beforeAll(async () => {
    env.slack = new FakeSlack();
    await env.slack.start();
    env.bot = createApp({ asker: asker(), botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: env.slack.apiUrl, logger });
    env.port = await env.bot.start(0);
  });
  afterAll(async () => {
    await env.bot.stop();
    await env.slack.stop();
  });
  return env;
}
