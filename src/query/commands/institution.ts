// `inst` (`rank`, or a name alone): one institution or one country, per year.
import { COMPLETE_YEARS } from '../read/years.ts';
import { msg, reject } from '../read/reject.ts';
import { dedupe, yearsOr } from './fromWords.ts';
import { defineCommand } from './command.ts';
import { entityToken, formatYears, withOptions } from './canonicalText.ts';
import { VENUE_PROSE as P } from '../venueProse.ts';

export const institution = defineCommand({
  kind: 'institution',
  words: { inst: ['inst', 'institution', 'rank'] },
  // "which institution had the most authors": no name, a ranking.
  route: (_word, state) => (state.entities.length === 0 && state.top ? 'top' : 'institution'),
  fromWords(state) {
    const entities = dedupe(state.entities);
    if (entities.length === 0) reject(msg('which'), 'inst "Zhejiang University" 2024');
    if (entities.length > 1) reject(msg('several'), 'compare Tsinghua Stanford');
    return { kind: 'institution', entity: entities[0], years: yearsOr(state, [...COMPLETE_YEARS]) };
  },
  groups: (q) => [q.entity],
  canonical: (q, options, lexicon) =>
    withOptions(
      [...(q.entity.kind === 'country' ? [q.entity.code] : ['inst', entityToken(q.entity, 'institution', lexicon)]), formatYears(q.years)],
      options,
    ),
  examples: ['inst Tsinghua 2024', 'rank RIKEN 2024', 'Tsinghua', 'JP', 'inst "Zhejiang University"'],
  summary: {
    en: '  `rank RIKEN 2024`  `Tsinghua`  `JP`  one institution or country (default: complete years)',
    zh: '  `rank RIKEN 2024`  `清华`  `JP`     单个机构或国家（默认完整年份）',
    ja: '  `rank RIKEN 2024`  `東大`  `JP`     1 つの機関または国（既定：確定年）',
  },
  topic: {
    name: 'inst',
    aliases: ['institution', 'institutions', 'rank'],
    text: {
      en: `*inst* / *rank* — one institution or one country, per year.
  \`Tsinghua\`  \`inst "Zhejiang University"\`  \`rank RIKEN 2024\`  \`JP\`  \`日本\`  \`東大 2023\`  \`MSRA 2024\`
Names match case, accents and punctuation loosely, and include short forms (清华, 北大, 上交, 浙大, 中科院, 港大, 复旦, 南大, 東大, 京大, 阪大, 東工大, 理研, MSRA, FAIR, BAIR, Shanghai AI Lab).
A unit that rolls up into a parent (DeepMind, MSRA), asked for by name, is counted on its own (as with \`units\`), with a note.
Default: the complete years ${P.en.complete}.
How names are read:
  • a 2-letter ISO code (US, CN, JP) is a country, and so is a country name;
  • after \`inst\` an institution name is tried first, so \`inst "X"\` reaches an institution whose alias looks like a country;
  • lower-case \`in\`, \`at\`, \`to\`, \`by\`, \`is\`, \`me\` are English words: write IN, AT, … or the name for India, Austria, …;
  • command words (\`top\`, \`main\`, \`oral\`, \`papers\`, …) win over names; quote a name to force it.`,
      zh: `*inst* / *rank* — 单个机构或国家，逐年显示。
  \`清华\`  \`北大 2024\`  \`中科院\`  \`港大\`  \`复旦\`  \`南大\`  \`上交\`  \`浙大\`  \`MSRA 2024\`  \`日本\`
名称不区分大小写、重音和标点，并包含常用简称。默认上级机构合并（例如 DeepMind 计入 Google）；单独点名下属单位时单独计数（同 \`units\`），并附说明。`,
      ja: `*inst* / *rank* — 1 つの機関または国、年ごと。
  \`東大\`  \`京大 2024\`  \`阪大\`  \`東工大\`  \`理研\`  \`MSRA 2024\`  \`日本\`
名前は大文字・小文字、アクセント、句読点の違いを気にせず、略称も使えます。既定では下部組織を上位組織に合算します（DeepMind は Google に）。下部組織を名指しすると単独で集計し（\`units\` と同じ）、注記を付けます。`,
    },
  },
});
