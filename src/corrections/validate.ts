// Checks a proposal as typed into the Slack modal, field by field, with messages the
// modal shows next to the field: a slot the modal did not offer or that is not in the
// current data, an institution that is not curated, evidence that is missing or neither a
// web link nor plain text. Text fields are stored cleaned of escape sequences and
// invisible characters (i18n/cleanText.ts), so a reviewer reads what was typed.
import { t } from '../i18n/t.ts';
import { cleanLine, cleanLines } from '../i18n/cleanText.ts';
import type { FiguresLookup } from './figuresLookup.ts';
import { decodeSlot } from './slotKey.ts';
import type { NewProposal, ProposalStore } from './store.ts';
import type { Lang } from '../domain/lang.ts';

export type ProposalField = 'slot' | 'institution' | 'other' | 'evidence';

export interface ProposalInput {
  /** The slot option's value as submitted. */
  slot?: string | null;
  /** The encoded slot an option value names if the modal offered it, else null (a forged value). */
  offered: (value: string) => string | null;
  institution?: string | null;
  other?: string | null;
  evidence?: string | null;
  slackUser: string;
  slackName?: string | null;
  /** The language of the modal: messages, and later the decision notice, use it. */
  lang: Lang;
}

export type Validation = { ok: true; proposal: NewProposal } | { ok: false; errors: Partial<Record<ProposalField, string>> };

export const MAX_EVIDENCE = 1000;
export const MAX_OTHER = 150;

/** A link of another kind than http(s): `ftp://…`, `file:…`, `javascript:…`, `data:…`. */
const OTHER_LINK = /\b(?!https?:)([a-z][a-z0-9+.-]*):\/\/|\b(javascript|vbscript|data|file):/i;

function evidenceProblem(evidence: string, lang: Lang): string | null {
  if (!evidence) return t(lang, 'corr.err.noEvidence');
  if (evidence.length > MAX_EVIDENCE) return t(lang, 'corr.err.evidenceLength', { max: MAX_EVIDENCE });
  const other = OTHER_LINK.exec(evidence);
  if (other) return t(lang, 'corr.err.evidenceKind', { scheme: `${(other[1] ?? other[2]).toLowerCase()}:` });
  for (const link of evidence.match(/\bhttps?:\S*/gi) ?? []) {
    let host = '';
    try {
      host = new URL(link).hostname;
    } catch {
      // reported below
    }
    if (!host.includes('.')) return t(lang, 'corr.err.badUrl');
  }
  return null;
}

export function validateProposal(input: ProposalInput, figures: FiguresLookup, store: ProposalStore): Validation {
  const { lang } = input;
  const errors: Partial<Record<ProposalField, string>> = {};
  const offered = input.slot ? input.offered(input.slot) : null;
  const ref = decodeSlot(offered);
  const slot = ref ? figures.slot(ref) : null;
  if (!input.slot) errors.slot = t(lang, 'corr.err.pickSlot');
  else if (!ref) errors.slot = t(lang, 'corr.err.slotNotOffered');
  else if (!slot) errors.slot = t(lang, 'corr.err.slotGone');

  const id = input.institution?.trim() || null;
  const other = cleanLine(input.other ?? '') || null;
  const chosen = id ? figures.institution(id) : null;
  if (!id && !other) errors.institution = t(lang, 'corr.err.chooseInstitution');
  else if (id && other) errors.other = t(lang, 'corr.err.notBoth');
  else if (id && !chosen) errors.institution = t(lang, 'corr.err.notCurated', { id });
  else if (other) {
    const known = figures.byName(other);
    if (known) errors.other = t(lang, 'corr.err.inList', { name: other, listed: known.name });
    else if (other.length < 2 || other.length > MAX_OTHER) errors.other = t(lang, 'corr.err.otherLength', { min: 2, max: MAX_OTHER });
  }
  if (chosen && slot && slot.institutionId === chosen.id) errors.institution = t(lang, 'corr.err.already', { name: chosen.name });

  const evidence = cleanLines(input.evidence ?? '');
  const problem = evidenceProblem(evidence, lang);
  if (problem) errors.evidence = problem;

  if (slot && ref && !errors.institution && !errors.other) {
    const duplicate = store.pendingDuplicate({ ...ref, institution: chosen?.id ?? null, other: chosen ? null : other });
    if (duplicate) errors.slot = t(lang, 'corr.err.duplicate', { id: duplicate.id });
  }
  if (Object.keys(errors).length > 0 || !slot || !ref) return { ok: false, errors };
  return {
    ok: true,
    proposal: {
      conference: ref.conference,
      year: ref.year,
      sourceId: ref.sourceId,
      title: slot.title,
      position: ref.position,
      author: slot.author,
      currentInstitution: slot.institutionId,
      currentBasis: slot.basis,
      institution: chosen?.id ?? null,
      other: chosen ? null : other,
      evidence,
      slackUser: cleanLine(input.slackUser),
      slackName: cleanLine(input.slackName ?? '') || null,
      lang,
      snapshot: figures.snapshot(),
    },
  };
}
