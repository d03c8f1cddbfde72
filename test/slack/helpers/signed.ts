// Sends requests to the bot's receiver the way Slack does: form-encoded (or JSON) bodies
// with a real v0 HMAC signature over "v0:<timestamp>:<body>".
import { request } from 'node:http';
import { signBody } from '../../../src/slack/verify.ts';

export const SECRET = 'test-signing-secret-0123456789abcdef';

export interface SendOptions {
  secret?: string;
  /** Seconds relative to now, e.g. -600 for a stale request. */
  skew?: number;
  json?: boolean;
  /** Send this signature instead of the computed one. */
  signature?: string | null;
  /** Extra headers, e.g. X-Slack-Retry-Num on a redelivered event. */
  headers?: Record<string, string>;
  /** Sign with this Unix timestamp (a replayed request carries its original one). */
  timestamp?: number;
}

export function post(port: number, body: string, options: SendOptions = {}): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000) + (options.skew ?? 0);
  const signature = options.signature === undefined ? signBody(options.secret ?? SECRET, timestamp, body) : options.signature;
  const headers: Record<string, string | number> = {
    'content-type': options.json ? 'application/json' : 'application/x-www-form-urlencoded',
    'content-length': Buffer.byteLength(body),
    'x-slack-request-timestamp': timestamp,
  };
  if (signature !== null) headers['x-slack-signature'] = signature;
  Object.assign(headers, options.headers ?? {});
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let triggers = 0;

/** Slack gives every invocation its own trigger_id. */
export function slashCommand(text: string, responseUrl: string, user = 'U1', triggerId = `${process.pid}.${Date.now()}.${++triggers}`): string {
  return new URLSearchParams({
    token: 'legacy-token-unused',
    team_id: 'T1',
    team_domain: 'newsroom',
    channel_id: 'C1',
    channel_name: 'factcheck',
    user_id: user,
    user_name: 'reporter',
    command: '/airank',
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: triggerId,
  }).toString();
}

export function buttonClick(actionId: string, value: string, responseUrl: string, ephemeral = true): string {
  const payload = {
    type: 'block_actions',
    api_app_id: 'A1',
    team: { id: 'T1', domain: 'newsroom' },
    user: { id: 'U1', username: 'reporter', team_id: 'T1' },
    channel: { id: 'C1', name: 'factcheck' },
    container: { type: 'message', message_ts: '1.1', channel_id: 'C1', is_ephemeral: ephemeral },
    trigger_id: '1.2.3',
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'airank_actions', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1.3' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function mention(text: string, threadTs?: string, eventId = `Ev${Math.random().toString(36).slice(2)}`): string {
  return JSON.stringify(mentionPayload(text, threadTs, eventId));
}

export function mentionPayload(text: string, threadTs: string | undefined, eventId: string) {
  return {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'app_mention',
      user: 'U1',
      text,
      ts: '1700000000.000100',
      channel: 'C1',
      event_ts: '1700000000.000100',
      ...(threadTs ? { thread_ts: threadTs } : {}),
    },
  };
}
