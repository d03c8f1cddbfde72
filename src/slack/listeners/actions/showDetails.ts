// "Caveats & method": the whole account of an answer (every caveat, note, source), only
// for the clicker, beside the answer, asked again from the question the button carries.
import { replyTo, type Deps } from '../../delivery/reply.ts';
import { readButton, toClicker } from './readButton.ts';
import type { ButtonArgs } from './types.ts';

export function showDetails(deps: Deps) {
  return async (args: ButtonArgs): Promise<void> => {
    const state = await readButton(deps, args, 'Details');
    if (!state) return;
    const reply = await replyTo(deps, state.q, { offset: state.o, postButton: false, details: true });
    await toClicker(deps, args, reply.lang, reply.message, `details ${JSON.stringify(state.q)}`);
  };
}
