// `compare` and `trend`: two to eight countries or institutions side by side, per year.
import { COMPLETE_YEARS } from '../read/years.ts';
import { msg, reject } from '../read/reject.ts';
import { dedupe, yearsOr } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { entityToken, formatYears, withOptions } from './canonicalText.ts';
import { VENUE_PROSE as P } from '../venueProse.ts';

export const MAX_COMPARE = 8;

export const compare = defineCommand({
  kind: 'compare',
  words: { compare: ['compare'], trend: ['trend', 'trends'] },
  // A trend is every year of one name (its own answer) or of several (a comparison).
  route: (word, state) => (word === 'trend' && state.entities.length === 1 ? 'institution' : 'compare'),
  fromWords(state) {
    const entities = dedupe(state.entities);
    if (entities.length < 2) reject(msg('compareTwo'), 'compare US CN 2020-2024');
    if (entities.length > MAX_COMPARE) {
      reject(msg('compareMax', { max: MAX_COMPARE }), 'compare US CN JP GB 2020-2024');
    }
    return { kind: 'compare', entities, years: yearsOr(state, [...COMPLETE_YEARS]) };
  },
  groups: (q) => q.entities,
  canonical: (q, options, lexicon) =>
    withOptions(['compare', ...q.entities.map((e) => entityToken(e, 'country', lexicon)), formatYears(q.years)], options),
  examples: ['compare US CN 2020-2024', 'compare US CN JP 2020-2024', 'trend US CN JP', 'compare Tsinghua Stanford'],
  summary: {
    en: `  \`compare US CN JP 2020-2024\`       side by side, 2 to 8 countries or institutions
  \`trend US CN JP\`                   the same over the complete years (draw it with the Chart button or \`--png FILE\`)`,
    zh: `  \`compare US CN JP 2020-2024\`       并列比较 2 至 8 个国家或机构
  \`trend US CN JP\`                   逐年比较（用 Chart 按钮或 \`--png 文件\` 画图）`,
    ja: `  \`compare US CN JP 2020-2024\`       2～8 の国・機関を並べて比較
  \`trend US CN JP\`                   年ごとの推移（Chart ボタンか \`--png ファイル\` でグラフに）`,
  },
  topic: {
    name: 'compare',
    aliases: ['trend'],
    text: {
      en: `*compare* / *trend* — two to eight countries or institutions side by side, per year (\`trend US CN JP\`: the complete years).
  \`compare US CN\`  \`compare US CN JP 2020-2024\`  \`compare Tsinghua Stanford\`
  \`compare "Peking University" "Zhejiang University" neurips\`  \`compare 清华 Stanford\`
Default: the complete years ${P.en.complete}. A 2-letter ISO code (US, CN, JP) is always a country.`,
      zh: `*compare* / *trend* — 并列比较 2 至 8 个国家或机构，逐年显示（\`trend US CN JP\`：完整年份）。
  \`compare US CN\`  \`compare 清华 北大 2020-2024\`  \`compare 浙大 上交 neurips\`  \`compare 清华 Stanford\`
默认完整年份 ${P.zh.complete}。两个字母的 ISO 代码（US、CN、JP）总是国家。`,
      ja: `*compare* / *trend* — 2～8 の国・機関を年ごとに並べて比較（\`trend US CN JP\`：確定年）。
  \`compare US CN\`  \`compare 東大 京大 2020-2024\`  \`compare 阪大 東工大 neurips\`  \`compare 理研 Stanford\`
既定：確定年 ${P.ja.complete}。2 文字の ISO コード（US、CN、JP）は常に国。`,
    },
  },
});
