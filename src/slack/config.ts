// Startup configuration from the environment. Every problem names its variable, and all
// problems are reported at once, so a bad deploy fails before it touches Slack.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_DATABASE } from '../config.ts';
import type { TableStyle } from './render/table.ts';
import { defaultPoolSize } from './workers/workerPool.ts';

interface Common {
  botToken: string;
  dbPath: string;
  /** Web API base URL, always ending in "/" (WebClient joins method names onto it). */
  apiUrl?: string;
  tableStyle: TableStyle;
  /** Worker threads computing answers (AIRANK_SLACK_WORKERS). */
  workers: number;
  /** Socket Mode: serve GET /healthz on this port (AIRANK_HEALTH_PORT); HTTP mode serves it on PORT. */
  healthPort?: number;
  /** On SIGTERM, how long requests in flight may take to finish before the process exits (AIRANK_DRAIN_MS). */
  drainMs: number;
}

export type SlackConfig = (Common & { mode: 'socket'; appToken: string }) | (Common & { mode: 'http'; signingSecret: string; port: number });

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`airank bot cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Default drain on SIGTERM; deploy/ gives the service manager a longer stop timeout (40 s: the drain, then up to 12 s for answers on the wire). */
export const DEFAULT_DRAIN_MS = 20_000;

export function loadConfig(env: Env, fileExists: (p: string) => boolean = existsSync): SlackConfig {
  const problems: string[] = [];
  const get = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };

  const botToken = get('SLACK_BOT_TOKEN');
  if (!botToken) problems.push('SLACK_BOT_TOKEN is missing (the xoxb- token from "OAuth & Permissions")');
  else if (!botToken.startsWith('xoxb-')) problems.push('SLACK_BOT_TOKEN is invalid: a bot token starts with "xoxb-"');

  const appToken = get('SLACK_APP_TOKEN');
  if (appToken && !appToken.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN is invalid: an app-level token starts with "xapp-"');

  let signingSecret: string | undefined;
  let port = 3000;
  if (!appToken) {
    signingSecret = get('SLACK_SIGNING_SECRET');
    if (!signingSecret) problems.push('SLACK_SIGNING_SECRET is missing (needed over HTTP; set SLACK_APP_TOKEN for Socket Mode instead)');
    else if (!/^\S{16,}$/.test(signingSecret)) problems.push('SLACK_SIGNING_SECRET is invalid: expected the 32-character secret from "Basic Information"');
    const rawPort = get('PORT');
    if (rawPort !== undefined) {
      port = Number(rawPort);
      if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) problems.push(`PORT is invalid: "${rawPort}" is not a port number 1-65535`);
    }
  }

  let apiUrl = get('SLACK_API_URL');
  if (apiUrl) {
    try {
      const u = new URL(apiUrl);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('protocol');
      if (!apiUrl.endsWith('/')) apiUrl = `${apiUrl}/`;
    } catch {
      problems.push(`SLACK_API_URL is invalid: "${apiUrl}" is not an http(s) URL`);
    }
  }

  const dbPath = path.resolve(get('AIRANK_DB') ?? DEFAULT_DATABASE);
  if (!fileExists(dbPath)) problems.push(`AIRANK_DB: no database at ${dbPath} (build it with "npm run setup" or set AIRANK_DB)`);

  const style = get('AIRANK_SLACK_TABLE') ?? 'table';
  if (style !== 'table' && style !== 'preformatted') problems.push(`AIRANK_SLACK_TABLE is invalid: "${style}" (use "table" or "preformatted")`);

  const rawWorkers = get('AIRANK_SLACK_WORKERS');
  const workers = rawWorkers === undefined ? defaultPoolSize() : Number(rawWorkers);
  if (rawWorkers !== undefined && (!/^\d+$/.test(rawWorkers) || workers < 1 || workers > 16))
    problems.push(`AIRANK_SLACK_WORKERS is invalid: "${rawWorkers}" (a number of worker threads, 1-16)`);

  const rawHealth = get('AIRANK_HEALTH_PORT');
  const healthPort = rawHealth === undefined ? undefined : Number(rawHealth);
  if (rawHealth !== undefined && (!/^\d+$/.test(rawHealth) || healthPort! < 1 || healthPort! > 65535))
    problems.push(`AIRANK_HEALTH_PORT is invalid: "${rawHealth}" is not a port number 1-65535`);

  const rawDrain = get('AIRANK_DRAIN_MS');
  const drainMs = rawDrain === undefined ? DEFAULT_DRAIN_MS : Number(rawDrain);
  if (rawDrain !== undefined && (!/^\d+$/.test(rawDrain) || drainMs > 600_000))
    problems.push(`AIRANK_DRAIN_MS is invalid: "${rawDrain}" (milliseconds, 0-600000)`);

  if (problems.length > 0) throw new ConfigError(problems);
  const common: Common = { botToken: botToken!, dbPath, apiUrl, tableStyle: style as TableStyle, workers, drainMs, ...(healthPort ? { healthPort } : {}) };
  return appToken ? { ...common, mode: 'socket', appToken } : { ...common, mode: 'http', signingSecret: signingSecret!, port };
}
