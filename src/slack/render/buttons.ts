// Buttons on an answer and the state they carry. A button's value holds the question
// text, the row offset and the data snapshot, so a click re-asks the core instead of
// trusting anything rendered earlier.
import type { ActionsBlock, Button } from '@slack/types';
import { t } from '../../i18n/t.ts';
import { MAX_BUTTON_VALUE } from './limits.ts';
import type { Lang } from '../../domain/lang.ts';

export const ACTION_POST = 'airank_post_to_channel';
export const ACTION_NEXT = 'airank_next_page';
export const ACTION_CSV = 'airank_csv';
export const ACTION_CHART = 'airank_chart';
export const ACTION_PROPOSE = 'airank_propose_correction';
export const ACTION_DETAILS = 'airank_details';
/** On a question airank could not read: ask the corrected question instead. */
export const ACTION_ASK = 'airank_ask_corrected';

export interface ButtonState {
  /** The question as the user typed it (mention stripped). */
  q: string;
  /** Row offset of the page to show. */
  o: number;
  /** Snapshot of the answer the button was rendered with. */
  s: string;
}

export function encodeState(state: ButtonState): string | null {
  const value = JSON.stringify(state);
  return value.length <= MAX_BUTTON_VALUE ? value : null;
}

/** Values come back from Slack inside a signed request, but are still checked field by field. */
export function decodeState(value: string | undefined): ButtonState | null {
  if (!value) return null;
  try {
    const v = JSON.parse(value) as Partial<ButtonState>;
    if (typeof v.q !== 'string' || typeof v.s !== 'string') return null;
    if (typeof v.o !== 'number' || !Number.isInteger(v.o) || v.o < 0) return null;
    return { q: v.q, o: v.o, s: v.s };
  } catch {
    return null;
  }
}

export interface ButtonPlan {
  /** The answer's language: button labels follow it. */
  lang: Lang;
  post: boolean;
  /** Offset of the next page, when there is one. */
  nextOffset: number | null;
  csv: boolean;
  /** The answer has a chart (src/render/chart/chartable.ts). */
  chart?: boolean;
  /** A drill-down with author slots: offer "Propose a correction" (issue 16). */
  propose?: boolean;
  /** "Caveats & method": the whole account of the answer, to the clicker (issue 20). */
  details?: boolean;
}

export function actionsBlock(q: string, offset: number, snapshot: string, plan: ButtonPlan): ActionsBlock | null {
  const buttons: Button[] = [];
  const here = encodeState({ q, o: offset, s: snapshot });
  if (here === null) return null; // question too long to carry: no buttons rather than broken ones
  if (plan.post) {
    buttons.push({
      type: 'button',
      action_id: ACTION_POST,
      text: { type: 'plain_text', text: t(plan.lang, 'slack.buttonPost') },
      style: 'primary',
      value: here,
    });
  }
  if (plan.nextOffset !== null) {
    const next = encodeState({ q, o: plan.nextOffset, s: snapshot });
    if (next !== null) {
      buttons.push({ type: 'button', action_id: ACTION_NEXT, text: { type: 'plain_text', text: t(plan.lang, 'slack.buttonNext') }, value: next });
    }
  }
  if (plan.csv) {
    buttons.push({
      type: 'button',
      action_id: ACTION_CSV,
      text: { type: 'plain_text', text: t(plan.lang, 'slack.buttonCsv') },
      value: encodeState({ q, o: 0, s: snapshot }) ?? here,
    });
  }
  if (plan.chart) {
    buttons.push({
      type: 'button',
      action_id: ACTION_CHART,
      text: { type: 'plain_text', text: t(plan.lang, 'slack.buttonChart') },
      value: encodeState({ q, o: 0, s: snapshot }) ?? here,
    });
  }
  if (plan.propose) {
    buttons.push({ type: 'button', action_id: ACTION_PROPOSE, text: { type: 'plain_text', text: t(plan.lang, 'slack.buttonPropose') }, value: here });
  }
  if (plan.details) {
    buttons.push({ type: 'button', action_id: ACTION_DETAILS, text: { type: 'plain_text', text: t(plan.lang, 'slack.buttonDetails') }, value: here });
  }
  return buttons.length > 0 ? { type: 'actions', block_id: 'airank_actions', elements: buttons } : null;
}
