// Load check for the Slack receiver (not a test): 200 concurrent signed /airank commands
// on loopback. Reports ack latency p50/p99/max and whether every command got its answer.
// The bot and a fake Slack run in a child process, so the load generator's own work does
// not inflate the measured latency (in production Slack is the client).
// Run: npx tsx bench/slackLoad.ts [count]. Uses the real database through openAsker when
// var/airank.sqlite (or AIRANK_DB) and src/query/openAsker.ts exist, else a fake Asker.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { PROJECT_ROOT } from '../src/config.ts';
import type { Asker } from '../src/query/asker.ts';
import { createApp } from '../src/slack/app.ts';
import { consoleLogger } from '../src/slack/logger.ts';
import { FakeAsker } from '../test/slack/helpers/answers.ts';
import { FakeSlack } from '../test/slack/helpers/fakeSlack.ts';
import { post, SECRET, slashCommand } from '../test/slack/helpers/signed.ts';

const ACK_DEADLINE_MS = 3000;
const ANSWER_WAIT_MS = 30_000;
const REAL_QUESTIONS = ['2024 top10', 'top 50 2020-2024', 'countries 2024', 'compare US CN JP 2020-2024', 'help'];
const FAKE_QUESTIONS = ['2024 top10', '2024 top100', 'compare US CN GB DE JP 2020-2024', 'help'];

async function pickAsker(): Promise<{ asker: Asker; label: string; real: boolean }> {
  const dbPath = process.env.AIRANK_DB ?? path.join(PROJECT_ROOT, 'var', 'airank.sqlite');
  const modulePath = path.join(PROJECT_ROOT, 'src', 'query', 'openAsker.ts');
  if (existsSync(dbPath) && existsSync(modulePath)) {
    const { openAsker } = (await import(modulePath)) as { openAsker: (p: string) => Asker };
    return { asker: openAsker(dbPath), label: `real database ${dbPath}`, real: true };
  }
  return { asker: new FakeAsker(), label: 'fake Asker (no database or openAsker found)', real: false };
}

/** Child process: fake Slack + the bot; prints one JSON line with the ports, runs until killed. */
async function serve(): Promise<void> {
  const slack = new FakeSlack();
  await slack.start();
  const { asker, label, real } = await pickAsker();
  const bot = createApp({ asker, botToken: 'xoxb-load', signingSecret: SECRET, apiUrl: slack.apiUrl, logger: consoleLogger(LogLevel.ERROR) });
  const port = await bot.start(0);
  console.log(JSON.stringify({ port, slackBase: slack.base, label, real }));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function count(slackBase: string): Promise<{ count: number; distinct: number; withBlocks: number }> {
  const res = await fetch(`${slackBase}/__count?prefix=${encodeURIComponent('/response/load')}`);
  return (await res.json()) as { count: number; distinct: number; withBlocks: number };
}

async function drive(n: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', process.argv[1], '--serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bot process exited (${code})`)));
  });
  const { port, slackBase, label, real } = JSON.parse(first) as { port: number; slackBase: string; label: string; real: boolean };
  const questions = real ? REAL_QUESTIONS : FAKE_QUESTIONS;
  console.log(`airank Slack load: ${n} concurrent signed /airank commands, ${label}`);

  try {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const t0 = performance.now();
        const res = await post(port, slashCommand(questions[i % questions.length], `${slackBase}/response/load${i}`, `U${i}`));
        return { status: res.status, ms: performance.now() - t0 };
      }),
    );
    const ackDone = performance.now();
    let answers = await count(slackBase);
    const deadline = Date.now() + ANSWER_WAIT_MS;
    while (answers.count < n && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      answers = await count(slackBase);
    }
    const answersDone = performance.now();

    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const ok = results.filter((r) => r.status === 200).length;
    const late = ms.filter((m) => m > ACK_DEADLINE_MS).length;
    console.log(`acks: ${ok}/${n} HTTP 200; latency p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms; over 3 s: ${late}`);
    console.log(`answers: ${answers.count} posts to response_url, ${answers.distinct}/${n} commands answered, ${answers.withBlocks} with blocks`);
    console.log(`wall time: all acks ${(ackDone - started).toFixed(0)} ms, all answers ${(answersDone - started).toFixed(0)} ms`);
    const pass = ok === n && late === 0 && answers.distinct === n && answers.count === n;
    console.log(pass ? 'PASS: every command acked within 3 s and answered exactly once' : 'FAIL');
    process.exitCode = pass ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
  }
}

if (process.argv.includes('--serve')) await serve();
else await drive(Number(process.argv[2] ?? 200));
