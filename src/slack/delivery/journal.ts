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
// On SQLite a request is acknowledged before its record is committed, once it is in the
// process's intake log (one appended line, below), and acted on once the commit says it is
// the first of its key. The log is truncated whenever every record in it is committed; a
// process that starts or claims orphans first replays the logs of processes that are gone.
//
// Each bot process is an instance with a heartbeat. A pending command or mention whose
// owner stopped beating (kill -9) or left (SIGTERM after its drain) is claimed by one
// UPDATE, so exactly one live process answers it again (recover.ts).
import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Logger } from '@slack/bolt';
import { sql, type Kysely } from 'kysely';
import type { StateDb } from '../../state/open.ts';
import type { JournalTable, StateTables } from '../../state/tables.ts';
import type { WireReply, WireWrite } from '../workers/journalWorker.ts';
import { spawn, workerEntry } from '../workers/workerPool.ts';

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
  | { op: 'record'; row: JournalTable; done: (inserted: boolean) => void; fail: (error: unknown) => void }
  | { op: 'sending' | 'answered'; key: string; done: () => void; fail: (error: unknown) => void };

/**
 * Writes for the writer thread are gathered this long and posted as one message. Posted one
 * by one, waking that thread cost the acking thread as much as committing them itself (a
 * profile of bench/slackLoad.ts under load); acks take hundreds of ms in a burst, so 2 ms is
 * well inside their spread.
 */
const WRITER_WINDOW_MS = 2;

/** Rows per INSERT, well under SQLite's limit on bound parameters. */
const CHUNK = 200;

/**
 * SQLite's intake logs, one per process, beside the state file. A record appended there
 * (one write() to a file opened O_APPEND) is in the operating system's page cache when
 * write() returns, so it survives the process being killed, as a commit with synchronous
 * NORMAL does, and neither survives a power cut. The ack waits for that write instead of the
 * commit (README, Slack → Delivery).
 */
export const intakeDir = (stateFile: string): string => `${stateFile}.intake`;

/** A record as its line in an intake log. */
export const intakeLine = (row: JournalTable): string => `${JSON.stringify(row)}\n`;

/** A line of an intake log back as a record; null for a torn one (its process killed mid-write). */
function parseIntakeLine(line: string): JournalTable | null {
  try {
    const row = JSON.parse(line) as JournalTable | null;
    return row && typeof row.key === 'string' && typeof row.kind === 'string' && typeof row.owner === 'string' && typeof row.received_at === 'string'
      ? row
      : null;
  } catch {
    return null;
  }
}

/** What receive() says about a request: whether it is safe to acknowledge now, and (once committed) whether it is the first of its key. */
export interface Received {
  /** In this process's intake log: acknowledging it now loses nothing to a kill -9. */
  logged: boolean;
  first: Promise<boolean>;
}

export class Journal {
  readonly instance = randomUUID();
  private beat: NodeJS.Timeout | null = null;
  private queued: Write[] = [];
  private committing = false;
  /** SQLite: the thread that commits the writes (journalWorker.ts), once start() has it running. */
  private writer: Worker | null = null;
  private sent = new Map<number, { done: (inserted: boolean) => void; fail: (error: unknown) => void }>();
  private nextId = 1;
  /** Writes for the writer thread, posted together every WRITER_WINDOW_MS. */
  private outbox: WireWrite[] = [];
  /** Keys whose answer this process may be sending now (from sending() until answered()). */
  private onTheWire = new Set<string>();
  private held = false;
  /** SQLite on a file: the folder of intake logs; this process's log and its records not yet committed. */
  private readonly logDir: string | null;
  private logFd: number | null = null;
  private uncommitted = 0;

  constructor(
    private readonly state: StateDb,
    private readonly logger: Logger,
    readonly timing: JournalTiming = DEFAULT_TIMING,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.logDir = state.dialect === 'sqlite' && state.where !== ':memory:' ? intakeDir(state.where) : null;
  }

