// `teamsize`: authors per accepted paper, per year.
import { COMPLETE_YEARS } from '../read/years.ts';
import { msg, reject } from '../read/reject.ts';
import { noEntities, yearsOr } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { formatYears, withOptions } from './canonicalText.ts';

export const teamsize = defineCommand({
  kind: 'teamsize',
  words: { teamsize: ['teamsize', 'team-size'] },
  /** teamsize counts papers, not affiliations: filters on who the authors are cannot apply. */
  refuse(state) {
    const { filters, method, rollup } = state.options;
    const refused = [
      filters.country ? '`country:`' : '',
      filters.instType ? `\`${filters.instType}\`` : '',
      filters.exact ? '`exact`' : '',
      !rollup ? '`units`' : '',
      method !== 'authors' ? `\`${method}\`` : '',
    ].filter(Boolean);
    if (refused.length > 0) reject(msg('teamsizeFilters', { refused: refused.join(', ') }), 'teamsize 2020-2024 neurips main');
  },
  fromWords(state) {
    noEntities(state, 'teamsize', 'teamsize 2020-2024');
    return { kind: 'teamsize', years: yearsOr(state, [...COMPLETE_YEARS]) };
  },
  canonical: (q, options) => withOptions(['teamsize', formatYears(q.years)], options),
  examples: ['teamsize 2020-2024', 'teamsize', 'teamsize 2020-2024 neurips', 'teamsize 2024 main oral'],
  topic: {
    name: 'teamsize',
    aliases: ['team-size'],
  },
});
