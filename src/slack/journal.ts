// The journal of acknowledged requests, in the shared state store (src/state/). Every
// slash command, mention and button click is recorded under a key built from what Slack
// signed before it is acknowledged, and marked answered once its answer was delivered.
// It is also the idempotency store: a key already there is acknowledged and dropped, in
// this process, another replica or after a restart.
//
// An answer is marked "sending" just before it goes out. A mention's answer carries its key
// in Slack message metadata, so after a crash the thread is searched for it and the answer
// is posted again only if it is not there (recover.ts). A command's answer goes to its
// response_url, which Slack neither deduplicates nor lets anyone read back: for one marked
// sending when its process was killed, the asker gets a short notice that it may not have
// arrived, with the command to ask again, never a second copy.
// SIGTERM never leaves one behind: the drain holds new sends and waits for those on the
// wire (holdSends, sendsSettled).
//
// Each bot process is an instance with a heartbeat. A pending command or mention whose
// owner stopped beating (kill -9) or left (SIGTERM after its drain) is claimed by one
// UPDATE, so exactly one live process answers it again (recover.ts).
import { randomUUID } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { StateDb } from '../state/open.ts';
import type { JournalTable, StateTables } from '../state/tables.ts';

export type JournalEntry = Omit<JournalTable, 'state' | 'owner' | 'received_at' | 'answered_at'>;
export type StoredEntry = JournalTable;

/** Kinds answered again after a crash; the others (buttons, other events) are keys only. */
export const REPLAYABLE = ['command', 'mention'];

/** Slack message metadata type carrying the journal key on every answer posted to a thread. */
export const ANSWER_METADATA = 'airank_answer';

/** Thrown by sending() once a SIGTERM drain has held sends: the answer stays pending for the next process. */
export class SendsHeldError extends Error {
  constructor(key: string) {
    super(`not sending ${key}: this process is stopping; it stays in the journal for the next one`);
    this.name = 'SendsHeldError';
  }
}

/** A SendsHeldError, as thrown or as Bolt wraps it (`original`). */
export const isSendsHeld = (error: unknown): error is Error =>
  error instanceof SendsHeldError || (error as { original?: unknown } | null)?.original instanceof SendsHeldError;

/** Slack's response_url works for 30 minutes: older entries are past answering. */
export const RESPONSE_WINDOW_MS = 30 * 60 * 1000;

export interface JournalTiming {
  /** How often this process says it is alive. */
  heartbeatMs: number;
  /** Silence after which a process counts as dead and its entries are taken over. */
  staleMs: number;
}

export const DEFAULT_TIMING: JournalTiming = { heartbeatMs: 2_000, staleMs: 10_000 };

/** A write waiting for the next commit (group commit, below). */
type Write =
  | { op: 'record'; entry: JournalEntry; done: (inserted: boolean) => void; fail: (error: unknown) => void }
  | { op: 'sending' | 'answered'; key: string; done: () => void; fail: (error: unknown) => void };

const COLUMNS = ['key', 'kind', 'state', 'owner', 'response_url', 'channel', 'thread_ts', 'user_id', 'question', 'received_at', 'answered_at'] as const;

/** The journal's three writes as SQLite statements, their SQL built by kysely (parameters in the order given). */
function prepare(db: Kysely<StateTables>, raw: SQLite.Database) {
  const row = Object.fromEntries(COLUMNS.map((c) => [c, `?${c}`])) as unknown as JournalTable;
  const insert = db
    .insertInto('journal')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .compile();
  const sending = db.updateTable('journal').set({ state: 'sending' }).where('key', '=', '?key').where('state', '=', 'pending').compile();
  const answered = db.updateTable('journal').set({ state: 'answered', answered_at: '?at' }).where('key', '=', '?key').compile();
  // Only the placeholders vary; constants ('sending', 'pending', 'answered') are bound once here.
  const bind = (q: { sql: string; parameters: readonly unknown[] }) => {
    const statement = raw.prepare(q.sql);
    const fixed = q.parameters.map((p) => (typeof p === 'string' && p.startsWith('?') ? null : p));
    const names = q.parameters.map((p) => (typeof p === 'string' && p.startsWith('?') ? p.slice(1) : null));
    return { statement, fixed, names };
  };
  const ins = bind(insert);
  const snd = bind(sending);
  const ans = bind(answered);
  const args = (b: ReturnType<typeof bind>, values: Record<string, unknown>) => b.names.map((n, i) => (n === null ? b.fixed[i] : values[n]));
  return {
    insert: { statement: ins.statement, columns: ins.names.map((n) => n!) },
    sending: { run: (key: string) => snd.statement.run(...args(snd, { key })) },
    answered: { run: (at: string, key: string) => ans.statement.run(...args(ans, { at, key })) },
  };
}

