// Every command of the question language, in the order the general help lists them.
// A new command is one module in this folder and one line here: the parser, the
// lexicon's command words, help and canonical text follow (the answer: query/answer.ts).
import type { Query, QueryOptions } from '../model/types.ts';
import type { CommandSpec, Kind } from './command.ts';
import { check } from './check.ts';
import { compare } from './compare.ts';
import { countries } from './countries.ts';
import { coverage } from './coverage.ts';
import { help } from './help.ts';
import { institution } from './institution.ts';
import { method } from './method.ts';
import { papers } from './papers.ts';
import { teamsize } from './teamsize.ts';
import { top } from './top.ts';
import type { Lexicon } from '../model/lexiconInterface.ts';

export const COMMANDS = [top, countries, compare, institution, papers, teamsize, check, coverage, method, help] as const;

type WordsOf<C> = C extends CommandSpec<Kind, infer W> ? W : never;
/** A command word as the lexicon reads it (`inst`, `trend`, ...). */
export type Command = WordsOf<(typeof COMMANDS)[number]>;

const BY_KIND = new Map<Kind, CommandSpec>(COMMANDS.map((c) => [c.kind, c as unknown as CommandSpec]));
const BY_WORD = new Map<string, CommandSpec>(COMMANDS.flatMap((c) => Object.keys(c.words).map((w) => [w, c as unknown as CommandSpec])));

/** The command that builds and answers a kind of query. */
export function commandOf<K extends Kind>(kind: K): CommandSpec<K> {
  return BY_KIND.get(kind) as unknown as CommandSpec<K>;
}

/** The command a command word belongs to. */
export function commandNamed(word: Command): CommandSpec {
  return BY_WORD.get(word)!;
}

/** Every word naming a command, with the command word it stands for. */
export function commandWords(): Array<{ word: string; command: Command }> {
  return COMMANDS.flatMap((c) =>
    Object.entries<readonly string[]>(c.words).flatMap(([command, words]) => words.map((word) => ({ word, command: command as Command }))),
  );
}

/** A command string that parses back to the same query (shown as "reproduce with: ..."). */
export function canonical(query: Query, options: QueryOptions, lexicon: Lexicon): string {
  return commandOf(query.kind).canonical(query, options, lexicon);
}
