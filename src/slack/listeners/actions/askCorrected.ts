// "Ask: <corrected question>" on a question airank could not read: the answer to the
// corrected question replaces the error, which only the asker saw.
import { deliver } from '../../delivery/deliver.ts';
import { replyTo, type Deps } from '../../delivery/reply.ts';
import { readButton } from './readButton.ts';
import { buttonDestination, onEphemeral, type ButtonArgs } from './types.ts';

export function askCorrected(deps: Deps) {
  return async (args: ButtonArgs): Promise<void> => {
    const state = await readButton(deps, args, 'Ask corrected');
    if (!state) return;
    const ephemeral = onEphemeral(args.body);
    const reply = await replyTo(deps, state.q, { postButton: ephemeral });
    await deliver(deps.logger, buttonDestination(args, reply.lang, 'ephemeral', ephemeral), reply.message, `corrected question ${JSON.stringify(state.q)}`);
  };
}
