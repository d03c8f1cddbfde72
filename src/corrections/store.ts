// The proposal store: a small writable SQLite file (var/corrections.sqlite, or
// AIRANK_CORRECTIONS_DB), apart from the read-only figures database. WAL mode with a busy
// timeout lets the bot and the terminal write at once; every proposal is committed before
// it is acknowledged, so nothing is lost if the bot restarts.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { PROJECT_ROOT } from '../config.ts';
import type { Lang } from '../domain/lang.ts';

export function correctionsDbPath(): string {
  return process.env.AIRANK_CORRECTIONS_DB ?? path.join(PROJECT_ROOT, 'var', 'corrections.sqlite');
}

export type ProposalStatus = 'pending' | 'accepted' | 'rejected';

export interface NewProposal {
  conference: string;
  year: number;
  sourceId: string;
  title: string;
  /** 1-based. */
  position: number;
  author: string;
  /** Today's institution id (null: none) and why, as the drill-down says it. */
  currentInstitution: string | null;
  currentBasis: string;
  /** A curated id, or null with `other` set. */
  institution: string | null;
  other: string | null;
  evidence: string;
  slackUser: string;
  slackName: string | null;
  /** The proposer's language (the modal's), for the decision notice. */
  lang: Lang;
  /** Data snapshot the proposer looked at. */
  snapshot: string | null;
}

export interface Proposal extends NewProposal {
  id: number;
  status: ProposalStatus;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  why: string | null;
  correctionId: number | null;
  /** The Slack message to the proposer about the decision, and whether it was delivered. */
  notice: string | null;
  noticeState: 'pending' | 'sent' | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS proposals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
  conference TEXT NOT NULL,
  year INTEGER NOT NULL,
  source_id TEXT NOT NULL,
  title TEXT NOT NULL,
  position INTEGER NOT NULL,
  author TEXT NOT NULL,
  current_institution TEXT,
  current_basis TEXT NOT NULL,
  institution TEXT,
  other TEXT,
  evidence TEXT NOT NULL,
  slack_user TEXT NOT NULL,
  slack_name TEXT,
  lang TEXT NOT NULL DEFAULT 'en',
  snapshot TEXT,
  proposed_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  why TEXT,
  correction_id INTEGER,
  notice TEXT,
  notice_state TEXT CHECK (notice_state IN ('pending', 'sent')),
  CHECK ((institution IS NULL) <> (other IS NULL))
)`;

const COLUMNS = `id, status, conference, year, source_id AS sourceId, title, position, author,
  current_institution AS currentInstitution, current_basis AS currentBasis, institution, other, evidence,
  slack_user AS slackUser, slack_name AS slackName, lang, snapshot, proposed_at AS proposedAt, decided_by AS decidedBy,
  decided_at AS decidedAt, why, correction_id AS correctionId, notice, notice_state AS noticeState`;

export class ProposalStore {
  private readonly db: SQLite.Database;

  constructor(readonly file: string = correctionsDbPath()) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.db = new SQLite(file);
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    // Each proposal reaches the disk before the modal closes.
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
  }

  propose(p: NewProposal, now = new Date()): Proposal {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO proposals (conference, year, source_id, title, position, author, current_institution, current_basis,
           institution, other, evidence, slack_user, slack_name, lang, snapshot, proposed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(p.conference, p.year, p.sourceId, p.title, p.position, p.author, p.currentInstitution, p.currentBasis, p.institution, p.other, p.evidence, p.slackUser, p.slackName, p.lang, p.snapshot, now.toISOString());
    return this.get(Number(lastInsertRowid))!;
  }

  get(id: number): Proposal | undefined {
    return this.db.prepare(`SELECT ${COLUMNS} FROM proposals WHERE id = ?`).get(id) as Proposal | undefined;
  }

  list(status?: ProposalStatus): Proposal[] {
    return (status
      ? this.db.prepare(`SELECT ${COLUMNS} FROM proposals WHERE status = ? ORDER BY id`).all(status)
      : this.db.prepare(`SELECT ${COLUMNS} FROM proposals ORDER BY id`).all()) as Proposal[];
  }

  /** A pending proposal for the same slot and institution, if any (asked twice is one proposal). */
  pendingDuplicate(p: Pick<NewProposal, 'conference' | 'year' | 'sourceId' | 'position' | 'institution' | 'other'>): Proposal | undefined {
    return this.db
      .prepare(
        `SELECT ${COLUMNS} FROM proposals WHERE status = 'pending' AND conference = ? AND year = ? AND source_id = ? AND position = ?
           AND institution IS ? AND lower(other) IS lower(?) ORDER BY id LIMIT 1`,
      )
      .get(p.conference, p.year, p.sourceId, p.position, p.institution, p.other) as Proposal | undefined;
  }

  /** Records the decision; only a pending proposal can be decided (false otherwise). */
  decide(id: number, d: { status: 'accepted' | 'rejected'; by: string; why?: string; correctionId?: number; notice: string }, now = new Date()): boolean {
    const { changes } = this.db
      .prepare(
        `UPDATE proposals SET status = ?, decided_by = ?, decided_at = ?, why = ?, correction_id = ?, notice = ?, notice_state = 'pending'
         WHERE id = ? AND status = 'pending'`,
      )
      .run(d.status, d.by, now.toISOString(), d.why ?? null, d.correctionId ?? null, d.notice, id);
    return changes === 1;
  }

  pendingNotices(): Proposal[] {
    return this.db.prepare(`SELECT ${COLUMNS} FROM proposals WHERE notice_state = 'pending' ORDER BY id`).all() as Proposal[];
  }

  markNoticeSent(id: number): void {
    this.db.prepare(`UPDATE proposals SET notice_state = 'sent' WHERE id = ?`).run(id);
  }

  /** 'wal' once opened: what lets several processes write at once. */
  journalMode(): string {
    return String(this.db.pragma('journal_mode', { simple: true }));
  }

  close(): void {
    this.db.close();
  }
}
