// The parsed question and the answer object. Every front end (terminal, CSV, JSON,
// Slack, charts) renders an Answer and nothing else, so figures cannot diverge.
import type { Conference, InstType, Status, Track } from '../../domain/ids.ts';
import type { Lang } from '../../domain/lang.ts';
import type { SlotRef } from '../../domain/slotRef.ts';
import type { Cell, Column } from '../../domain/table.ts';

import type { Caveat, FigureFacts } from './caveats.ts';
import type { Method } from './methods.ts';

export interface Filters {
  conferences: Conference[]; // empty = all three
  track?: Track; // 'main' filter
  status?: Status; // 'oral' filter
  country?: string; // country:JP, rankings within a country
  exact?: boolean; // exclude linked evidence
  /** companies / universities / institutes (data/institution-types.json). */
  instType?: InstType;
}

/** What a ranking or a figure groups slots by. */
export type GroupBy = 'institution' | 'country';

export type Entity = { kind: 'country'; code: string } | { kind: 'institution'; id: string };

export type Query =
  | { kind: 'top'; years: number[]; limit: number; offset?: number }
  | { kind: 'countries'; years: number[]; limit: number; offset?: number }
  | { kind: 'compare'; entities: Entity[]; years: number[] }
  | { kind: 'institution'; entity: Entity; years: number[] }
  | { kind: 'coverage' }
  | { kind: 'method' }
  | { kind: 'help'; topic?: string }
  | { kind: 'teamsize'; years: number[] }
  /** limit: `top N`; without it every row (front ends page through them). */
  | { kind: 'papers'; entity: Entity; years: number[]; limit?: number; offset?: number }
  | { kind: 'check'; claim: string };

export interface QueryOptions {
  method: Method;
  /** false = `units`: count institutions as themselves, no roll-up. */
  rollup: boolean;
  /** `located`: countries by the unit's own country while institutions still roll up. */
  located?: boolean;
  filters: Filters;
  lang: Lang;
}

export type ParsedQuery = Query & { options: QueryOptions; text: string };

export interface ParseError {
  kind: 'parse_error';
  message: string;
  /** "did you mean ...?" candidates, best first. */
  suggestions: string[];
  example: string;
  /** The question's language when not English (its message is written in it). */
  lang?: Lang;
  /** The words not understood (a misspelling), when one phrase is to blame. */
  unknown?: string;
  /** The question with `unknown` replaced by a suggestion, for each suggestion that makes it readable. */
  corrected?: string[];
}

export interface CoverageNote {
  conference: Conference;
  year: number;
  /** Short, user-facing sentence, e.g. "ICLR 2024: no per-author affiliations, so institution figures leave it out". */
  note: string;
  /** The same gap as facts, for the default footer's choice (query/model/caveats.ts). */
  caveat?: Caveat;
}

export interface AnswerMeta {
  /** The language of labels and names in this answer. */
  lang: Lang;
  method: Method;
  methodLabel: string;
  rollup: boolean;
  filters: string[]; // human-readable, e.g. ["NeurIPS", "main track"]
  years: number[];
  /** After the years in the scope: " (complete)" or " (2025–2026 provisional)" (query/figures/provisional.ts). */
  yearsScope?: string;
  gaps: CoverageNote[];
  /** Share of the figure resting on linked evidence (issue 6), 0..1, when relevant. */
  linkedShare?: number | null;
  /** `exact` is in force: no figure rests on linked evidence. */
  exact?: boolean;
  snapshot: string; // data snapshot id
  builtAt: string; // formatted with date-fns
  /** A command that reproduces this answer exactly. */
  command: string;
  notes: string[];
  /** What the figure shown is about, for choosing its caveats. */
  figure?: FigureFacts;
  /** Every caveat that could apply, as facts (the notes and gaps above say each in full). */
  caveats?: Caveat[];
  /** The default footer's caveat line: those that change this figure, ranked (query/model/caveats.ts); null when none does. */
  caveatLine?: string | null;
}

import type { ClaimData } from './claimData.ts';

export interface Answer {
  kind: Query['kind'];
  /** The answer in one sentence (the figure or verdict): first line everywhere, Slack's notification text. */
  headline: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Total rows available (for paging); rows may be a page of them. */
  totalRows: number;
  offset: number;
  /** `papers`: the author slot behind each row of `rows` (null for a paper-set row), for proposing corrections. */
  slots?: Array<SlotRef | null>;
  /** `check` could not read its claim: the terminal exits with status 2, as for a question it cannot read. */
  unread?: true;
  /** Free text blocks (help, method) rendered before the table. */
  text?: string;
  /** `text` is the whole account, shown on request (`details`, Slack's button) rather than by default (`method`). */
  textInDetails?: true;
  /** `check`: what was read (one reading per figure) and what was not checked, as data. */
  check?: ClaimData;
  meta: AnswerMeta;
}

export type Result = Answer | ParseError;

export function isParseError(r: Result): r is ParseError {
  return (r as ParseError).kind === 'parse_error';
}
