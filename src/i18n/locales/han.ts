// The claim reader's words that Chinese and Japanese share, written in Chinese characters
// alone: one place, spread into both locales' claimWords (zh.ts, ja.ts). The words only one of
// them uses are in its own locale.
import type { ClaimWords } from './localeParts.ts';

export const hanClaimWords = {
  numerals: {
    digits: { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
    ten: '十',
    rankBefore: ['第', '排名', '排在', '位居', '位列'],
    notRank: ['作者'],
    units: ['倍', '位'],
  },
  multiples: [
    ['翻了?两番', '4倍'],
    ['翻了?一番|翻番|倍増', '2倍'],
  ],
  rank: ['(?:排名|排在|位居|位列)?第\\s*(\\d+)\\s*(?:名|位)?'],
  scales: { 万: 10_000, 億: 100_000_000 },
  countWords: ['名', '人', '篇', '本', '件'],
  personWords: ['名', '人'],
  yearAfter: ['年度?'],
  thisYear: ['今年度?', '本年'],
  lastYear: ['去年', '昨年'],
  // Not 过去20年 (a span of years), not 20年间 or 20年代.
  shortYear: ['(?<![\\d.,])(?<!过去|過去|近|最近|这|這|前|后|後)([0-3]\\d)\\s*年(?![间間代度内来來数])'],
} satisfies ClaimWords;
