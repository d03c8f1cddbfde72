// Exactly once: Slack redelivers an event it thinks was not acknowledged in time (HTTP
// X-Slack-Retry-Num, Socket Mode retry_attempt). The first delivery of each event_id (and
// each Socket Mode envelope) is answered; later ones are acknowledged and dropped.
// Memory is bounded in time and size: Slack stops retrying after about an hour.
import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';

export class RecentIds {
  private readonly seenAt = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly max = 20_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True if `id` was seen within the TTL; otherwise remembers it and returns false. */
  check(id: string): boolean {
    const now = this.now();
    // Map keeps insertion order, so the oldest entries are first.
    for (const [key, at] of this.seenAt) {
      if (now - at < this.ttlMs && this.seenAt.size < this.max) break;
      this.seenAt.delete(key);
    }
    const at = this.seenAt.get(id);
    if (at !== undefined && now - at < this.ttlMs) return true;
    this.seenAt.set(id, now);
    return false;
  }

  get size(): number {
    return this.seenAt.size;
  }
}

export function dedupeMiddleware(recent: RecentIds, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as { event_id?: string };
    const envelope = (args.context as { envelopeId?: string }).envelopeId;
    const keys = [body.event_id ? `event:${body.event_id}` : null, envelope ? `envelope:${envelope}` : null].filter((k): k is string => k !== null);
    const duplicate = keys.map((k) => recent.check(k)).some(Boolean);
    if (duplicate) {
      logger.info(
        `airank: duplicate delivery ${keys.join(' ')} (retry ${args.context.retryNum ?? '?'}, ${args.context.retryReason ?? 'no reason'}) acknowledged, not answered again`,
      );
      // Events are acknowledged by Bolt before middleware runs; anything else is acked here.
      if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
      return;
    }
    await args.next();
  };
}
