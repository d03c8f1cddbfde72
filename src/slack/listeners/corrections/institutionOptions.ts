// The new-institution picker: curated institutions matching what the user typed.
import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../delivery/reply.ts';
import { MAX_OPTION_TEXT, MAX_OPTIONS } from '../../render/limits.ts';
import { truncate } from '../../../i18n/clip.ts';

type OptionsArgs = AllMiddlewareArgs & SlackOptionsMiddlewareArgs<'block_suggestion'>;

export function institutionOptions(deps: Deps) {
  return async ({ ack, payload }: OptionsArgs): Promise<void> => {
    const found = deps.corrections?.figures.search(payload.value ?? '', MAX_OPTIONS) ?? [];
    await ack({
      options: found.map((i) => ({
        text: { type: 'plain_text' as const, text: truncate(`${i.name}${i.country ? ` (${i.country})` : ''}`, MAX_OPTION_TEXT) },
        value: i.id,
      })),
    });
  };
}
