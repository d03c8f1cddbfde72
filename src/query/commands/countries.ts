// `countries`: countries ranked by authors.
import { LATEST_COMPLETE_YEAR } from '../read/years.ts';
import { noEntities, pageOffset, yearsOr } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { formatYears, withOptions } from './canonicalText.ts';
import { VENUE_PROSE as P } from '../venueProse.ts';

export const countries = defineCommand({
  kind: 'countries',
  words: { countries: ['countries', 'country'] },
  paged: true,
  fromWords(state) {
    noEntities(state, 'countries', 'countries 2024');
    const limit = state.limit ?? 20;
    return { kind: 'countries', years: yearsOr(state, [LATEST_COMPLETE_YEAR]), limit, ...pageOffset(state, limit) };
  },
  groups: () => ({ all: 'country' }),
  canonical: (q, options) => withOptions(['top', String(q.limit), 'countries', formatYears(q.years)], options, q),
  examples: ['countries 2024', 'top 20 countries 2024', 'top 50 countries 2020-2024', 'countries 2024 located'],
  summary: {
    en: '  `top 20 countries 2024`            top countries (default: top 20)',
    zh: '  `top 20 countries 2024`            国家和地区排名（默认前 20 名）',
    ja: '  `top 20 countries 2024`            国・地域の順位（既定：上位 20）',
  },
  topic: {
    name: 'countries',
    aliases: ['country'],
    text: {
      en: `*countries* — countries ranked by authors.
  \`countries\`  \`countries 2023\`  \`top 50 countries 2020-2024\`  \`countries iclr oral\`
  \`countries 2024 located\`   how many authors worked in each country: a multinational's unit abroad counts where it is
Default: top 20, latest complete year (${P.en.lastComplete}). By default an author counts in the country of the organisation their institution rolls up to; every country answer says which rule it used and what the other gives.`,
      zh: `*countries* — 按作者数排列的国家和地区。
  \`countries\`  \`countries 2023\`  \`top 50 countries 2020-2024\`  \`countries iclr oral\`
  \`countries 2024 located\`   每个国家有多少作者在当地工作：跨国公司的海外单位计入其所在国家
默认前 20 名，最新的完整年份（${P.zh.lastComplete}）。默认情况下，作者计入其机构所合并到的上级组织所在的国家；每个国家答案都会说明所用规则及另一规则的结果。`,
      ja: `*countries* — 著者数による国・地域の順位。
  \`countries\`  \`countries 2023\`  \`top 50 countries 2020-2024\`  \`countries iclr oral\`
  \`countries 2024 located\`   各国で働いていた著者の数：多国籍企業の海外部門は所在国に数える
既定：上位 20、最新の確定年（${P.ja.lastComplete}）。既定では、著者は所属機関が合算される上位組織の国に数える。国の回答はどれも、使った規則ともう一方の規則での結果を示す。`,
    },
  },
});
