// "Propose a correction" on a drill-down: ask the same question again (the button carries
// it) and open the modal over that page's author slots.
import { t } from '../../../i18n/t.ts';
import { commandOf } from '../../../query/commands/registry.ts';
import { errorReply, type Deps } from '../../delivery/reply.ts';
import { readButton } from '../actions/readButton.ts';
import type { ButtonArgs } from '../actions/types.ts';
import { retryRateLimited } from '../../delivery/retryPolicy.ts';
import { proposalModal, slotOptions } from './modal.ts';

export function openProposal(deps: Deps) {
  return async (args: ButtonArgs): Promise<void> => {
    const state = await readButton(deps, args, 'Propose');
    if (!state) return;
    const { body, client, context, respond } = args;
    const say = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    try {
      if (!deps.corrections) return void (await say(t('en', 'corr.notSetUp')));
      // Computed by the answer service (a worker thread), like every answer.
      const page = await deps.answers.page(state.q, state.o);
      if (page.kind === 'parse_error' || !commandOf(page.answerKind).listsSlots)
        return void (await say(t(page.kind === 'parse_error' ? 'en' : page.lang, 'corr.fromDrillDown')));
      const lang = page.lang;
      const options = slotOptions(page.rows, page.slots, context.botToken);
      if (options.length === 0) return void (await say(t(lang, 'corr.noSlots')));
      await retryRateLimited(() =>
        client.views.open({ trigger_id: body.trigger_id, view: proposalModal({ q: state.q, s: page.snapshot, l: lang }, page.command, options) }),
      );
    } catch (error) {
      const reply = errorReply(deps, error, `propose correction ${JSON.stringify(state.q)}`);
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply.message }).catch(() => undefined);
    }
  };
}