  private get db() {
    return this.state.db;
  }

  /** Registers this process and keeps its heartbeat going. */
  async start(): Promise<void> {
    if (this.state.dialect === 'sqlite' && this.state.where !== ':memory:') await this.startWriter();
    // Beating before the log exists: a peer that lists the logs and then the live processes
    // (replayLogs) never takes this one's log for a dead process's.
    await this.heartbeat();
    this.openLog();
    this.beat = setInterval(
      () => void this.heartbeat().catch((e: Error) => this.logger.error(`airank: journal heartbeat failed: ${e.message}`)),
      this.timing.heartbeatMs,
    );
    this.beat.unref();
  }

  /**
   * On SQLite the writes are committed on a thread of their own, with its own connection:
   * committed on the acking thread, even batched and prepared, they were the journal's whole
   * cost in the ack times under load (README, Slack → Checks). If that thread dies, the
   * writes in it fail (a record that fails is answered anyway, logged) and later ones are
   * committed here, through kysely.
   */
  private async startWriter(): Promise<void> {
    const writer = spawn(workerEntry('journalWorker'), { file: this.state.where });
    await new Promise<void>((resolve, reject) => {
      writer.once('message', () => resolve());
      writer.once('error', reject);
    });
    writer.on('message', (reply: WireReply) => {
      if ('done' in reply) for (const [id, inserted] of reply.done) this.settle(id)?.done(inserted);
      else if ('failed' in reply)
        for (const id of reply.failed) this.settle(id)?.fail(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
    });
    const lost = (error: Error) => {
      if (this.writer !== writer) return;
      this.writer = null;
      this.outbox = [];
      void sql`PRAGMA wal_autocheckpoint = 1000`.execute(this.db).catch(() => undefined);
      this.logger.error(`airank: the journal's writer thread stopped (${error.message}); writing on the main thread from now on`);
      for (const id of [...this.sent.keys()]) this.settle(id)?.fail(error);
    };
    writer.on('error', lost);
    writer.on('exit', (code) => lost(new Error(`exit code ${code}`)));
    writer.unref(); // referenced only while a write is out (post())
    this.writer = writer;
    // The writer's commits checkpoint the WAL; this connection's (heartbeats, claims) must not,
    // or a checkpoint's syncs could land on the acking thread.
    await sql`PRAGMA wal_autocheckpoint = 0`.execute(this.db);
  }

  private post(write: Write): void {
    const id = this.nextId++;
    const wire: WireWrite =
      write.op === 'record'
        ? { id, op: 'record', row: write.row }
        : write.op === 'sending'
          ? { id, op: 'sending', key: write.key }
          : { id, op: 'answered', key: write.key, at: this.now().toISOString() };
    if (this.sent.size === 0) this.writer!.ref();
    this.sent.set(id, { done: write.done as (inserted: boolean) => void, fail: write.fail });
    this.outbox.push(wire);
    if (this.outbox.length === 1) setTimeout(() => this.flushOutbox(), WRITER_WINDOW_MS);
  }

  private flushOutbox(): void {
    const writes = this.outbox;
    this.outbox = [];
    this.writer?.postMessage(writes);
  }

  private settle(id: number) {
    const waiting = this.sent.get(id);
    this.sent.delete(id);
    if (this.sent.size === 0) this.writer?.unref();
    return waiting;
  }

  private logFile(instance: string = this.instance): string {
    return path.join(this.logDir!, `${instance}.log`);
  }

  private openLog(): void {
    if (!this.logDir) return;
    mkdirSync(this.logDir, { recursive: true });
    this.logFd = openSync(this.logFile(), 'a');
  }

  /** Appends a record to this process's log; false if there is none or the write failed (the ack then waits for the commit). */
  private appendLog(row: JournalTable): boolean {
    if (this.logFd === null) return false;
    const line = Buffer.from(intakeLine(row));
    try {
      if (writeSync(this.logFd, line) === line.length) return true;
      throw new Error('short write');
    } catch (error) {
      // A later line must not follow a torn one: no more logging, acks wait for commits.
      this.logger.error(`airank: journal intake log ${this.logFile()} failed (${(error as Error).message}); acks wait for commits from now on`);
      closeSync(this.logFd);
      this.logFd = null;
      return false;
    }
  }

  /** A logged record's commit settled (a failed one is answered anyway, not durable, as without the log). */
  private committedLogged(): void {
    if (--this.uncommitted === 0 && this.logFd !== null) ftruncateSync(this.logFd, 0);
  }

  private async heartbeat(): Promise<void> {
    // A peer that took this process for dead replayed and removed its log: start a new one.
    if (this.logFd !== null && fstatSync(this.logFd).nlink === 0) {
      closeSync(this.logFd);
      this.openLog();
    }
    const at = this.now().toISOString();
    await this.db
      .insertInto('instances')
      .values({ id: this.instance, heartbeat_at: at })
      .onConflict((oc) => oc.column('id').doUpdateSet({ heartbeat_at: at }))
      .execute();
  }

  /**
   * Records a request: in this process's intake log at once when it has one (`logged`: it
   * may be acknowledged now), and in the journal (`first`: false when its key is already
   * there, a replay, which is not acted on).
   */
  receive(entry: JournalEntry): Received {
    const row: JournalTable = { ...entry, state: 'pending', owner: this.instance, received_at: this.now().toISOString(), answered_at: null };
    const logged = this.appendLog(row);
    const first = new Promise<boolean>((done, fail) => this.enqueue({ op: 'record', row, done, fail }));
    if (logged) {
      this.uncommitted++;
      void first.then(
        () => this.committedLogged(),
        () => this.committedLogged(),
      );
    }
    return { logged, first };
  }

  /** Records a request and resolves once it is committed; false when its key is already there (a replay). */
  record(entry: JournalEntry): Promise<boolean> {
    return this.receive(entry).first;
  }

  /**
   * The answer is about to be sent, and may be posted from now on: after a crash a command
   * is not sent again and a mention only if its thread does not have it (recover.ts), the
   * rule deliver.ts applies to timeouts.
   */
  sending(key: string): Promise<void> {
    if (this.held) return Promise.reject(new SendsHeldError(key));
    this.onTheWire.add(key);
    // The store is down: send anyway (not durable, logged), as record() does, rather than drop the answer.
    return new Promise<void>((done, fail) => this.enqueue({ op: 'sending', key, done, fail })).catch((error: unknown) =>
      this.logger.error(`airank: journal could not mark ${key} as sending (${(error as Error).message}); answering anyway, not durable`),
    );
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
    if (this.writer) return this.post(write);
    this.queued.push(write);
    void this.commit();
  }

  /**
   * Group commit (here when there is no writer thread: Postgres, or SQLite before start()):
   * writes arriving while a commit runs wait and go together in the next transaction, as one
   * multi-row INSERT and one UPDATE per kind. Each write resolves only once its batch is
   * committed.
   */
  private async commit(): Promise<void> {
    if (this.committing) return;
    this.committing = true;
    while (this.queued.length > 0) {
      // One turn of the event loop first, so requests arriving together share the commit.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = this.queued.splice(0);
      try {
        const inserted = await this.db.transaction().execute((trx) => this.apply(trx, batch));
        for (const w of batch) {
          if (w.op === 'record') w.done(inserted.get(w.row) ?? false);
          else w.done();
        }
      } catch (error) {
        for (const w of batch) w.fail(error);
      }
    }
    this.committing = false;
  }

  /** Applies a batch; says which records were inserted (the first of a key; a key already stored: none). */
  private async apply(trx: Kysely<StateTables>, batch: Write[]): Promise<Map<JournalTable, boolean>> {
    const at = this.now().toISOString();
    const first = new Map<string, JournalTable>();
    for (const w of batch) if (w.op === 'record' && !first.has(w.row.key)) first.set(w.row.key, w.row);
    const stored = await insertNew(trx, [...first.values()]);
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
    const inserted = new Map<JournalTable, boolean>();
    for (const w of batch) if (w.op === 'record') inserted.set(w.row, first.get(w.row.key) === w.row && stored.has(w.row.key));
    return inserted;
  }

  /**
   * Puts the records in the intake logs of processes that are gone (killed after acking,
   * before committing) into the journal, under their own owner and time, so the claim below
   * takes them over; then removes those logs. A key already there is left alone, so two
   * processes replaying one log at once, or one log twice, insert each record once.
   */
  async replayLogs(): Promise<void> {
    if (!this.logDir) return;
    let files: string[];
    try {
      files = readdirSync(this.logDir).filter((f) => f.endsWith('.log') && f !== `${this.instance}.log`);
    } catch {
      return; // no log yet
    }
    if (files.length === 0) return;
    // Listed before the live processes are read: a log started meanwhile belongs to one that beats (start()).
    const alive = new Set((await this.alive().execute()).map((r) => r.id));
    for (const f of files) {
      const owner = f.slice(0, -'.log'.length);
      if (alive.has(owner)) continue;
      const file = this.logFile(owner);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // replayed and removed by a peer just now
      }
      const rows: JournalTable[] = [];
      for (const line of text.split('\n')) {
        if (line === '') continue;
        const row = parseIntakeLine(line);
        if (row) rows.push(row);
        else this.logger.warn(`airank: skipped a torn line in the intake log ${file} (its process was killed while writing it)`);
      }
      const stored = await this.db.transaction().execute((trx) => insertNew(trx, rows));
      rmSync(file, { force: true });
      if (stored.size > 0) this.logger.info(`airank: ${stored.size} acknowledged request(s) of stopped process ${owner} recovered from its intake log`);
    }
  }

