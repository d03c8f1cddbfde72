// What the bot knows about its own state, for the log and GET /healthz: the Slack
// connection (Socket Mode) and the database the answers come from.
import type { DatabaseEvent } from './answers/liveDatabase.ts';

export interface Health {
  mode: 'socket' | 'http';
  slack: { connected: boolean; since: string; attempts: number; lastError: string | null };
  database: { state: 'unknown' | 'ok' | 'missing' | 'unreadable'; snapshot: string | null; since: string };
}

export function newHealth(mode: Health['mode']): Health {
  const now = new Date().toISOString();
  return {
    mode,
    slack: { connected: mode === 'http', since: now, attempts: 0, lastError: null },
    database: { state: 'unknown', snapshot: null, since: now },
  };
}

export function noteDatabaseEvent(health: Health, event: DatabaseEvent): void {
  const state = event.kind === 'opened' ? 'ok' : event.kind === 'missing' ? 'missing' : 'unreadable';
  if (state !== 'unreadable' || health.database.state !== 'ok')
    health.database = { state, snapshot: event.kind === 'opened' ? event.snapshot : null, since: new Date().toISOString() };
}

export function isHealthy(health: Health): boolean {
  return health.slack.connected && health.database.state !== 'missing';
}
