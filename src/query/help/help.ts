// Help text for the /airank question language. Plain text with `code` and *bold* marks,
// which read well both in a terminal and in Slack. The commands come from the registry
// (commands/); every word of help is in the reader's locale (src/i18n/locales/).
import { COMMANDS } from '../commands/registry.ts';
import { conferenceWords, tierWords, venueFilterWords } from './venueHelp.ts';
import { methodLines, methodWords } from '../model/methods.ts';
import { venueProse } from './venueProse.ts';
import { LOCALES } from '../../i18n/locales/byLang.ts';
import type { CommandHelp, HelpText } from '../../i18n/locales/localeParts.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Kind } from '../commands/command.ts';

const TOPIC_ALIASES: Record<string, string> = {
  filter: 'filters',
  method: 'methods',
  year: 'years',
};

/** Each command's help in a language: every kind of the registry has one (a missing one fails tsc). */
const commandHelp = (lang: Lang): Record<Kind, CommandHelp> => LOCALES[lang].commands;

const grammar = (lang: Lang): HelpText =>
  LOCALES[lang].help({
    p: venueProse(lang),
    venueFilterWords: venueFilterWords(),
    conferenceWords: conferenceWords(lang),
    tierWords: tierWords(lang),
    methodWords: methodWords(lang),
    methodLines: methodLines(lang),
  });

const GRAMMAR_TOPICS = Object.keys(grammar('en').topics);

/** Every topic: the commands' own (in the registry's order), then the grammar's. */
export function helpTopics(): string[] {
  return [...COMMANDS.flatMap((c) => (c.topic ? [c.topic.name] : [])), ...GRAMMAR_TOPICS];
}

function topicText(topic: string, lang: Lang): string {
  const command = COMMANDS.find((c) => c.topic?.name === topic);
  const own = command && commandHelp(lang)[command.kind].topic;
  return own ? own(venueProse(lang)) : grammar(lang).topics[topic as keyof HelpText['topics']];
}

/** The general help: what it is, one line per command of the registry, then filters and methods. */
function general(lang: Lang): string {
  const topics = helpTopics().join(LOCALES[lang].punct.listSep);
  const lines = COMMANDS.map((c) => commandHelp(lang)[c.kind].summary(venueProse(lang)).replace('{topics}', topics));
  const g = grammar(lang);
  return `${g.intro}\n\n${g.questions}\n${lines.join('\n')}\n\n${g.more}`;
}

/** The canonical topic name for a word, or undefined when there is no such topic. */
export function helpTopic(word: string): string | undefined {
  const w = word.trim().toLowerCase();
  // hasOwn, so words like `constructor` are not found on Object.prototype.
  if (Object.hasOwn(TOPIC_ALIASES, w)) return TOPIC_ALIASES[w];
  const command = COMMANDS.find((c) => c.topic && (c.topic.name === w || c.topic.aliases.includes(w)));
  if (command?.topic) return command.topic.name;
  return GRAMMAR_TOPICS.includes(w) ? w : undefined;
}

export function helpText(topic?: string, lang: Lang = 'en'): string {
  if (!topic || !topic.trim()) return general(lang);
  const known = helpTopic(topic);
  if (known) return topicText(known, lang);
  const missing = grammar(lang)
    .noTopic.replace('{topic}', topic.trim().slice(0, 40))
    .replace(
      '{topics}',
      helpTopics()
        .map((h) => `\`${h}\``)
        .join(', '),
    );
  return `${missing}\n\n${general(lang)}`;
}
