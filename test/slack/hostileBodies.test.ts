// Issue 22: bodies that once stopped the process. A signed `null` (JSON or `payload=null`)
// made Bolt read a field of null, and Node exited on the unhandled rejection. Every JSON
// primitive is now answered 400 before Bolt sees it, and the bot goes on answering.
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeAsker } from './helpers/answers.ts';
import { captureUnhandledRejections, recordingLogger, useSlackBot } from './helpers/slackBot.ts';
import { post, slashCommand } from './helpers/signed.ts';

const logger = recordingLogger();
const asker = new FakeAsker();
const unhandled = captureUnhandledRejections();
const env = useSlackBot(() => asker, logger);
let seq = 0;

beforeEach(() => {
  env.slack.requests = [];
  asker.calls = [];
});

const PRIMITIVES = ['null', 'true', 'false', '0', '-1.5', '1e400', '"text"', '""', '[]', '[null]'];

async function stillAnswers(): Promise<void> {
  const url = env.slack.responseUrl(`after${++seq}`);
  expect((await post(env.port, slashCommand('2024 top10', url))).status).toBe(200);
  await env.slack.waitFor(new URL(url).pathname);
  expect(asker.calls.map((c) => c.text)).toEqual(['2024 top10']);
}

describe('signed bodies that are not JSON objects', () => {
  it.each(PRIMITIVES)('JSON body %s is refused with 400 and the bot keeps answering', async (body) => {
    const res = await post(env.port, body, { json: true });
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/not an object|not valid JSON/);
    await stillAnswers();
    expect(unhandled).toEqual([]);
  });

  it.each(PRIMITIVES)('form body payload=%s is refused with 400 and the bot keeps answering', async (value) => {
    const res = await post(env.port, new URLSearchParams({ payload: value }).toString());
    expect(res.status).toBe(400);
    await stillAnswers();
    expect(unhandled).toEqual([]);
  });

  it('a body that is not JSON at all is refused with 400', async () => {
    expect((await post(env.port, '{"type":', { json: true })).status).toBe(400);
    expect((await post(env.port, 'payload=%7Bnope')).status).toBe(400);
    await stillAnswers();
    expect(unhandled).toEqual([]);
  });
});

describe('bodies are not read before the headers could be authentic', () => {
  it('an unsigned 1 MB body is answered 401 at once, and a 300 KB signed one 413', async () => {
    const send = (headers: Record<string, string | number>, size: number) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: env.port,
            path: '/slack/events',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': size, ...headers },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(Buffer.alloc(size, 'x'));
      });
    const ts = Math.floor(Date.now() / 1000);
    expect(await send({}, 1024 * 1024)).toBe(401);
    expect(await send({ 'x-slack-request-timestamp': ts, 'x-slack-signature': 'v0=' + 'a'.repeat(64) }, 300 * 1024)).toBe(413);
    expect(logger.lines.some((l) => l.includes('unread: missing or malformed x-slack-request-timestamp'))).toBe(true);
    await stillAnswers();
  });
});

describe('the last-resort handler', () => {
  it('logs an unhandled rejection with an error id and the process keeps running', () => {
    // A real process: Node's default would exit with code 1 at the rejection.
    const script = `
      import { installLastResort } from './src/slack/lastResort.ts';
      import { consoleLogger } from './src/slack/logger.ts';
      installLastResort(consoleLogger());
      Promise.reject(new Error('nobody awaited this'));
      setTimeout(() => console.log('still serving'), 200);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('still serving');
    expect(run.stderr).toMatch(/airank error id=[0-9a-f]{8} during a promise nobody awaited.*nobody awaited this/s);
  });

  it('logs an uncaught exception with an error id and shuts down the normal way (SIGTERM)', () => {
    const script = `
      import { installLastResort } from './src/slack/lastResort.ts';
      import { consoleLogger } from './src/slack/logger.ts';
      installLastResort(consoleLogger());
      process.on('SIGTERM', () => { console.log('draining'); process.exit(0); });
      setTimeout(() => { throw new Error('thrown from a timer'); }, 10);
      setTimeout(() => console.log('never reached'), 5000);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('draining');
    expect(run.stdout).not.toContain('never reached');
    expect(run.stderr).toMatch(/airank error id=[0-9a-f]{8} during an uncaught exception.*thrown from a timer/s);
  });
});
