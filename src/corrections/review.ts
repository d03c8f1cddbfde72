// Reviewing proposals in the terminal: accept moves one into data/corrections.json, reject
// into the rejected log; both leave a notice for the proposer. Files are written before
// the store is updated, and an accepted entry carries its proposal number, so a crash
// between the two steps is finished by running the same command again.
import { t } from '../i18n/t.ts';
import { CONFERENCE_LABEL } from '../query/meta.ts';
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

function pending(deps: ReviewDeps, id: number): Proposal {
  const p = deps.store.get(id);
  if (!p) throw new ReviewError(`No proposal #${id}. \`airank corrections\` lists the pending ones.`);
  if (p.status !== 'pending') throw new ReviewError(`Proposal #${id} was already ${p.status} by ${p.decidedBy} on ${p.decidedAt?.slice(0, 10)}.`);
  return p;
}

export function acceptProposal(deps: ReviewDeps, id: number, opts: { by: string; as?: string; now?: Date }): { correction: Correction; notice: string } {
  const p = pending(deps, id);
  const institution = opts.as ?? p.institution;
  if (!institution) {
    throw new ReviewError(
      `Proposal #${id} names an institution that is not in the curated list: "${p.other}". Add it to data/institutions.json ` +
        `(reviewed like any curated entry), then accept with --as <its id>; or reject the proposal with --why.`,
    );
  }
  const name = deps.curated.get(institution);
  if (!name) throw new ReviewError(`"${institution}" is not a curated institution id in data/institutions.json.`);
  if (deps.figures && !deps.figures.slot({ conference: p.conference as Conference, year: p.year, sourceId: p.sourceId, position: p.position })) {
    throw new ReviewError(`Proposal #${id}: ${paperLabel(p)} is not in the current database (rebuilt since?), so the entry would fail the build. Reject it, or rebuild and check.`);
  }
  const now = opts.now ?? new Date();
  const correction =
    loadCorrections(deps.dataDir).find((c) => c.proposal === id) ??
    appendCorrection(deps.dataDir, {
      conference: p.conference as Conference,
      year: p.year,
      paper: p.sourceId,
      position: p.position,
      author: p.author,
      institution,
      evidence: p.evidence,
      proposedBy: proposedBy(p),
      proposedAt: p.proposedAt,
      acceptedBy: opts.by,
      acceptedAt: now.toISOString(),
      proposal: id,
    });
  const notice = t(p.lang, 'corr.accepted', { ...slotVars(p), institution: name, correction: correction.id });
  if (!deps.store.decide(id, { status: 'accepted', by: opts.by, correctionId: correction.id, notice }, now)) {
    throw new ReviewError(`Proposal #${id} was decided by someone else meanwhile; check data/corrections.json (correction #${correction.id}) against \`airank corrections\`.`);
  }
  return { correction, notice };
}

export function rejectProposal(deps: ReviewDeps, id: number, opts: { by: string; why: string | undefined; now?: Date }): { notice: string } {
  const p = pending(deps, id);
  const why = opts.why?.trim();
  if (!why) throw new ReviewError('reject needs a reason: --why "..." (the proposer is told it).');
  const now = opts.now ?? new Date();
  if (!loadRejected(deps.dataDir).some((r) => r.proposal === id)) appendRejected(deps.dataDir, {
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
    rejectedBy: opts.by,
    rejectedAt: now.toISOString(),
    why,
  });
  const notice = t(p.lang, 'corr.rejected', { ...slotVars(p), why });
  if (!deps.store.decide(id, { status: 'rejected', by: opts.by, why, notice }, now)) {
    throw new ReviewError(`Proposal #${id} was decided by someone else meanwhile; check data/corrections-rejected.json against \`airank corrections\`.`);
  }
  return { notice };
}
