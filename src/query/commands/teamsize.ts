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
  summary: {
    en: '  `teamsize 2020-2024`               authors per paper',
    zh: '  `teamsize 2020-2024`               每篇论文的作者数',
    ja: '  `teamsize 2020-2024`               論文 1 本あたりの著者数',
  },
  topic: {
    name: 'teamsize',
    aliases: ['team-size'],
    text: {
      en: `*teamsize* — authors per accepted paper, per year.
  \`teamsize\`  \`teamsize 2020-2024 neurips\`  \`teamsize 2024 main oral\`
It counts every accepted paper, whoever its authors are: conferences, \`main\` and tiers apply; \`country:\`, institution types, \`exact\`, \`units\` and counting methods are refused.`,
      zh: `*teamsize* — 每篇录用论文的作者数，逐年显示。
  \`teamsize\`  \`teamsize 2020-2024 neurips\`  \`teamsize 2024 main oral\`
它统计每篇录用论文，不论作者是谁：会议、\`main\` 和录用类别适用；\`country:\`、机构类别、\`exact\`、\`units\` 和统计方法不适用，会被拒绝。`,
      ja: `*teamsize* — 採択論文 1 本あたりの著者数、年ごと。
  \`teamsize\`  \`teamsize 2020-2024 neurips\`  \`teamsize 2024 main oral\`
著者が誰であれ、すべての採択論文を数えます。会議、\`main\`、採択区分は使えます。\`country:\`、機関の種類、\`exact\`、\`units\`、集計方法は使えず、理由を示して断ります。`,
    },
  },
});
