// Socket Mode that never gives up. @slack/socket-mode's own reconnect treats an HTTP error
// from apps.connections.open (a Slack outage: three failed tries with its retries) as
// unrecoverable and rejects a promise nobody awaits, so the process dies with an uncaught
// WebAPIHTTPError. Here its auto-reconnect is off and this loop reconnects instead, with
// capped exponential backoff, for as long as it takes, logging every attempt. Only bad
// credentials at the very first start stop the bot (they will not fix themselves).
import type { Logger, SocketModeReceiver } from '@slack/bolt';
import type { Health } from './health.ts';

const BAD_CREDENTIALS = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'user_removed_from_team',
  'team_disabled',
  'not_allowed_token_type',
  'token_revoked',
]);

export interface BackoffOptions {
  /** First delay after a failure (ms). */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export function backoffDelay(attempt: number, { minDelayMs = 1000, maxDelayMs = 60_000 }: BackoffOptions = {}): number {
  const base = Math.min(maxDelayMs, minDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + Math.random() * 0.2)); // jitter: not every bot in step
}

export interface SocketSupervisor {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function superviseSocket(receiver: SocketModeReceiver, logger: Logger, health: Health, backoff: BackoffOptions = {}): SocketSupervisor {
  const client = receiver.client;
  let stopped = false;
  let connecting = false;
  let everConnected = false;
  let timer: NodeJS.Timeout | undefined;

  const setConnected = (connected: boolean, error?: string) => {
    health.slack = { ...health.slack, connected, since: new Date().toISOString(), lastError: error ?? health.slack.lastError };
  };

  client.on('connected', () => {
    everConnected = true;
    logger.info(`airank: Socket Mode connected${health.slack.attempts > 1 ? ` after ${health.slack.attempts} attempts` : ''}`);
    health.slack.attempts = 0;
    setConnected(true);
  });
  client.on('disconnected', () => {
    if (health.slack.connected) logger.warn('airank: Socket Mode disconnected; reconnecting');
    setConnected(false);
    if (!connecting) schedule();
  });

  function schedule(): void {
    if (stopped || timer) return;
    // A dropped connection (or Slack's "refresh" disconnect) is retried at once; failures back off.
    const delay = health.slack.attempts === 0 ? 0 : backoffDelay(health.slack.attempts, backoff);
    logger.info(`airank: Socket Mode reconnect attempt ${health.slack.attempts + 1} in ${delay} ms`);
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
  }

  async function connect(): Promise<void> {
    if (stopped) return;
    connecting = true;
    health.slack.attempts += 1;
    try {
      await client.start();
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error ?? '';
      const detail = `${(error as Error).name ?? 'Error'}: ${(error as Error).message ?? String(error)}`;
      setConnected(false, detail);
      logger.error(`airank: Socket Mode connection attempt ${health.slack.attempts} failed (${detail})`);
      if (!everConnected && BAD_CREDENTIALS.has(code)) throw error;
      schedule();
    } finally {
      connecting = false;
    }
  }

  return {
    async start() {
      stopped = false;
      await connect();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await client.disconnect().catch(() => undefined);
    },
  };
}
