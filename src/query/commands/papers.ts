// `papers` (as the first word): the author slots behind a figure.
import { COMPLETE_YEARS } from '../read/years.ts';
import { msg, reject } from '../read/reject.ts';
import { dedupe, pageOffset, yearsOr } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { entityToken, formatYears, withOptions } from './canonicalText.ts';

/** A page of `papers` without `top N`. */
const PAGE = 20;

export const papers = defineCommand({
  kind: 'papers',
  // No words of its own: `papers` is the counting method except as the first word (parse.ts reads it by position).
  words: { papers: [] },
  paged: true,
  listsSlots: true,
  fromWords(state) {
    const entities = dedupe(state.entities);
    if (entities.length !== 1) reject(msg('papersOne'), 'papers Tsinghua 2024 neurips');
    // Every row unless `top N` is given; `page 2` pages by N, or by 20 without it.
    const limit = state.limit ?? (state.page !== undefined ? PAGE : undefined);
    return {
      kind: 'papers',
      entity: entities[0],
      years: yearsOr(state, [...COMPLETE_YEARS]),
      ...(limit !== undefined ? { limit } : {}),
      ...pageOffset(state, limit ?? PAGE),
    };
  },
  canonical: (q, options, lexicon) =>
    withOptions(
      ['papers', entityToken(q.entity, 'country', lexicon), formatYears(q.years), ...(q.limit !== undefined ? ['top', String(q.limit)] : [])],
      options,
      q,
    ),
  examples: ['papers Tsinghua 2024 neurips', 'papers JP 2023 oral', 'papers MIT 2024 top 50'],
  topic: {
    name: 'papers',
    aliases: ['paper'],
  },
});