/** Rows per INSERT, well under SQLite's limit on bound parameters. */
const CHUNK = 200;

export class Journal {
  readonly instance = randomUUID();
  private beat: NodeJS.Timeout | null = null;
  private queued: Write[] = [];
  private committing = false;
  private prepared?: ReturnType<typeof prepare>;
  /** Keys whose answer this process may be sending now (from sending() until answered()). */
  private onTheWire = new Set<string>();
  private held = false;

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
    this.beat = setInterval(
      () => void this.heartbeat().catch((e: Error) => this.logger.error(`airank: journal heartbeat failed: ${e.message}`)),
      this.timing.heartbeatMs,
    );
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

  /** Records a request before it is acknowledged; false when its key is already there (a replay). */
  record(entry: JournalEntry): Promise<boolean> {
    return new Promise((done, fail) => this.enqueue({ op: 'record', entry, done, fail }));
  }

  /**
   * The answer is about to be sent, and may be posted from now on: after a crash a command
   * is not sent again and a mention only if its thread does not have it (recover.ts), the
   * rule deliver.ts applies to timeouts.
   */
  sending(key: string): Promise<void> {
    if (this.held) return Promise.reject(new SendsHeldError(key));
    this.onTheWire.add(key);
    return new Promise((done, fail) => this.enqueue({ op: 'sending', key, done, fail }));
  }

  answered(key: string): Promise<void> {
    return new Promise<void>((done, fail) => this.enqueue({ op: 'answered', key, done, fail })).finally(() => this.onTheWire.delete(key));
  }

  /** A request whose handling failed: answered if its answer may have gone out, else left pending for recovery. */
  async failed(key: string): Promise<void> {
    if (this.onTheWire.has(key)) await this.answered(key);
  }

  /** SIGTERM, after the drain: no answer starts going out any more (sending() throws SendsHeldError). */
  holdSends(): void {
    this.held = true;
  }