  /** Processes that beat within staleMs. */
  private alive() {
    return this.db
      .selectFrom('instances')
      .select('id')
      .where('heartbeat_at', '>=', new Date(this.now().getTime() - this.timing.staleMs).toISOString());
  }

  /**
   * Claims the pending and sending commands and mentions of processes that died or left
   * (recover.ts looks for a sending mention in its thread first, and tells the asker of a
   * sending command it may have arrived instead of sending it again), still within
   * the response window; marks older ones expired. Each claim is one conditional UPDATE.
   */
  async claimOrphans(): Promise<StoredEntry[]> {
    await this.replayLogs();
    const now = this.now().getTime();
    const windowStart = new Date(now - RESPONSE_WINDOW_MS).toISOString();
    await this.db
      .updateTable('journal')
      .set({ state: 'expired' })
      .where('state', 'in', ['pending', 'sending'])
      .where('received_at', '<', windowStart)
      .execute();
    const alive = this.alive();
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
    await this.stopWriter();
    if (this.logFd === null) return;
    closeSync(this.logFd);
    this.logFd = null;
    // Records not committed in time stay in the log, for the next start (or a replica) to replay.
    if (this.uncommitted === 0) rmSync(this.logFile(), { force: true });
  }

  /** Stops the writer thread once the writes already sent to it are committed (after the drain). */
  async stopWriter(): Promise<void> {
    const writer = this.writer;
    if (!writer) return;
    const deadline = Date.now() + 5_000;
    while (this.sent.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    this.writer = null;
    await writer.terminate();
  }

  async pending(): Promise<StoredEntry[]> {
    return this.db.selectFrom('journal').selectAll().where('state', '=', 'pending').orderBy('received_at').execute();
  }
}

/** Inserts the rows whose key is not there yet; says which keys it inserted. */
async function insertNew(trx: Kysely<StateTables>, rows: JournalTable[]): Promise<Set<string>> {
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
  return stored;
}
