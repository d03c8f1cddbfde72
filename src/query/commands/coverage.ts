// `coverage`: how complete the data is, per conference-year.
import { noEntities } from './build.ts';
import { defineCommand } from './command.ts';
import { withLang } from './write.ts';

export const coverage = defineCommand({
  kind: 'coverage',
  words: { coverage: ['coverage'] },
  wholeData: true,
  build(state) {
    noEntities(state, 'coverage', 'coverage');
    return { kind: 'coverage' };
  },
  canonical: (_q, options) => withLang('coverage', options),
  examples: ['coverage', 'coverage lang:zh'],
  summary: {
    en: '  `coverage`                         what data is missing, per conference and year',
    zh: '  `coverage`                         各会议各年份缺少哪些数据',
    ja: '  `coverage`                         会議・年ごとに欠けているデータ',
  },
  topic: {
    name: 'coverage',
    aliases: [],
    text: {
      en: `*coverage* — which conference-years lack affiliations or other data, and what that means for figures.
  \`coverage\``,
      zh: `*coverage* — 哪些会议年份缺少单位或其他数据，以及这对数字的影响。
  \`coverage\``,
      ja: `*coverage* — どの会議・年で所属などのデータが欠けているか、それが数値にどう影響するか。
  \`coverage\``,
    },
  },
});
