// The proposal store, in the shared state store (src/state/: SQLite in WAL mode by default,
// Postgres for replicas), apart from the read-only figures database. Every proposal is
// committed before it is acknowledged, so nothing is lost if the bot restarts; a decision
// and a notice's sending are each claimed by one conditional UPDATE, so two editors or two
// senders at once never both succeed.
import { sql } from 'kysely';
import type { Lang } from '../domain/lang.ts';
import type { Conference } from '../domain/ids.ts';
import { openState, stateUrl, type StateDb } from '../state/open.ts';

/** Where proposals live: AIRANK_STATE_URL, else the SQLite file AIRANK_CORRECTIONS_DB (default var/corrections.sqlite). */
export function correctionsDbPath(): string {
  return stateUrl();
}

export type ProposalStatus = 'pending' | 'accepted' | 'rejected';

export interface NewProposal {
  conference: Conference;
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

const COLUMNS = [
  'id',
  'status',
  'conference',
  'year',
  'source_id as sourceId',
  'title',
  'position',
  'author',
  'current_institution as currentInstitution',
  'current_basis as currentBasis',
  'institution',
  'other',
  'evidence',
  'slack_user as slackUser',
  'slack_name as slackName',
  'lang',
  'snapshot',
  'proposed_at as proposedAt',
  'decided_by as decidedBy',
  'decided_at as decidedAt',
  'why',
  'correction_id as correctionId',
  'notice',
  'notice_state as noticeState',
] as const;

export class ProposalStore {
  constructor(private readonly state: StateDb) {}

  /** Opens the store named by `url` (default: AIRANK_STATE_URL or AIRANK_CORRECTIONS_DB). */
  static async open(url?: string): Promise<ProposalStore> {
    return new ProposalStore(await openState(url));
  }

  get where(): string {
    return this.state.where;
  }

  private select() {
    return this.state.db.selectFrom('proposals').select(COLUMNS);
  }

  async propose(p: NewProposal, now = new Date()): Promise<Proposal> {
    const { id } = await this.state.db
      .insertInto('proposals')
      .values({
        conference: p.conference,
        year: p.year,
        source_id: p.sourceId,
        title: p.title,
        position: p.position,
        author: p.author,
        current_institution: p.currentInstitution,
        current_basis: p.currentBasis,
        institution: p.institution,
        other: p.other,
        evidence: p.evidence,
        slack_user: p.slackUser,
        slack_name: p.slackName,
        lang: p.lang,
        snapshot: p.snapshot,
        proposed_at: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await this.get(id))!;
  }

  async get(id: number): Promise<Proposal | undefined> {
    return (await this.select().where('id', '=', id).executeTakeFirst()) as Proposal | undefined;
  }

  async list(status?: ProposalStatus): Promise<Proposal[]> {
    let q = this.select().orderBy('id');
    if (status) q = q.where('status', '=', status);
    return (await q.execute()) as Proposal[];
  }

  /** A pending proposal for the same slot and institution, if any (asked twice is one proposal). */
  async pendingDuplicate(p: Pick<NewProposal, 'conference' | 'year' | 'sourceId' | 'position' | 'institution' | 'other'>): Promise<Proposal | undefined> {
    let q = this.select()
      .where('status', '=', 'pending')
      .where('conference', '=', p.conference)
      .where('year', '=', p.year)
      .where('source_id', '=', p.sourceId)
      .where('position', '=', p.position);
    q = p.institution === null ? q.where('institution', 'is', null) : q.where('institution', '=', p.institution);
    q = p.other === null ? q.where('other', 'is', null) : q.where(sql`lower(other)`, '=', p.other.toLowerCase());
    return (await q.orderBy('id').limit(1).executeTakeFirst()) as Proposal | undefined;
  }

  /** Records the decision in one UPDATE that only a still-pending proposal passes (false otherwise). */
  async decide(id: number, d: { status: 'accepted' | 'rejected'; by: string; why?: string; notice: string | null }, now = new Date()): Promise<boolean> {
    const result = await this.state.db
      .updateTable('proposals')
      .set({
        status: d.status,
        decided_by: d.by,
        decided_at: now.toISOString(),
        why: d.why ?? null,
        notice: d.notice,
        notice_state: d.notice === null ? null : 'pending',
      })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Sets the correction number and the notice (now pending) once the accepted entry is in data/corrections.json; once only. */
  async linkCorrection(id: number, correctionId: number, notice: string): Promise<void> {
    await this.state.db
      .updateTable('proposals')
      .set({ correction_id: correctionId, notice, notice_state: 'pending' })
      .where('id', '=', id)
      .where('correction_id', 'is', null)
      .execute();
  }

  async pendingNotices(): Promise<Proposal[]> {
    return (await this.select().where('notice_state', '=', 'pending').orderBy('id').execute()) as Proposal[];
  }

  /**
   * Claims a notice for sending: one UPDATE from pending to sent, which only one sender
   * wins. The winner sends it, and gives it back (`releaseNotice`) if Slack refused it.
   */
  async claimNotice(id: number): Promise<boolean> {
    const result = await this.state.db
      .updateTable('proposals')
      .set({ notice_state: 'sent' })
      .where('id', '=', id)
      .where('notice_state', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async releaseNotice(id: number): Promise<void> {
    await this.state.db.updateTable('proposals').set({ notice_state: 'pending' }).where('id', '=', id).where('notice_state', '=', 'sent').execute();
  }

  /** 'wal' for SQLite once opened (what lets several processes write at once); 'postgres' otherwise. */
  async journalMode(): Promise<string> {
    if (this.state.dialect === 'postgres') return 'postgres';
    const { rows } = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(this.state.db);
    return rows[0].journal_mode;
  }

  async close(): Promise<void> {
    await this.state.close();
  }
}
