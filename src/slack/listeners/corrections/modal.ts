// The "Propose a correction" modal: pick an author slot of the drill-down page, see its
// institution today and why, choose the new institution (curated list, or Other) and give
// the evidence. Built within Slack's limits (100 select options, 75-character option text,
// 3,000-character private metadata, 24-character titles).
import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { SlotDetails } from '../../../corrections/figuresLookup.ts';
import { encodeSlot } from '../../../corrections/slotKey.ts';
import { MAX_EVIDENCE, MAX_OTHER } from '../../../corrections/validate.ts';
import { t, punct } from '../../../i18n/t.ts';
import { MAX_OPTION_TEXT, MAX_OPTION_VALUE, MAX_OPTIONS, MAX_SECTION_TEXT } from '../../render/limits.ts';
import { escapeMrkdwn } from '../../render/text.ts';
import { LANGS, type Lang } from '../../../domain/lang.ts';
import type { Cell } from '../../../domain/table.ts';
import type { SlotRef } from '../../../domain/slotRef.ts';
import { truncate } from '../../../i18n/clip.ts';
import { offerSlot } from './offeredSlot.ts';

export const CALLBACK_PROPOSE = 'airank_propose_correction_modal';
export const ACTION_PICK_SLOT = 'airank_correction_slot';
export const ACTION_INSTITUTION = 'airank_correction_institution';
export const BLOCK_DETAILS = 'slot_details';

/** What the modal carries between requests (the question the rows came from). */
export interface ModalState {
  q: string;
  s: string;
  /** The answer's language: the modal, its messages and the decision notice use it. */
  l: Lang;
}

/** The state a view carries, read defensively (it comes back from Slack). */
export function modalState(privateMetadata: string | undefined): ModalState {
  try {
    const v = JSON.parse(privateMetadata ?? '{}') as Partial<ModalState>;
    return { q: String(v.q ?? ''), s: String(v.s ?? ''), l: (LANGS as readonly unknown[]).includes(v.l) ? v.l! : 'en' };
  } catch {
    return { q: '', s: '', l: 'en' };
  }
}

/** One option per author-slot row of the page: "Kim (1/2) · Paper P5", its value signed (offeredSlot.ts). */
export function slotOptions(rows: Cell[][], slots: Array<SlotRef | null>, botToken: string | undefined): PlainTextOption[] {
  const options: PlainTextOption[] = [];
  rows.forEach((row, i) => {
    const ref = slots[i];
    if (!ref || options.length >= MAX_OPTIONS) return;
    const value = offerSlot(encodeSlot(ref), botToken);
    if (value.length > MAX_OPTION_VALUE) return;
    options.push({ text: { type: 'plain_text', text: truncate(`${row[3]} (${row[4]}) · ${row[0]}`, MAX_OPTION_TEXT) }, value });
  });
  return options;
}

export function detailsBlock(slot: SlotDetails, lang: Lang): KnownBlock {
  const colon = punct(lang).colon.trim();
  const text = [
    `*${t(lang, 'corr.paper')}${colon}* ${escapeMrkdwn(slot.title)} (${slot.ref.conference} ${slot.ref.year})`,
    `*${t(lang, 'corr.author')}${colon}* ${escapeMrkdwn(slot.author)} (${slot.ref.position}/${slot.nAuthors})`,
    `*${t(lang, 'corr.today')}${colon}* ${escapeMrkdwn(slot.institutionName ?? t(lang, 'corr.noInstitution'))}`,
    `*${t(lang, 'corr.why')}${colon}* ${escapeMrkdwn(slot.basis)}`,
  ].join('\n');
  return { type: 'section', block_id: BLOCK_DETAILS, text: { type: 'mrkdwn', text: truncate(text, MAX_SECTION_TEXT) } };
}

export function proposalModal(
  state: ModalState,
  question: string,
  options: PlainTextOption[],
  selected?: { option: PlainTextOption; slot: SlotDetails },
): ModalView {
  const lang = state.l;
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(t(lang, 'corr.intro', { question: escapeMrkdwn(question).replace(/`/g, "'") }), MAX_SECTION_TEXT) },
    },
    {
      type: 'input',
      block_id: 'slot',
      dispatch_action: true,
      label: { type: 'plain_text', text: t(lang, 'corr.slotLabel') },
      element: {
        type: 'static_select',
        action_id: ACTION_PICK_SLOT,
        placeholder: { type: 'plain_text', text: t(lang, 'corr.slotPlaceholder') },
        options,
        ...(selected ? { initial_option: selected.option } : {}),
      },
    },
    ...(selected ? [detailsBlock(selected.slot, lang)] : []),
    {
      type: 'input',
      block_id: 'institution',
      optional: true,
      label: { type: 'plain_text', text: t(lang, 'corr.institutionLabel') },
      element: {
        type: 'external_select',
        action_id: ACTION_INSTITUTION,
        min_query_length: 2,
        placeholder: { type: 'plain_text', text: t(lang, 'corr.institutionPlaceholder') },
      },
    },
    {
      type: 'input',
      block_id: 'other',
      optional: true,
      label: { type: 'plain_text', text: t(lang, 'corr.otherLabel') },
      hint: { type: 'plain_text', text: t(lang, 'corr.otherHint') },
      element: { type: 'plain_text_input', action_id: 'other', max_length: MAX_OTHER },
    },
    {
      type: 'input',
      block_id: 'evidence',
      label: { type: 'plain_text', text: t(lang, 'corr.evidenceLabel') },
      hint: { type: 'plain_text', text: t(lang, 'corr.evidenceHint') },
      element: { type: 'plain_text_input', action_id: 'evidence', multiline: true, max_length: MAX_EVIDENCE },
    },
  ];
  return {
    type: 'modal',
    callback_id: CALLBACK_PROPOSE,
    title: { type: 'plain_text', text: t(lang, 'corr.modalTitle') },
    submit: { type: 'plain_text', text: t(lang, 'corr.submit') },
    close: { type: 'plain_text', text: t(lang, 'corr.cancel') },
    // The question is at most a button value (2,000 characters), well under the 3,000 allowed.
    private_metadata: JSON.stringify(state),
    blocks,
  };
}

export function recordedModal(text: string, lang: Lang): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: t(lang, 'corr.recordedTitle') },
    close: { type: 'plain_text', text: t(lang, 'corr.done') },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: truncate(text, MAX_SECTION_TEXT) } }],
  };
}
