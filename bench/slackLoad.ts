// Load check for the Slack receiver (not a test): N concurrent signed /airank commands on
// loopback, for N = 200 and 500 by default. Reports ack latency p50/p99/max and whether
// every command was answered exactly once (one post per response_url, none refused by the
// fake Slack's Block Kit check). The bot (with its answer workers) and the fake Slack run
// in two child processes, as the bot and Slack would in production, so neither the load
// generator's work nor the fake Slack's checks run on the bot's event loop.
// Run: npx tsx bench/slackLoad.ts [N ...]. Uses the real database (var/airank.sqlite or
// AIRANK_DB) through the worker pool (AIRANK_SLACK_WORKERS threads) when present, else a
// fake core in process. Every request is journalled as in production (a fresh SQLite state
// file, or AIRANK_STATE_URL); BENCH_JOURNAL=off runs without the journal, for comparison
// (bench/slackLoadPairs.ts runs the two alternately and tabulates them).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { PROJECT_ROOT } from '../src/config.ts';
import { createApp } from '../src/slack/app.ts';
import { Journal } from '../src/slack/delivery/journal.ts';
import { openState } from '../src/state/open.ts';
import { consoleLogger } from '../src/slack/logger.ts';
import { defaultPoolSize, workerPool } from '../src/slack/workers/workerPool.ts';
import { FakeAsker } from '../test/slack/helpers/answers.ts';
import { FakeSlack } from '../test/slack/helpers/fakeSlack.ts';
import { post, SECRET, slashCommand } from '../test/slack/helpers/signed.ts';

const ACK_DEADLINE_MS = 3000;
const ANSWER_WAIT_MS = 120_000;
const REAL_QUESTIONS = ['2024 top10', 'top 50 2020-2024', 'countries 2024', 'compare US CN JP 2020-2024', 'help', 'coverage', 'papers Tsinghua 2024'];
const FAKE_QUESTIONS = ['2024 top10', '2024 top100', 'compare US CN GB DE JP 2020-2024', 'help'];

/** Child process: the fake Slack; prints its base URL, runs until killed. */
async function serveSlack(): Promise<void> {
  const slack = new FakeSlack();
  await slack.start();
  console.log(JSON.stringify({ slackBase: slack.base }));
  process.on('SIGTERM', () => process.exit(0));
}

