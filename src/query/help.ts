// Help text for the /airank question language. Plain text with `code` and *bold* marks,
// which read well both in a terminal and in Slack. The commands' lines and topics come from
// the registry (commands/); the shared grammar's topics are here in English and in
// helpText.zh-ja.ts in Chinese and Japanese.
import { INTRO_JA, INTRO_ZH, MORE_JA, MORE_ZH, TOPICS_JA, TOPICS_ZH } from './helpText.zh-ja.ts';
import { COMMANDS } from './commands/registry.ts';
import { conferenceWords, tierWords, venueFilterWords } from './venueHelp.ts';
import { methodLines, methodWords } from './methods.ts';
import { VENUE_PROSE } from './venueProse.ts';
import type { Lang } from '../domain/lang.ts';

const EN = VENUE_PROSE.en;

const INTRO_EN = `*airank* — authors of accepted ${EN.venues} papers, ${EN.years}, by institution and country.
Words can come in any order and any case. Quote names with spaces when in doubt: \`inst "Zhejiang University"\`.`;

const MORE_EN = `*Plain questions work too*: \`how many authors did Google have in 2024\`  \`which country had the most authors in 2023\`  \`top universities in Japan 2024\`
*Filters* (anywhere): ${venueFilterWords()} \`country:JP\` \`companies\` \`universities\` \`institutes\` \`exact\` \`lang:zh\`
*Counting*: ${methodWords('en')}; \`units\` turns roll-up off; \`located\` counts countries where each unit is (DeepMind London in the UK) while institutions roll up.
\`papers\` as the FIRST word lists papers (\`papers Tsinghua 2024\`); anywhere else it counts papers (\`top 10 2024 papers\`).
*Years*: ${EN.years}${EN.provisional ? ` (${EN.provisional} provisional: incomplete sources, each figure says how much is filled)` : ''}. A question without a year covers the complete years only: rankings ${EN.lastComplete}, everything else ${EN.complete}.
Every answer ends with a command that reproduces it exactly.`;

/** Topics of the grammar every command shares; each command's own topic is in its module (commands/). */
const TOPICS_EN: Record<string, string> = {
  filters: `*filters* — may appear anywhere in a question.
  ${conferenceWords('en')}   one or more conferences (default: all ${EN.venueCount})
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

  years: `*years* — ${EN.first} to ${EN.last}.
  \`2024\`  \`2020-2024\`  \`2021–2023\`  \`2022 2024\`
Without a year, rankings take the latest complete year (${EN.lastComplete}); compare, inst, papers and teamsize take the complete years (${EN.complete}).${EN.provisional ? ` ${EN.provisional} are provisional: name them to include them.` : ''}`,
};

const TOPIC_ALIASES: Record<string, string> = {
  filter: 'filters',
  method: 'methods',
  year: 'years',
};

const INTRO: Record<Lang, string> = { en: INTRO_EN, zh: INTRO_ZH, ja: INTRO_JA };
const QUESTIONS: Record<Lang, string> = { en: '*Questions*', zh: '*问题*', ja: '*質問*' };
const MORE: Record<Lang, string> = { en: MORE_EN, zh: MORE_ZH, ja: MORE_JA };
const TOPICS: Record<Lang, Record<string, string>> = { en: TOPICS_EN, zh: TOPICS_ZH, ja: TOPICS_JA };
const LIST_SEPARATOR: Record<Lang, string> = { en: ', ', zh: '、', ja: '、' };
const NO_TOPIC: Record<Lang, string> = {
  en: 'There is no help topic "{topic}". Topics: {topics}.',
  zh: '没有名为“{topic}”的帮助主题。主题：{topics}。',
  ja: '「{topic}」というヘルプのトピックはありません。トピック：{topics}。',
};

/** Every topic: the commands' own (in the registry's order), then the grammar's. */
export function helpTopics(): string[] {
  return [...COMMANDS.flatMap((c) => (c.topic ? [c.topic.name] : [])), ...Object.keys(TOPICS_EN)];
}

function topicText(topic: string, lang: Lang): string {
  const command = COMMANDS.find((c) => c.topic?.name === topic);
  return command?.topic ? command.topic.text[lang] : TOPICS[lang][topic];
}

/** The general help: what it is, one line per command of the registry, then filters and methods. */
function general(lang: Lang): string {
  const topics = helpTopics().join(LIST_SEPARATOR[lang]);
  const lines = COMMANDS.map((c) => c.summary[lang].replace('{topics}', topics));
  return `${INTRO[lang]}\n\n${QUESTIONS[lang]}\n${lines.join('\n')}\n\n${MORE[lang]}`;
}

/** The canonical topic name for a word, or undefined when there is no such topic. */
export function helpTopic(word: string): string | undefined {
  const w = word.trim().toLowerCase();
  // hasOwn, so words like `constructor` are not found on Object.prototype.
  if (Object.hasOwn(TOPIC_ALIASES, w)) return TOPIC_ALIASES[w];
  const command = COMMANDS.find((c) => c.topic && (c.topic.name === w || c.topic.aliases.includes(w)));
  if (command?.topic) return command.topic.name;
  return Object.hasOwn(TOPICS_EN, w) ? w : undefined;
}

export function helpText(topic?: string, lang: Lang = 'en'): string {
  if (!topic || !topic.trim()) return general(lang);
  const known = helpTopic(topic);
  if (known) return topicText(known, lang);
  const missing = NO_TOPIC[lang].replace('{topic}', topic.trim().slice(0, 40)).replace('{topics}', helpTopics().map((h) => `\`${h}\``).join(', '));
  return `${missing}\n\n${general(lang)}`;
}
