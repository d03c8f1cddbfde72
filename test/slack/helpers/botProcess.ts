// A real bot process (src/slack/main.ts through tsx) on a loopback port, for the fault
// tests that kill or stop it: it reads its configuration from the environment like
// `npm run bot`, answers from a database file, and keeps its state where stateUrl says.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SECRET } from './signed.ts';

const MAIN = fileURLToPath(new URL('../../../src/slack/main.ts', import.meta.url));

export interface BotProcess {
  proc: ChildProcess;
  port: number;
  /** Everything it logged, stdout and stderr. */
  log: string[];
  /** Resolves with the exit code (or signal) once it has exited. */
  exited: Promise<number | string>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface BotOptions {
  slackApiUrl: string;
  dbPath: string;
  stateUrl: string;
  env?: Record<string, string>;
  /** A hang guard for start-up on a loaded machine, not a timing check. */
  startMs?: number;
}

export async function startBot(options: BotOptions): Promise<BotProcess> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: options.slackApiUrl,
      PORT: String(port),
      AIRANK_DB: options.dbPath,
      AIRANK_STATE_URL: options.stateUrl,
      AIRANK_SLACK_WORKERS: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const exited = new Promise<number | string>((resolve) => proc.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.push(...chunk.toString().split('\n').filter(Boolean));
      if (log.some((l) => l.includes('listening on :'))) resolve();
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`bot exited (${code}) before listening:\n${log.join('\n')}`)));
    setTimeout(() => reject(new Error(`bot not listening after ${options.startMs ?? 60_000} ms:\n${log.join('\n')}`)), options.startMs ?? 60_000).unref();
  });
  await ready;
  return { proc, port, log, exited };
}

/** Kills the process if it is still running (test clean-up). */
export async function stopBot(bot: BotProcess | undefined): Promise<void> {
  if (!bot || bot.proc.exitCode !== null || bot.proc.signalCode !== null) return;
  bot.proc.kill('SIGKILL');
  await bot.exited;
}
