// Help text for the /airank question language. Plain text with `code` and *bold* marks,
// which read well both in a terminal and in Slack. English here; Chinese and Japanese in
// helpText.zh-ja.ts, with the same topics and examples.
import type { Lang } from './types.ts';
import { GENERAL_JA, GENERAL_ZH, TOPICS_JA, TOPICS_ZH } from './helpText.zh-ja.ts';
import { conferenceWords, tierWords, venueFilterWords } from './venueHelp.ts';
import { methodLines, methodWords } from './methods.ts';

const GENERAL_EN = `*airank* — authors of accepted NeurIPS, ICML and ICLR papers, 2020-2024, by institution and country.
Words can come in any order and any case. Quote names with spaces when in doubt: \`inst "Zhejiang University"\`.

*Questions*
  \`top 10 2024\`                      top institutions (default: top 10, latest year 2024)
  \`top 20 countries 2024\`            top countries (default: top 20)
  \`compare US CN JP 2020-2024\`       side by side, 2 to 8 countries or institutions
  \`trend US CN JP\`                   the same over every year (draw it with the Chart button or \`--png FILE\`)
  \`rank RIKEN 2024\`  \`Tsinghua\`  \`JP\`  one institution or country (default: all years)
  \`papers Tsinghua 2024 neurips\`     the papers behind a figure (\`top 50\`: the first 50)
  \`teamsize 2020-2024\`               authors per paper
  \`check <claim>\`                    check a sentence, e.g. \`check Tsinghua had 300 NeurIPS authors in 2024\`
  \`coverage\`                         what data is missing, per conference and year
  \`method\`                           how authors are counted
  \`help <topic>\`                     topics: top, countries, compare, inst, papers, check, filters, methods, years, coverage, teamsize

*Plain questions work too*: \`how many authors did Google have in 2024\`  \`which country had the most authors in 2023\`  \`top universities in Japan 2024\`
*Filters* (anywhere): ${venueFilterWords()} \`country:JP\` \`companies\` \`universities\` \`institutes\` \`exact\` \`lang:zh\`
*Counting*: ${methodWords('en')}; \`units\` turns roll-up off; \`located\` counts countries where each unit is (DeepMind London in the UK) while institutions roll up.
\`papers\` as the FIRST word lists papers (\`papers Tsinghua 2024\`); anywhere else it counts papers (\`top 10 2024 papers\`).
*Years*: 2020-2024. Rankings default to 2024, everything else to all five years.
Every answer ends with a command that reproduces it exactly.`;

