// What one command of the question language is, in one place: the words that name it, how
// the words of a question become its query, the command text that reproduces it, its
// examples and help. It never computes an answer: query/answer.ts, the one answer table,
// maps each kind to its function in answers/. registry.ts lists the commands; the parser,
// the lexicon and help read them from there.
import type { Entity, Query, QueryOptions } from '../model/types.ts';
import type { Lexicon } from '../model/lexiconInterface.ts';

export type Kind = Query['kind'];
export type QueryOf<K extends Kind> = Extract<Query, { kind: K }>;

/** What the shared grammar (parse.ts) read from a question's words. */
export interface ReadState {
  /** The command word read (registry.ts `Command`). */
  command?: string;
  /** `top` was written (with or without a number). */
  top: boolean;
  limit?: number;
  page?: number;
  years: Set<number>;
  entities: Entity[];
  options: QueryOptions;
}

export interface HelpTopic {
  /** The topic's name (`help inst`) and other words for it (`help institution`). */
  name: string;
  aliases: readonly string[];
}

export interface CommandSpec<K extends Kind = Kind, W extends string = string> {
  /** The kind of query it builds and answers. */
  kind: K;
  /** Each command word, with the words (in any language) that name it. */
  words: Readonly<Record<W, readonly string[]>>;
  /** The kind a command word asks for in this question, when it is not always `kind` (`inst` with no name ranks). */
  route?(word: W, state: ReadState): Kind;
  /** Takes `top N` and `page N`. */
  paged?: true;
  /** Takes a `country:` filter. */
  countryFilter?: true;
  /** Describes the whole data set: filters and methods do not apply, only the language. */
  wholeData?: true;
  /** Its rows are author slots (Answer.slots), to which an editor may propose a correction (Slack's Propose button). */
  listsSlots?: true;
  /** Refusals that come before the general checks (teamsize's filters). */
  refuse?(state: ReadState): void;
  /** The query from the words read; absent for commands read before the words (help, check). */
  fromWords?(state: ReadState): QueryOf<K>;
  /** A command text that parses back to exactly this query. */
  canonical(query: QueryOf<K>, options: QueryOptions, lexicon: Lexicon): string;
  /** Questions of this command; the first is the example an error message gives. */
  examples: readonly string[];
  /** Its own help topic; its words, and its line(s) in the general help, are in each locale (src/i18n/locales/). */
  topic?: HelpTopic;
}

/** Keeps a command's word and kind literals, so the Command type is derived from the registry. */
export function defineCommand<K extends Kind, const W extends string>(spec: CommandSpec<K, W>): CommandSpec<K, W> {
  return spec;
}
