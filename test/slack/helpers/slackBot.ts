// The bot under test: the real HTTP receiver on a loopback port, talking to a fake Slack.
import { afterAll, beforeAll } from 'vitest';
import type { Logger } from '@slack/bolt';
import type { Asker } from '../../../src/query/asker.ts';
import { createApp, type AirankApp, type CreateAppOptions } from '../../../src/slack/app.ts';
import { FakeSlack } from './fakeSlack.ts';
import { SECRET } from './signed.ts';

export interface SlackBot {
  slack: FakeSlack;
  bot: AirankApp;
  port: number;
}

/** `asker` is called in beforeAll, so it may return something another hook opened. */
export function useSlackBot(asker: () => Asker, logger?: Logger, options: Partial<CreateAppOptions> = {}): SlackBot {
  const env = {} as SlackBot;
  beforeAll(async () => {
    env.slack = new FakeSlack();
    await env.slack.start();
    env.bot = createApp({ asker: asker(), botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: env.slack.apiUrl, logger, ...options });
    env.port = await env.bot.start(0);
  });
  afterAll(async () => {
    await env.bot.stop();
    await env.slack.stop();
  });
  return env;
}

/** A logger that keeps its lines for assertions ("was this logged with an error id?"). */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep =
    (level: string) =>
    (...m: unknown[]) =>
      void lines.push(`${level} ${m.map(String).join(' ')}`);
  return {
    lines,
    debug: () => undefined,
    info: keep('INFO'),
    warn: keep('WARN'),
    error: keep('ERROR'),
    setLevel: () => undefined,
    getLevel: () => 'info' as never,
    setName: () => undefined,
  };
}

/** Promise rejections nobody handled while this test file ran (each would exit a real bot). */
export function captureUnhandledRejections(): unknown[] {
  const seen: unknown[] = [];
  const keep = (reason: unknown) => void seen.push(reason);
  beforeAll(() => void process.on('unhandledRejection', keep));
  afterAll(() => void process.off('unhandledRejection', keep));
  return seen;
}