/** Child process: the bot; prints one JSON line with its port, runs until killed. */
async function serve(slackBase: string): Promise<void> {
  const dbPath = process.env.AIRANK_DB ?? path.join(PROJECT_ROOT, 'var', 'airank.sqlite');
  const real = existsSync(dbPath);
  const size = Number(process.env.AIRANK_SLACK_WORKERS ?? defaultPoolSize());
  const answers = real ? workerPool({ dbPath, size }) : undefined;
  const logger = consoleLogger(LogLevel.ERROR);
  const journalOn = process.env.BENCH_JOURNAL !== 'off';
  const stateDir = mkdtempSync(path.join(tmpdir(), 'airank-bench-state-'));
  const state = journalOn ? await openState(process.env.AIRANK_STATE_URL ?? path.join(stateDir, 'state.sqlite'), { durability: 'process' }) : null;
  const journal = state ? new Journal(state, logger) : undefined;
  await journal?.start();
  const bot = createApp({
    journal,
    ...(answers ? { answers } : { asker: new FakeAsker() }),
    botToken: 'xoxb-load',
    signingSecret: SECRET,
    apiUrl: `${slackBase}/api/`,
    logger,
  });
  const port = await bot.start(0);
  const core = real ? `real database ${dbPath}, ${size} answer worker thread(s)` : 'fake core in process (no database found)';
  const label = `${core}; journal ${state ? `on (${state.dialect} ${state.where})` : 'off'}`;
  console.log(JSON.stringify({ port, label, real }));
  // Exit cleanly when the driver is done (so --cpu-prof, if given, writes its profile).
  process.on('SIGTERM', () => {
    rmSync(stateDir, { recursive: true, force: true });
    process.exit(0);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One run's figures, as bench/slackLoadPairs.ts reads them. */
export interface RunResult {
  n: number;
  p50: number;
  p99: number;
  /** Acks later than Slack's 3 s. */
  late: number;
  /** Every command answered exactly once. */
  once: boolean;
}

interface Counts {
  count: number;
  distinct: number;
  withBlocks: number;
  refused: number;
}

async function count(slackBase: string, prefix: string): Promise<Counts> {
  const res = await fetch(`${slackBase}/__count?prefix=${encodeURIComponent(prefix)}`);
  return (await res.json()) as Counts;
}

async function run(port: number, slackBase: string, questions: string[], n: number, tag: string): Promise<boolean> {
  const prefix = `/response/${tag}-`;
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const t0 = performance.now();
      const res = await post(port, slashCommand(questions[i % questions.length], `${slackBase}${prefix}${i}`, `U${i}`));
      return { status: res.status, ms: performance.now() - t0 };
    }),
  );
  const ackDone = performance.now();
  let answers = await count(slackBase, prefix);
  const deadline = Date.now() + ANSWER_WAIT_MS;
  while (answers.distinct < n && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    answers = await count(slackBase, prefix);
  }
  const answersDone = performance.now();
  // Anything posted twice would arrive right after the first copies: wait a little more.
  await new Promise((r) => setTimeout(r, 500));
  answers = await count(slackBase, prefix);

  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const ok = results.filter((r) => r.status === 200).length;
  const late = ms.filter((m) => m > ACK_DEADLINE_MS).length;
  console.log(`\n${n} concurrent commands`);
  console.log(
    `  acks: ${ok}/${n} HTTP 200; latency p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms; over 3 s: ${late}`,
  );
  console.log(
    `  answers: ${answers.count} posts to response_url, ${answers.distinct}/${n} commands answered, ${answers.withBlocks} with blocks, ${answers.refused} refused by the Block Kit check`,
  );
  console.log(`  wall time: all acks ${(ackDone - started).toFixed(0)} ms, all answers ${(answersDone - started).toFixed(0)} ms`);
  const once = answers.distinct === n && answers.count === n && answers.refused === 0;
  const pass = ok === n && late === 0 && once;
  console.log(pass ? '  PASS: every command acked within 3 s and answered exactly once' : '  FAIL');
  // For bench/slackLoadPairs.ts, which runs this script many times and tabulates the runs.
  if (process.env.BENCH_RESULT_LINE)
    console.log(`result ${JSON.stringify({ n, p50: percentile(ms, 50), p99: percentile(ms, 99), late, once } satisfies RunResult)}`);
  return pass;
}

/** Start this script as a child in `mode`; resolves with its child process and first line (JSON). */
async function child<T>(args: string[], nodeArgs: string[] = []): Promise<{ proc: ChildProcess; info: T }> {
  const proc = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', process.argv[1], ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`${args[0]} process exited (${code})`)));
  });
  return { proc, info: JSON.parse(first) as T };
}

async function drive(counts: number[]): Promise<void> {
  const slackChild = await child<{ slackBase: string }>(['--slack']);
  const { slackBase } = slackChild.info;
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the bot process.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const botChild = await child<{ port: number; label: string; real: boolean }>(['--serve', slackBase], nodeArgs);
  const { port, label, real } = botChild.info;
  console.log(
    `airank Slack load: ${label}; load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const questions = real ? REAL_QUESTIONS : FAKE_QUESTIONS;
  try {
    // One warm-up command, so the first run does not measure opening the database.
    await run(port, slackBase, questions, 1, 'warmup');
    let pass = true;
    for (const [i, n] of counts.entries()) pass = (await run(port, slackBase, questions, n, `load${i}`)) && pass;
    console.log(
      `\nload average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    process.exitCode = pass ? 0 : 1;
  } finally {
    botChild.proc.kill('SIGTERM');
    slackChild.proc.kill('SIGTERM');
  }
}

const mode = process.argv[2];
if (mode === '--slack') await serveSlack();
else if (mode === '--serve') await serve(process.argv[3]);
else {
  const args = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  await drive(args.length > 0 ? args : [200, 500]);
}
