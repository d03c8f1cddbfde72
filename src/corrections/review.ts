// Reviewing proposals in the terminal: accept moves one into data/corrections.json, reject
// into the rejected log; both leave a notice for the proposer. The store decides first, in
// one UPDATE that only a still-pending proposal passes, so of two editors at once exactly
// one wins; only the winner writes the file (under a lock, atomically). Entries carry
// their proposal number, so a crash between the two steps is finished by running the same
// command again.
import { t } from '../i18n/t.ts';
import { CONFERENCE_LABEL } from '../query/figures/meta.ts';
import { appendCorrection, appendRejected, loadCorrections, loadRejected, type Correction } from './entry.ts';
import type { FiguresLookup } from './figuresLookup.ts';
import type { Proposal, ProposalStore } from './store.ts';
import type { Conference } from '../domain/ids.ts';

export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewError';
  }
}

export interface ReviewDeps {
  store: ProposalStore;
  dataDir: string;
  /** Curated institution ids and names (data/institutions.json). */
  curated: Map<string, string>;
  /** The current figures database, to refuse a slot it no longer has; null when none is built. */
  figures: FiguresLookup | null;
}

const conferenceLabel = (p: Proposal) => CONFERENCE_LABEL[p.conference as Conference] ?? p.conference;

/** The placeholders every notice to a proposer fills. */
const slotVars = (p: Proposal) => ({ id: p.id, author: p.author, position: p.position, title: p.title, conference: conferenceLabel(p), year: p.year });

const paperLabel = (p: Proposal) => `${p.author} (author ${p.position}) on "${p.title}", ${conferenceLabel(p)} ${p.year}`;

/** Who proposed it, as both files record it. */
const proposedBy = (p: Proposal) => (p.slackName ? `${p.slackName} (Slack ${p.slackUser})` : `Slack ${p.slackUser}`);

/** The proposal, if it is pending or `status` with its file entry missing (a rerun finishing it); else a clear refusal. */
async function decidable(deps: ReviewDeps, id: number, status: 'accepted' | 'rejected'): Promise<Proposal> {
  const p = await deps.store.get(id);
  if (!p) throw new ReviewError(`No proposal #${id}. \`airank corrections\` lists the pending ones.`);
  const inFile = () => (status === 'accepted' ? loadCorrections(deps.dataDir) : loadRejected(deps.dataDir)).some((e) => e.proposal === id);
  if (p.status !== 'pending' && (p.status !== status || inFile()))
    throw new ReviewError(`Proposal #${id} was already ${p.status} by ${p.decidedBy} on ${p.decidedAt?.slice(0, 10)}.`);
  return p;
}

const lost = (id: number, status: string) =>
  new ReviewError(
    `Proposal #${id} was ${status === 'accepted' ? 'rejected' : 'accepted'} by someone else meanwhile; nothing was written. \`airank corrections\` shows the pending ones.`,
  );

export async function acceptProposal(
  deps: ReviewDeps,
  id: number,
  opts: { by: string; as?: string; now?: Date },
): Promise<{ correction: Correction; notice: string }> {
  let p = await decidable(deps, id, 'accepted');
  const institution = opts.as ?? p.institution;
  if (!institution) {
    throw new ReviewError(
      `Proposal #${id} names an institution that is not in the curated list: "${p.other}". Add it to data/institutions.json ` +
        `(reviewed like any curated entry), then accept with --as <its id>; or reject the proposal with --why.`,
    );
  }
  const name = deps.curated.get(institution);
  if (!name) throw new ReviewError(`"${institution}" is not a curated institution id in data/institutions.json.`);
  if (p.status === 'pending') {
    if (deps.figures && !deps.figures.slot({ conference: p.conference as Conference, year: p.year, sourceId: p.sourceId, position: p.position })) {
      throw new ReviewError(
        `Proposal #${id}: ${paperLabel(p)} is not in the current database (rebuilt since?), so the entry would fail the build. Reject it, or rebuild and check.`,
      );
    }
    // The notice waits for the correction number (linkCorrection below), so it is not sent half-written.
    if (!(await deps.store.decide(id, { status: 'accepted', by: opts.by, notice: null }, opts.now))) {
      const now = await deps.store.get(id);
      if (now?.status !== 'accepted') throw lost(id, 'accepted');
    }
    p = (await deps.store.get(id))!;
  }
  const correction = await appendCorrection(deps.dataDir, {
    conference: p.conference as Conference,
    year: p.year,
    paper: p.sourceId,
    position: p.position,
    author: p.author,
    institution,
    evidence: p.evidence,
    proposedBy: proposedBy(p),
    proposedAt: p.proposedAt,
    acceptedBy: p.decidedBy ?? opts.by,
    acceptedAt: p.decidedAt ?? new Date().toISOString(),
    proposal: id,
  });
  const notice = t(p.lang, 'corr.accepted', { ...slotVars(p), institution: name, correction: correction.id });
  await deps.store.linkCorrection(id, correction.id, notice);
  return { correction, notice };
}

export async function rejectProposal(deps: ReviewDeps, id: number, opts: { by: string; why: string | undefined; now?: Date }): Promise<{ notice: string }> {
  let p = await decidable(deps, id, 'rejected');
  const why = p.status === 'rejected' ? p.why! : opts.why?.trim();
  if (!why) throw new ReviewError('reject needs a reason: --why "..." (the proposer is told it).');
  const notice = t(p.lang, 'corr.rejected', { ...slotVars(p), why });
  if (p.status === 'pending') {
    if (!(await deps.store.decide(id, { status: 'rejected', by: opts.by, why, notice }, opts.now))) {
      const now = await deps.store.get(id);
      if (now?.status !== 'rejected') throw lost(id, 'rejected');
    }
    p = (await deps.store.get(id))!;
  }
  await appendRejected(deps.dataDir, {
    proposal: id,
    conference: p.conference,
    year: p.year,
    paper: p.sourceId,
    position: p.position,
    author: p.author,
    ...(p.institution ? { institution: p.institution } : { other: p.other ?? '' }),
    evidence: p.evidence,
    proposedBy: proposedBy(p),
    proposedAt: p.proposedAt,
    rejectedBy: p.decidedBy ?? opts.by,
    rejectedAt: p.decidedAt ?? new Date().toISOString(),
    why: p.why ?? why,
  });
  return { notice: p.notice ?? notice };
}
