// The door every request from Slack passes before Bolt sees it (and so before it is
// acknowledged): a request Slack can repeat gets an idempotency key from what Slack
// signed, is recorded in the journal (journal.ts), and is acted on only the first time
// its key arrives. On SQLite it is acknowledged once it is in the process's intake log,
// before the commit that says whether it is the first. Also counts the requests in flight,
// so a SIGTERM can drain them.
//
// Keys: a slash command by the request timestamp and its trigger_id; an event by its
// event_id; "Post to channel" by the message and answer it posts (a double click posts
// once); other buttons by action_ts and the action. Modal submissions keep their own
// check (a pending duplicate proposal is refused).
import { createHash } from 'node:crypto';
import type { App, Logger } from '@slack/bolt';
import { logInternalError, newErrorId } from './delivery/errors.ts';
import { isSendsHeld, type Journal, type JournalEntry } from './delivery/journal.ts';
import { ACTION_POST } from './render/buttons.ts';

type Body = Record<string, unknown>;
type ReceiverEvent = Parameters<App['processEvent']>[0];

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const hash = (parts: unknown[]): string => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);

/** What the journal keeps for a request, or null for requests that are not journalled. */
export function journalEntry(body: unknown, custom: Record<string, unknown> = {}): JournalEntry | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const b = body as Body;
  if (typeof b.command === 'string' && str(b.trigger_id)) {
    return {
      key: `command:${hash([custom.requestTimestamp ?? null, b.trigger_id])}`,
      kind: 'command',
      response_url: str(b.response_url),
      channel: str(b.channel_id),
      thread_ts: null,
      user_id: str(b.user_id),
      question: typeof b.text === 'string' ? b.text : '',
    };
  }
  if (b.type === 'event_callback' && str(b.event_id)) {
    const event = (b.event ?? {}) as Body;
    const mention = event.type === 'app_mention';
    return {
      key: `event:${b.event_id}`,
      kind: mention ? 'mention' : 'event',
      response_url: null,
      channel: str(event.channel),
      thread_ts: str(event.thread_ts) ?? str(event.ts),
      user_id: str(event.user),
      question: mention && typeof event.text === 'string' ? event.text : null,
    };
  }
  if (b.type === 'block_actions' && Array.isArray(b.actions) && b.actions.length > 0) {
    const action = b.actions[0] as Body;
    const user = ((b.user ?? {}) as Body).id;
    const container = (b.container ?? {}) as Body;
    const channel = str(((b.channel ?? {}) as Body).id);
    const key =
      action.action_id === ACTION_POST
        ? `post:${hash([user, channel, container.message_ts, action.value])}`
        : `action:${hash([user, action.action_ts, action.action_id, action.block_id])}`;
    return { key, kind: 'action', response_url: str(b.response_url), channel, thread_ts: null, user_id: str(user), question: null };
  }
  return null;
}

export interface Intake {
  /** Requests being handled now. */
  readonly inFlight: number;
  /** Resolves when none are in flight, or after `ms` (false then). */
  drain(ms: number): Promise<boolean>;
}

/** Puts the journal in front of `app.processEvent` (every receiver goes through it). */
export function guardIntake(app: App, journal: Journal, logger: Logger): Intake {
  const original = app.processEvent.bind(app);
  const running = new Set<Promise<unknown>>();
  /** Acknowledges a journalled request (on SQLite once it is in the intake log), then acts on it if it is the first of its key. */
  const handle = async (event: ReceiverEvent, entry: JournalEntry) => {
    const received = journal.receive(entry);
    // In the intake log: acknowledged now, acted on once committed (journal.ts). Every
    // journalled request is acknowledged empty, so the listeners' own ack() has nothing to add.
    if (received.logged) await event.ack();
    let first = true;
    try {
      first = await received.first;
    } catch (error) {
      // The state store is down: answer anyway (not durable, logged), rather than drop it.
      logInternalError(logger, newErrorId(), error, `journal record of ${entry.key}`);
    }
    if (!first) {
      logger.info(`airank: ${entry.key} already received (a replay, double click or retry): acknowledged, not acted on again`);
      if (!received.logged) await event.ack();
      return;
    }
    const ack = received.logged ? async () => undefined : event.ack;
    // Listeners find the key in their context (journalKey) and mark the answer as sending.
    await original({ ...event, ack, customProperties: { ...event.customProperties, journalKey: entry.key } }).then(
      () => journal.answered(entry.key),
      async (error: unknown) => {
        await journal.failed(entry.key);
        throw error;
      },
    );
  };
  app.processEvent = async (event: ReceiverEvent) => {
    const entry = journalEntry(event.body, event.customProperties);
    if (!entry) return original(event);
    // In flight from its ack on, so a SIGTERM drain waits for it too.
    const run = handle(event, entry);
    running.add(run);
    try {
      await run;
    } catch (error) {
      if (isSendsHeld(error)) logger.info(`airank: ${error.message}`);
      else logInternalError(logger, newErrorId(), error, `handling or journal update of ${entry.key}`);
    } finally {
      running.delete(run);
    }
  };
  return {
    get inFlight() {
      return running.size;
    },
    async drain(ms: number) {
      const deadline = Date.now() + ms;
      while (running.size > 0 && Date.now() < deadline) {
        await Promise.race([Promise.allSettled([...running]), new Promise((r) => setTimeout(r, Math.min(200, deadline - Date.now())))]);
      }
      return running.size === 0;
    },
  };
}