  /** Resolves once every answer already going out has been sent and marked, or after `ms` (false then). */
  async sendsSettled(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (this.onTheWire.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, Math.min(50, deadline - Date.now())));
    return this.onTheWire.size === 0;
  }

  private enqueue(write: Write): void {
    this.queued.push(write);
    void this.commit();
  }

  /**
   * Group commit: writes arriving while a commit runs wait and go together in the next
   * transaction, as one multi-row INSERT and one UPDATE per kind, so a burst of requests
   * costs a few statements per batch rather than one each (acks wait for their record).
   * Each write resolves only once its batch is committed.
   */
  private async commit(): Promise<void> {
    if (this.committing) return;
    this.committing = true;
    while (this.queued.length > 0) {
      // One turn of the event loop first, so requests arriving together share the commit.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = this.queued.splice(0);
      try {
        const raw = this.state.sqlite;
        const inserted = raw ? raw.transaction(() => this.applySqlite(raw, batch))() : await this.db.transaction().execute((trx) => this.apply(trx, batch));
        for (const w of batch) {
          if (w.op === 'record') w.done(inserted.get(w.entry) ?? false);
          else w.done();
        }
      } catch (error) {
        for (const w of batch) w.fail(error);
      }
    }
    this.committing = false;
  }

  /**
   * The same batch on SQLite, with statements kysely builds once: run through kysely's
   * driver, each statement cost 0.3-0.5 ms of the acking thread under load (against a few
   * microseconds prepared), which showed in the ack times (README, Slack → Checks).
   */
  private applySqlite(raw: SQLite.Database, batch: Write[]): Map<JournalEntry, boolean> {
    const s = (this.prepared ??= prepare(this.db, raw));
    const at = this.now().toISOString();
    const inserted = new Map<JournalEntry, boolean>();
    for (const w of batch) {
      if (w.op === 'record') {
        const row = { ...w.entry, state: 'pending', owner: this.instance, received_at: at, answered_at: null } as Record<string, unknown>;
        inserted.set(w.entry, s.insert.statement.get(...s.insert.columns.map((c) => row[c])) !== undefined);
      } else if (w.op === 'sending') s.sending.run(w.key);
      else s.answered.run(at, w.key);
    }
    return inserted;
  }

  /** Applies a batch; says which records were inserted (the first of a key; a key already stored: none). */
  private async apply(trx: Kysely<StateTables>, batch: Write[]): Promise<Map<JournalEntry, boolean>> {
    const at = this.now().toISOString();
    const first = new Map<string, JournalEntry>();
    for (const w of batch) if (w.op === 'record' && !first.has(w.entry.key)) first.set(w.entry.key, w.entry);
    const rows = [...first.values()].map((e) => ({ ...e, state: 'pending' as const, owner: this.instance, received_at: at, answered_at: null }));
    const stored = new Set<string>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const done = await trx
        .insertInto('journal')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('key')
        .execute();
      for (const r of done) stored.add(r.key);
    }
    const keys = (op: 'sending' | 'answered') => batch.flatMap((w) => (w.op === op ? [w.key] : []));
    for (const [op, set] of [
      ['sending', { state: 'sending' as const }],
      ['answered', { state: 'answered' as const, answered_at: at }],
    ] as const) {
      const list = keys(op);
      for (let i = 0; i < list.length; i += CHUNK) {
        let q = trx
          .updateTable('journal')
          .set(set)
          .where('key', 'in', list.slice(i, i + CHUNK));
        if (op === 'sending') q = q.where('state', '=', 'pending');
        await q.execute();
      }
    }
    const inserted = new Map<JournalEntry, boolean>();
    for (const w of batch) if (w.op === 'record') inserted.set(w.entry, first.get(w.entry.key) === w.entry && stored.has(w.entry.key));
    return inserted;
  }

  /**
   * Claims the pending and sending commands and mentions of processes that died or left
   * (recover.ts looks for a sending mention in its thread first, and tells the asker of a
   * sending command it may have arrived instead of sending it again), still within
   * the response window; marks older ones expired. Each claim is one conditional UPDATE.
   */
  async claimOrphans(): Promise<StoredEntry[]> {
    const now = this.now().getTime();
    const windowStart = new Date(now - RESPONSE_WINDOW_MS).toISOString();
    await this.db
      .updateTable('journal')
      .set({ state: 'expired' })
      .where('state', 'in', ['pending', 'sending'])
      .where('received_at', '<', windowStart)
      .execute();
    const alive = this.db
      .selectFrom('instances')
      .select('id')
      .where('heartbeat_at', '>=', new Date(now - this.timing.staleMs).toISOString());
    const orphans = await this.db
      .selectFrom('journal')
      .selectAll()
      .where('state', 'in', ['pending', 'sending'])
      .where('kind', 'in', REPLAYABLE)
      .where('owner', '!=', this.instance)
      .where('owner', 'not in', alive)
      .orderBy('received_at')
      .limit(500)
      .execute();
    const claimed: StoredEntry[] = [];
    for (const entry of orphans) {
      const result = await this.db
        .updateTable('journal')
        .set({ owner: this.instance })
        .where('key', '=', entry.key)
        .where('owner', '=', entry.owner)
        .where('state', '=', entry.state)
        .executeTakeFirst();
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