const TOPICS_EN: Record<string, string> = {
  top: `*top* — institutions ranked by authors.
  \`top10\`  \`top 10 2024\`  \`2020-2024 top 25\`  \`top 10 2024 neurips main fractional\`
  \`top 10 country:JP\` (or \`top 10 Japan\`) ranks institutions within one country.
The number must be 1 to 100; without a year the latest year (2024) is used.
\`top 10 2024 page 2\` shows ranks 11-20; \`top 10 companies 2024\`, \`top universities in Japan 2024\` rank one kind of institution.`,

  countries: `*countries* — countries ranked by authors.
  \`countries\`  \`countries 2023\`  \`top 50 countries 2020-2024\`  \`countries iclr oral\`
  \`countries 2024 located\`   how many authors worked in each country: a multinational's unit abroad counts where it is
Default: top 20, latest year (2024). By default an author counts in the country of the organisation their institution rolls up to; every country answer says which rule it used and what the other gives.`,

  compare: `*compare* / *trend* — two to eight countries or institutions side by side, per year (\`trend US CN JP\`: every year).
  \`compare US CN\`  \`compare US CN JP 2020-2024\`  \`compare Tsinghua Stanford\`
  \`compare "Peking University" "Zhejiang University" neurips\`  \`compare 清华 Stanford\`
Default: all years 2020-2024. A 2-letter ISO code (US, CN, JP) is always a country.`,

  inst: `*inst* / *rank* — one institution or one country, per year.
  \`Tsinghua\`  \`inst "Zhejiang University"\`  \`rank RIKEN 2024\`  \`JP\`  \`日本\`  \`東大 2023\`  \`MSRA 2024\`
Names match case, accents and punctuation loosely, and include short forms (清华, 北大, 上交, 浙大, 中科院, 港大, 复旦, 南大, 東大, 京大, 阪大, 東工大, 理研, MSRA, FAIR, BAIR, Shanghai AI Lab).
A unit that rolls up into a parent (DeepMind, MSRA), asked for by name, is counted on its own (as with \`units\`), with a note.
Default: all years 2020-2024.
How names are read:
  • a 2-letter ISO code (US, CN, JP) is a country, and so is a country name;
  • after \`inst\` an institution name is tried first, so \`inst "X"\` reaches an institution whose alias looks like a country;
  • lower-case \`in\`, \`at\`, \`to\`, \`by\`, \`is\`, \`me\` are English words: write IN, AT, … or the name for India, Austria, …;
  • command words (\`top\`, \`main\`, \`oral\`, \`papers\`, …) win over names; quote a name to force it.`,

  papers: `*papers* — the papers behind a figure, when \`papers\` is the FIRST word.
  \`papers Tsinghua 2024 neurips\`  \`papers JP 2023 oral\`  \`papers MIT 2024 top 50\`
Default: every row, all years; \`top 50\` shows the first 50 and \`page 2\` the next 50 (20 a page without \`top\`). Anywhere else \`papers\` is a counting method: \`top 10 2024 papers\` counts papers, not authors.`,

  check: `*check* — check a sentence from a draft against airank, under every counting method.
  \`check China had 8,491 authors in 2024\`   \`check Google rank 1 2024\`   \`check Tsinghua came second in 2024\`
  \`check CN grew 8x 2020-2024\`   \`check Chinese authors rose eightfold from 2020 to 2024\`   \`check US 14766 2024 top50\`
  \`check In 2024, China accounted for 28% of authors at NeurIPS\`   \`check 東大の著者数は2024年に127人だった\`
The claim needs who (a country, an institution or a demonym such as Chinese), the figures (counts, ranks, growth, shares; hedges such as "more than" count) and the year or years; several figures in one sentence are checked one by one.
\`top50\` counts only institutions in each year's top 50; filters (\`neurips\`, \`main\`, \`oral\`, \`companies\`, \`exact\`, \`units\`) apply as anywhere else.
The answer gives airank's figure under each method, the verdict (matches, within 5%, off by N%), the closest method, the coverage gaps that apply and a command reproducing each figure.`,

  filters: `*filters* — may appear anywhere in a question.
  ${conferenceWords('en')}   one or more conferences (default: all three)
  \`main\`                           main track only (no datasets & benchmarks)
  \`datasets\`                       NeurIPS datasets & benchmarks track only
  ${tierWords('en')}     one acceptance tier
  \`country:JP\`  \`country:日本\`       institutions within one country
  \`exact\`                          leave out affiliations inferred from linked records
  \`companies\` \`universities\` \`institutes\`   one kind of institution (\`top 10 companies 2024\`)
  \`lang:en\` \`lang:zh\` \`lang:ja\`      language of names in the answer
Example: \`top 10 2024 neurips main oral country:CN\``,

  methods: `*methods* — how a figure is counted (one per question).
${methodLines('en')}
  \`units\`       count labs and departments as themselves, without roll-up to the parent
  \`located\`     count countries by where each unit is (DeepMind London in the UK); institutions still roll up
Example: \`compare US CN 2020-2024 fractional\`. Send \`method\` for the full explanation.`,

  years: `*years* — 2020 to 2024.
  \`2024\`  \`2020-2024\`  \`2021–2023\`  \`2022 2024\`
Rankings default to the latest year (2024); compare, inst, papers and teamsize default to all years.`,

  coverage: `*coverage* — which conference-years lack affiliations or other data, and what that means for figures.
  \`coverage\``,

  teamsize: `*teamsize* — authors per accepted paper, per year.
  \`teamsize\`  \`teamsize 2020-2024 neurips\`  \`teamsize 2024 main oral\`
It counts every accepted paper, whoever its authors are: conferences, \`main\` and tiers apply; \`country:\`, institution types, \`exact\`, \`units\` and counting methods are refused.`,
};

const TOPIC_ALIASES: Record<string, string> = {
  institution: 'inst',
  institutions: 'inst',
  rank: 'inst',
  country: 'countries',
  paper: 'papers',
  filter: 'filters',
  method: 'methods',
  year: 'years',
  verify: 'check',
  'team-size': 'teamsize',
};

const GENERAL: Record<Lang, string> = { en: GENERAL_EN, zh: GENERAL_ZH, ja: GENERAL_JA };
const TOPICS: Record<Lang, Record<string, string>> = { en: TOPICS_EN, zh: TOPICS_ZH, ja: TOPICS_JA };
const NO_TOPIC: Record<Lang, string> = {
  en: 'There is no help topic "{topic}". Topics: {topics}.',
  zh: '没有名为“{topic}”的帮助主题。主题：{topics}。',
  ja: '「{topic}」というヘルプのトピックはありません。トピック：{topics}。',
};

/** The canonical topic name for a word, or undefined when there is no such topic. */
export function helpTopic(word: string): string | undefined {
  const w = word.trim().toLowerCase();
  // hasOwn, so words like `constructor` are not found on Object.prototype.
  const topic = Object.hasOwn(TOPIC_ALIASES, w) ? TOPIC_ALIASES[w] : w;
  return Object.hasOwn(TOPICS_EN, topic) ? topic : undefined;
}

export const HELP_TOPICS: readonly string[] = Object.keys(TOPICS_EN);

export function helpText(topic?: string, lang: Lang = 'en'): string {
  if (!topic || !topic.trim()) return GENERAL[lang];
  const known = helpTopic(topic);
  if (known) return TOPICS[lang][known];
  const missing = NO_TOPIC[lang].replace('{topic}', topic.trim().slice(0, 40)).replace('{topics}', HELP_TOPICS.map((h) => `\`${h}\``).join(', '));
  return `${missing}\n\n${GENERAL[lang]}`;
}
