// The shared state's tables, as kysely sees them: what replicas of the bot and the
// terminal share (acked requests, live bot processes, correction proposals). Times are
// ISO-8601 UTC text, which sorts and compares the same way in SQLite and Postgres.
import type { Generated } from 'kysely';
import type { Conference } from '../domain/ids.ts';

export interface JournalTable {
  /** Idempotency key built from what Slack signed (journal.ts, intake.ts). */
  key: string;
  /** 'command' and 'mention' are answered again after a crash; the rest are only keys. */
  kind: string;
  /** pending → sending (the answer is on its way: a command's is never sent again, a mention's only if its thread lacks it) → answered; expired past the window. */
  state: 'pending' | 'sending' | 'answered' | 'expired';
  /** The bot process (instances.id) answering it. */
  owner: string;
  response_url: string | null;
  channel: string | null;
  thread_ts: string | null;
  user_id: string | null;
  question: string | null;
  received_at: string;
  answered_at: string | null;
}

export interface InstancesTable {
  id: string;
  heartbeat_at: string;
}

export interface ProposalsTable {
  id: Generated<number>;
  status: Generated<'pending' | 'accepted' | 'rejected'>;
  conference: Conference;
  year: number;
  source_id: string;
  title: string;
  position: number;
  author: string;
  current_institution: string | null;
  current_basis: string;
  institution: string | null;
  other: string | null;
  evidence: string;
  slack_user: string;
  slack_name: string | null;
  lang: Generated<string>;
  snapshot: string | null;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  why: string | null;
  correction_id: number | null;
  notice: string | null;
  notice_state: 'pending' | 'sent' | null;
}

export interface StateTables {
  journal: JournalTable;
  instances: InstancesTable;
  proposals: ProposalsTable;
}
