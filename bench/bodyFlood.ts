// Body-size check for the Slack receiver (not a test): 100 concurrent 1 MB bodies that are
// not from Slack (unsigned, or with a made-up signature), while signed commands keep
// arriving. Prints the bot's resident memory before, its peak growth, and the ack times of
// the signed commands alone and during the flood. The bot runs in a child process (fake
// core, fake Slack in this process), so the flood's own buffers are not counted.
// Run: npx tsx bench/bodyFlood.ts [bodies=100] [megabytes=1]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { LogLevel } from '@slack/bolt';
import { createApp } from '../src/slack/app.ts';
import { consoleLogger } from '../src/slack/logger.ts';
import { FakeAsker } from '../test/slack/helpers/answers.ts';
import { FakeSlack } from '../test/slack/helpers/fakeSlack.ts';
import { post, SECRET, slashCommand } from '../test/slack/helpers/signed.ts';

const COMMANDS = 40;

/** Child process: the bot; prints its port, runs until killed. */
async function serve(apiUrl: string): Promise<void> {
  const bot = createApp({ asker: new FakeAsker(), botToken: 'xoxb-flood', signingSecret: SECRET, apiUrl, logger: consoleLogger(LogLevel.ERROR) });
  console.log(JSON.stringify({ port: await bot.start(0) }));
  process.on('SIGTERM', () => process.exit(0));
}

/** Resident memory of a process, in MB (Linux /proc). */
function rss(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
}

/** Samples `pid`'s resident memory every 10 ms until stopped; returns the highest seen. */
function sampleRss(pid: number): () => number {
  let highest = rss(pid);
  const timer = setInterval(() => (highest = Math.max(highest, rss(pid))), 10);
  return () => {
    clearInterval(timer);
    return Math.max(highest, rss(pid));
  };
}

/** One body of `bytes` with the given headers; resolves with the status, or the socket error. */
function flood(port: number, bytes: number, headers: Record<string, string | number>): Promise<string> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/slack/events',
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': bytes, ...headers },
      },
      (res) => {
        res.resume();
        resolve(String(res.statusCode));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    req.end(Buffer.alloc(bytes, 'a'));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);

async function acks(port: number, slack: FakeSlack, tag: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < COMMANDS; i++) {
    const t0 = performance.now();
    const res = await post(port, slashCommand('2024 top10', slack.responseUrl(`${tag}${i}`)));
    if (res.status !== 200) throw new Error(`a signed command got ${res.status}`);
    times.push(performance.now() - t0);
  }
  return times;
}

async function drive(bodies: number, bytes: number): Promise<void> {
  const slack = new FakeSlack();
  await slack.start();
  const proc = spawn(process.execPath, ['--import', 'tsx', process.argv[1], '--serve', slack.apiUrl], { stdio: ['ignore', 'pipe', 'ignore'] });
  const { port } = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: proc.stdout! }).once('line', resolve))) as { port: number };
  console.log(
    `airank body flood: ${bodies} concurrent ${(bytes / 1e6).toFixed(1)} MB bodies; load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  try {
    await acks(port, slack, 'warm'); // warm up
    const quiet = await acks(port, slack, 'quiet');
    console.log(`signed commands alone: ack median ${median(quiet).toFixed(1)} ms, max ${max(quiet).toFixed(1)} ms`);
    const ts = () => Math.floor(Date.now() / 1000);
    for (const [name, headers] of [
      ['unsigned', {}],
      ['made-up signature', { 'x-slack-request-timestamp': ts(), 'x-slack-signature': `v0=${'0'.repeat(64)}` }],
    ] as const) {
      const before = rss(proc.pid!);
      const highest = sampleRss(proc.pid!);
      const flooding = Promise.all(Array.from({ length: bodies }, () => flood(port, bytes, headers)));
      const during = await acks(port, slack, `${name.replace(/\W/g, '')}-`);
      const statuses = await flooding;
      const peak = highest();
      const tally = Object.entries(statuses.reduce<Record<string, number>>((m, s) => ({ ...m, [s]: (m[s] ?? 0) + 1 }), {}))
        .map(([s, n]) => `${n}× ${s}`)
        .join(', ');
      console.log(`\n${bodies} ${name} bodies: answered ${tally}`);
      console.log(`  bot RSS ${before.toFixed(0)} MB before, at most ${peak.toFixed(0)} MB during the flood: +${(peak - before).toFixed(0)} MB`);
      console.log(`  signed commands during the flood: ack median ${median(during).toFixed(1)} ms, max ${max(during).toFixed(1)} ms`);
    }
    console.log(
      `\nload average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    proc.kill('SIGTERM');
    await slack.stop();
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3]);
else await drive(Number(process.argv[2] ?? 100), Math.round(Number(process.argv[3] ?? 1) * 1_000_000));
