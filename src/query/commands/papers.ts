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
    return { kind: 'papers', entity: entities[0], years: yearsOr(state, [...COMPLETE_YEARS]), ...(limit !== undefined ? { limit } : {}), ...pageOffset(state, limit ?? PAGE) };
  },
  groups: (q) => [q.entity],
  canonical: (q, options, lexicon) =>
    withOptions(['papers', entityToken(q.entity, 'country', lexicon), formatYears(q.years), ...(q.limit !== undefined ? ['top', String(q.limit)] : [])], options, q),
  examples: ['papers Tsinghua 2024 neurips', 'papers JP 2023 oral', 'papers MIT 2024 top 50'],
  summary: {
    en: '  `papers Tsinghua 2024 neurips`     the papers behind a figure (`top 50`: the first 50)',
    zh: '  `papers 清华 2024 neurips`         数字背后的论文（`top 50`：前 50 条）',
    ja: '  `papers 東大 2024 neurips`         数値の裏にある論文（`top 50`：先頭 50 件）',
  },
  topic: {
    name: 'papers',
    aliases: ['paper'],
    text: {
      en: `*papers* — the papers behind a figure, when \`papers\` is the FIRST word.
  \`papers Tsinghua 2024 neurips\`  \`papers JP 2023 oral\`  \`papers MIT 2024 top 50\`
Default: every row, the complete years; \`top 50\` shows the first 50 and \`page 2\` the next 50 (20 a page without \`top\`). Anywhere else \`papers\` is a counting method: \`top 10 2024 papers\` counts papers, not authors.`,
      zh: `*papers* — 数字背后的论文（\`papers\` 为第一个词时）。
  \`papers 清华 2024 neurips\`  \`papers JP 2023 oral\`  \`papers MIT 2024 top 50\`
默认全部条目、完整年份；\`top 50\` 显示前 50 条，\`page 2\` 显示其后 50 条（不写 \`top\` 时每页 20 条）。`,
      ja: `*papers* — 数値の裏にある論文（\`papers\` が最初の語のとき）。
  \`papers 東大 2024 neurips\`  \`papers JP 2023 oral\`  \`papers MIT 2024 top 50\`
既定：全件、確定年。\`top 50\` で先頭 50 件、\`page 2\` で次の 50 件（\`top\` なしでは 1 ページ 20 件）。`,
    },
  },
});
