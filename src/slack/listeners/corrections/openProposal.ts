// "Propose a correction" on a drill-down: ask the same question again (the button carries
// it) and open the modal over that page's author slots.
import { t } from '../../../i18n/t.ts';
import { isParseError } from '../../../query/types.ts';
import { errorReply, runQueued, yieldToEventLoop, type Deps } from '../../reply.ts';
import { decodeState } from '../../render/buttons.ts';
import { pageOf } from '../../render/answer.ts';
import type { ButtonArgs } from '../actions/types.ts';
import { proposalModal, slotOptions } from './modal.ts';

export function openProposal(deps: Deps) {
  return async ({ ack, action, body, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const say = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const state = decodeState(action.value);
    try {
      if (!state) return void (await say('This button has expired; please ask again.'));
      if (!deps.corrections) return void (await say(t('en', 'corr.notSetUp')));
      await yieldToEventLoop();
      const answer = await runQueued(() => deps.asker.ask(state.q, state.o > 0 ? { offset: state.o } : {}));
      if (isParseError(answer) || answer.kind !== 'papers') return void (await say(t(isParseError(answer) ? 'en' : answer.meta.lang, 'corr.fromDrillDown')));
      const lang = answer.meta.lang;
      const page = pageOf(answer, state.o);
      const skip = page.offset - answer.offset;
      const options = slotOptions(page.rows, (answer.slots ?? []).slice(skip, skip + page.rows.length));
      if (options.length === 0) return void (await say(t(lang, 'corr.noSlots')));
      await client.views.open({ trigger_id: body.trigger_id, view: proposalModal({ q: state.q, s: answer.meta.snapshot, l: lang }, answer.meta.command, options) });
    } catch (error) {
      const reply = errorReply(deps, error, `propose correction ${JSON.stringify(state?.q)}`);
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply.message }).catch(() => undefined);
    }
  };
}
