// `check <claim>`: a sentence from a draft against airank, under every counting method.
// The claim is prose: parse.ts hands it to the claim reader whole (check/claim.ts).
import { defineCommand } from './command.ts';
import { withLang } from './write.ts';

export const check = defineCommand({
  kind: 'check',
  words: { check: ['check', 'verify', 'factcheck'] },
  canonical: (q, options) => withLang(`check ${q.claim}`, options),
  examples: ['check Tsinghua had 300 NeurIPS authors in 2024', 'check China had 8,491 authors in 2024', 'check 東大の著者数は2024年に127人だった'],
  summary: {
    en: '  `check <claim>`                    check a sentence, e.g. `check Tsinghua had 300 NeurIPS authors in 2024`',
    zh: '  `check 中国在2024年有8,491名作者`   核查一句话中的数字',
    ja: '  `check 東大の著者数は2024年に127人だった`   原稿の一文の数値を検証',
  },
  topic: {
    name: 'check',
    aliases: ['verify'],
    text: {
      en: `*check* — check a sentence from a draft against airank, under every counting method.
  \`check China had 8,491 authors in 2024\`   \`check Google rank 1 2024\`   \`check Tsinghua came second in 2024\`
  \`check CN grew 8x 2020-2024\`   \`check Chinese authors rose eightfold from 2020 to 2024\`   \`check US 14766 2024 top50\`
  \`check In 2024, China accounted for 28% of authors at NeurIPS\`   \`check 東大の著者数は2024年に127人だった\`
The claim needs who (a country, an institution or a demonym such as Chinese), the figures (counts, ranks, growth, shares; hedges such as "more than" count) and the year or years; several figures in one sentence are checked one by one.
\`top50\` counts only institutions in each year's top 50; filters (\`neurips\`, \`main\`, \`oral\`, \`companies\`, \`exact\`, \`units\`) apply as anywhere else.
The answer gives airank's figure under each method, the verdict (matches, within 5%, off by N%), the closest method, the coverage gaps that apply and a command reproducing each figure.`,
      zh: `*check* — 用 airank 在每种统计方法下核查稿件中的一句话。
  \`check 中国在2024年有8,491名作者\`  \`check 清华2024年排名第二\`  \`check 中国作者数从2020年到2024年增长了八倍\`
  \`check 2024年中国作者占比28%\`  \`check 2024年，美国位居榜首\`  \`check US 14766 2024 top50\`
声明需要对象（国家、机构或"中国作者"之类说法）、数字（数量、排名、增长、占比；"超过""约"等限定也会考虑）和年份；一句中的多个数字逐一核查。
回答给出每种统计方法下 airank 的数字、结论（一致、相差 5% 以内、相差 N%）、最接近的方法、相关的数据缺口和复现命令。`,
      ja: `*check* — 原稿の一文を、すべての集計方法で airank と照合します。
  \`check 東大の著者数は2024年に127人だった\`  \`check 日本は2024年に8位だった\`  \`check 中国の著者数は2020年から2024年に8倍に増えた\`
  \`check 2024年、米国のシェアは28%だった\`  \`check 2024年、アメリカが首位だった\`  \`check US 14766 2024 top50\`
主張には対象（国、機関、「日本の」などの言い方）、数値（数、順位、伸び率、シェア。「以上」「約」などの限定も考慮）、年が必要です。1 文に複数の数値があれば 1 つずつ検証します。
回答は集計方法ごとの airank の数値、判定（一致、差 5% 以内、N% の差）、最も近い方法、該当するデータの欠け、再現コマンドを示します。`,
    },
  },
});
