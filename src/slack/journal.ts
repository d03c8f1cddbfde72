// The journal of acknowledged requests, in the shared state store (src/state/). Every
// slash command, mention and button click is recorded under a key built from what Slack
// signed before it is acknowledged, and marked answered once its answer was delivered.
// It is also the idempotency store: a key already there is acknowledged and dropped, in
// this process, another replica or after a restart.
//
// An answer is marked "sending" just before it goes out: a process killed after that point
// is not answered again (it may have been posted), one killed before it is.
//
// Each bot process is an instance with a heartbeat. A pending command or mention whose
// owner stopped beating (kill -9) or left (SIGTERM after its drain) is claimed by one
// UPDATE, so exactly one live process answers it again (recover.ts).
import { randomUUID } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import type { Kysely } from 'kysely';
import type { StateDb } from '../state/open.ts';
import type { JournalTable, StateTables } from '../state/tables.ts';

export type JournalEntry = Omit<JournalTable, 'state' | 'owner' | 'received_at' | 'answered_at'>;
export type StoredEntry = JournalTable;

/** Kinds answered again after a crash; the others (buttons, other events) are keys only. */
export const REPLAYABLE = ['command', 'mention'];

/** Slack's response_url works for 30 minutes: older entries are past answering. */
export const RESPONSE_WINDOW_MS = 30 * 60 * 1000;

export interface JournalTiming {
  /** How often this process says it is alive. */
  heartbeatMs: number;
  /** Silence after which a process counts as dead and its entries are taken over. */
  staleMs: number;
}

export const DEFAULT_TIMING: JournalTiming = { heartbeatMs: 2_000, staleMs: 10_000 };

type Write = (db: Kysely<StateTables>) => Promise<void>;

export class Journal {
  readonly instance = randomUUID();
  private beat: NodeJS.Timeout | null = null;
  /** Writes waiting for the next commit, and whether one is running (group commit, below). */
  private queued: Array<{ write: Write; done: (error?: unknown) => void }> = [];
  private committing = false;

  constructor(
    private readonly state: StateDb,
    private readonly logger: Logger,
    readonly timing: JournalTiming = DEFAULT_TIMING,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get db() {
    return this.state.db;
  }

  /** Registers this process and keeps its heartbeat going. */
  async start(): Promise<void> {
    await this.heartbeat();
    this.beat = setInterval(() => void this.heartbeat().catch((e: Error) => this.logger.error(`airank: journal heartbeat failed: ${e.message}`)), this.timing.heartbeatMs);
    this.beat.unref();
  }

  private async heartbeat(): Promise<void> {
    const at = this.now().toISOString();
    await this.db
      .insertInto('instances')
      .values({ id: this.instance, heartbeat_at: at })
      .onConflict((oc) => oc.column('id').doUpdateSet({ heartbeat_at: at }))
      .execute();
  }

  /**
   * Group commit: writes arriving while a commit runs wait and go together in the next
   * transaction, so a burst of requests pays for one disk sync per batch, not one each
   * (acks wait for their record). Each write still resolves only once it is committed.
   */
  private write(write: Write): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queued.push({ write, done: (error) => (error === undefined ? resolve() : reject(error)) });
      void this.commit();
    });
  }

  private async commit(): Promise<void> {
    if (this.committing) return;
    this.committing = true;
    while (this.queued.length > 0) {
      const batch = this.queued.splice(0);
      try {
        await this.db.transaction().execute(async (trx) => {
          for (const { write } of batch) await write(trx);
        });
        for (const { done } of batch) done();
      } catch (error) {
        for (const { done } of batch) done(error);
      }
    }
    this.committing = false;
  }

  /** Records a request before it is acknowledged; false when its key is already there (a replay). */
  async record(entry: JournalEntry): Promise<boolean> {
    let inserted = false;
    await this.write(async (db) => {
      const row = await db
        .insertInto('journal')
        .values({ ...entry, state: 'pending', owner: this.instance, received_at: this.now().toISOString(), answered_at: null })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      inserted = row !== undefined;
    });
    return inserted;
  }

  /**
   * The answer is about to be sent: from now on it is never sent again, even if this
   * process dies before it hears back (the rule deliver.ts applies to timeouts: a post
   * that may have been made is not repeated).
   */
  sending(key: string): Promise<void> {
    return this.write(async (db) => {
      await db.updateTable('journal').set({ state: 'sending' }).where('key', '=', key).where('state', '=', 'pending').execute();
    });
  }

  answered(key: string): Promise<void> {
    return this.write(async (db) => {
      await db.updateTable('journal').set({ state: 'answered', answered_at: this.now().toISOString() }).where('key', '=', key).execute();
    });
  }

  /**
   * Claims the pending commands and mentions of processes that died or left, still within
   * the response window; marks older ones expired. Each claim is one conditional UPDATE.
   */
  async claimOrphans(): Promise<StoredEntry[]> {
    const now = this.now().getTime();
    const windowStart = new Date(now - RESPONSE_WINDOW_MS).toISOString();
    await this.db.updateTable('journal').set({ state: 'expired' }).where('state', '=', 'pending').where('received_at', '<', windowStart).execute();
    const alive = this.db.selectFrom('instances').select('id').where('heartbeat_at', '>=', new Date(now - this.timing.staleMs).toISOString());
    const orphans = await this.db
      .selectFrom('journal')
      .selectAll()
      .where('state', '=', 'pending')
      .where('kind', 'in', REPLAYABLE)
      .where('owner', '!=', this.instance)
      .where('owner', 'not in', alive)
      .orderBy('received_at')
      .limit(500)
      .execute();
    const claimed: StoredEntry[] = [];
    for (const entry of orphans) {
      const result = await this.db.updateTable('journal').set({ owner: this.instance }).where('key', '=', entry.key).where('owner', '=', entry.owner).where('state', '=', 'pending').executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) claimed.push({ ...entry, owner: this.instance });
    }
    return claimed;
  }

  /** After the drain: this process is gone, so another (or the next start) takes what is left at once. */
  async leave(): Promise<void> {
    if (this.beat) clearInterval(this.beat);
    this.beat = null;
    await this.db.deleteFrom('instances').where('id', '=', this.instance).execute();
  }

  async pending(): Promise<StoredEntry[]> {
    return this.db.selectFrom('journal').selectAll().where('state', '=', 'pending').orderBy('received_at').execute();
  }
}
