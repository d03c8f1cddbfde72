// How an author slot's institution was taken, in the words the drill-down and the
// correction modal both show: evidence (and how it was linked), intern mark, rule.
import { isInternPosition } from '../../ingest/records/types.ts';

export interface SlotBasisRow {
  evidence: string | null;
  link_basis: string | null;
  profile_position: string | null;
  rule: string | null;
}

/** An intern slot says so: replaced by the home affiliation (intern_home says it), or kept for want of one. */
function internMark(evidence: string | null, position: string | null): string {
  return evidence !== 'intern_home' && isInternPosition(position ?? undefined) ? ' · intern (no non-intern record: intern value kept)' : '';
}

export function slotBasis(r: SlotBasisRow): string {
  return `${r.evidence ?? '-'}${r.link_basis ? ` (${r.link_basis})` : ''}${internMark(r.evidence, r.profile_position)} / ${r.rule ?? '-'}`;
}
