// The modal submitted: check every field (errors go back next to the field), then store
// the proposal, committed before the modal closes, and say what happens next.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { validateProposal } from '../../../corrections/validate.ts';
import { t } from '../../../i18n/t.ts';
import { logInternalError, newErrorId } from '../../delivery/errors.ts';
import type { Deps } from '../../delivery/reply.ts';
import { escapeMrkdwn } from '../../render/text.ts';
import { ACTION_INSTITUTION, ACTION_PICK_SLOT, modalState, recordedModal } from './modal.ts';
import { offeredSlot } from './offeredSlot.ts';

type SubmitArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function submitProposal(deps: Deps) {
  return async ({ ack, body, context, view }: SubmitArgs): Promise<void> => {
    const corrections = deps.corrections;
    const lang = modalState(view.private_metadata).l;
    if (!corrections) return void (await ack({ response_action: 'errors', errors: { slot: t(lang, 'corr.notSetUp') } }));
    const v = view.state.values;
    try {
      const checked = await validateProposal(
        {
          slot: v.slot?.[ACTION_PICK_SLOT]?.selected_option?.value,
          offered: (value) => offeredSlot(value, context.botToken),
          institution: v.institution?.[ACTION_INSTITUTION]?.selected_option?.value,
          other: v.other?.other?.value,
          evidence: v.evidence?.evidence?.value,
          slackUser: body.user.id,
          slackName: body.user.name ?? null,
          lang,
        },
        corrections.figures,
        corrections.store,
      );
      if (!checked.ok) return void (await ack({ response_action: 'errors', errors: checked.errors }));
      const p = await corrections.store.propose(checked.proposal);
      const to = p.institution ? (corrections.figures.institution(p.institution)?.name ?? p.institution) : t(lang, 'corr.notCurated', { name: p.other ?? '' });
      const text = t(lang, 'corr.recorded', {
        id: p.id,
        author: escapeMrkdwn(p.author),
        position: p.position,
        title: escapeMrkdwn(p.title),
        institution: escapeMrkdwn(to),
      });
      await ack({ response_action: 'update', view: recordedModal(text, lang) });
    } catch (error) {
      const errorId = newErrorId();
      logInternalError(deps.logger, errorId, error, 'correction proposal');
      await ack({ response_action: 'errors', errors: { evidence: t(lang, 'corr.err.failed', { errorId }) } });
    }
  };
}
