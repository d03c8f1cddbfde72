// `top`: institutions ranked by authors.
import { LATEST_COMPLETE_YEAR } from '../read/years.ts';
import { msg, reject } from '../read/reject.ts';
import { pageOffset, yearsOr } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { formatYears, withOptions } from './canonicalText.ts';
import { VENUE_PROSE as P } from '../venueProse.ts';

export const top = defineCommand({
  kind: 'top',
  words: { top: ['top'] },
  paged: true,
  countryFilter: true,
  fromWords(state) {
    const { filters } = state.options;
    // `top 10 Japan` ranks institutions within Japan, like `top 10 country:JP`.
    const [only, ...more] = state.entities;
    if (only && only.kind === 'country' && more.length === 0 && !filters.country) {
      filters.country = only.code;
    } else if (only) {
      reject(msg('topOneEntity'), 'compare Tsinghua Stanford 2024');
    }
    const limit = state.limit ?? 10;
    return { kind: 'top', years: yearsOr(state, [LATEST_COMPLETE_YEAR]), limit, ...pageOffset(state, limit) };
  },
  groups: () => ({ all: 'institution' }),
  canonical: (q, options) => withOptions(['top', String(q.limit), formatYears(q.years)], options, q),
  examples: ['top 10 2024', 'top10', '2020-2024 top 25', 'top 10 country:JP', 'top 10 2024 page 2', 'top 10 companies 2024'],
  summary: {
    en: `  \`top 10 2024\`                      top institutions (default: top 10, latest complete year ${P.en.lastComplete})`,
    zh: `  \`top 10 2024\`                      机构排名（默认前 10 名，最新完整年份 ${P.zh.lastComplete}）`,
    ja: `  \`top 10 2024\`                      機関の順位（既定：上位 10、最新の確定年 ${P.ja.lastComplete}）`,
  },
  topic: {
    name: 'top',
    aliases: [],
    text: {
      en: `*top* — institutions ranked by authors.
  \`top10\`  \`top 10 2024\`  \`2020-2024 top 25\`  \`top 10 2024 neurips main fractional\`
  \`top 10 country:JP\` (or \`top 10 Japan\`) ranks institutions within one country.
The number must be 1 to 100; without a year the latest complete year (${P.en.lastComplete}) is used.
\`top 10 2024 page 2\` shows ranks 11-20; \`top 10 companies 2024\`, \`top universities in Japan 2024\` rank one kind of institution.`,
      zh: `*top* — 按作者数排列的机构。
  \`top10\`  \`top 10 2024\`  \`2020-2024 top 25\`  \`top 10 2024 neurips main fractional\`
  \`top 10 country:JP\`（或 \`top 10 日本\`）在一个国家内排名；\`top 10 企业 2024\` 只排企业。
数字为 1 至 100；不写年份时用最新的完整年份（${P.zh.lastComplete}）。\`top 10 2024 page 2\` 显示第 11-20 名。`,
      ja: `*top* — 著者数による機関の順位。
  \`top10\`  \`top 10 2024\`  \`2020-2024 top 25\`  \`top 10 2024 neurips main fractional\`
  \`top 10 country:JP\`（または \`top 10 日本\`）で国内の順位、\`top 10 企業 2024\` で企業だけの順位。
数は 1～100。年を書かなければ最新の確定年（${P.ja.lastComplete}）。\`top 10 2024 page 2\` は 11～20 位。`,
    },
  },
});
