// The counting methods, one definition each: the table a method counts, what a slot
// contributes, which author slots it keeps, its value type and the question words that
// name it; its text and claim phrases are in each locale (src/i18n/locales/). The SQL (aggregate.ts, scopeCoverage.ts), the lexicon, the
// claim reader, labels, help and the pre-summed figures all read this table: a new method
// is one entry here (README, "Adding a counting method").
import { sql, type RawBuilder } from 'kysely';
import { SLOT_ROLE } from '../../db/schema.ts';
import { LANGS, type Lang } from '../../domain/lang.ts';
import { claimWords } from '../../i18n/claimWords.ts';
import { LOCALES } from '../../i18n/locales/byLang.ts';
import type { MethodText } from '../../i18n/locales/localeParts.ts';
import type { MethodKey } from '../../i18n/locales/en.ts';

/** The table a method counts from: author slots pre-summed, the slots themselves, or (paper, institution) pairs. */
export type MethodTable = 'slot_cube' | 'authorships' | 'paper_units';

/** What one counted row contributes: a slot, its 1/N credit, a distinct person, a distinct paper. */
export type Contribution = 'slots' | 'credit' | 'person' | 'paper';

/** Which author slots of each paper a method keeps. */
export type SlotSet = 'all' | 'first' | 'last';

export interface MethodDef {
  table: MethodTable;
  counts: Contribution;
  keeps: SlotSet;
  type: 'int' | 'float';
  /** Question words (`2024 top10 first`), lower case. */
  keywords: readonly string[];
  /** A bare keyword in a claim names the method ("authors" is every claim's noun, "papers" and "last" say other things). */
  claimKeyword: boolean;
}

/** Columns a slot condition reads, qualified by the caller. */
type Column = (name: string) => RawBuilder<unknown>;

/**
 * Which slots a slot set keeps, as SQL for each table that can hold it: the pre-summed cubes
 * (slot_cube, coverage_cube) carry the slot's role (db/schema.ts SLOT_ROLE), authorships
 * its position and the paper's author count. null: every slot.
 */
const KEEPS: Record<SlotSet, { cube: (c: Column) => RawBuilder<boolean>; authorships: (c: Column) => RawBuilder<boolean> } | null> = {
  all: null,
  first: {
    cube: (c) => sql<boolean>`${c('role')} IN (${sql.lit(SLOT_ROLE.first)}, ${sql.lit(SLOT_ROLE.first | SLOT_ROLE.last)})`,
    authorships: (c) => sql<boolean>`${c('position')} = 0`,
  },
  last: {
    cube: (c) => sql<boolean>`${c('role')} IN (${sql.lit(SLOT_ROLE.last)}, ${sql.lit(SLOT_ROLE.first | SLOT_ROLE.last)})`,
    authorships: (c) => sql<boolean>`${c('position')} = ${c('n_authors')} - 1`,
  },
};

export const METHOD_DEFS = {
  authors: {
    table: 'slot_cube',
    counts: 'slots',
    keeps: 'all',
    type: 'int',
    keywords: ['authors', 'author', 'authorships'],
    claimKeyword: false,
  },
  people: {
    table: 'authorships',
    counts: 'person',
    keeps: 'all',
    type: 'int',
    keywords: ['people', 'persons'],
    claimKeyword: true,
  },
  papers: {
    table: 'paper_units',
    counts: 'paper',
    keeps: 'all',
    type: 'int',
    // `papers` as the FIRST word is the drill-down command; parse.ts decides that by position.
    keywords: ['papers', 'paper'],
    claimKeyword: false,
  },
  fractional: {
    table: 'slot_cube',
    counts: 'credit',
    keeps: 'all',
    type: 'float',
    keywords: ['fractional', 'frac'],
    claimKeyword: true,
  },
  first: {
    table: 'slot_cube',
    counts: 'slots',
    keeps: 'first',
    type: 'int',
    keywords: ['first', 'first-author', 'firstauthor'],
    claimKeyword: true,
  },
  last: {
    table: 'slot_cube',
    counts: 'slots',
    keeps: 'last',
    type: 'int',
    // Bare `last` is a question word only: in a claim "last year" must not change the method.
    keywords: ['last', 'last-author', 'lastauthor'],
    claimKeyword: false,
  },
} as const satisfies Record<MethodKey, MethodDef>;

export type Method = keyof typeof METHOD_DEFS;
export const METHODS = Object.keys(METHOD_DEFS) as Method[];

export function methodDef(method: Method): MethodDef {
  return METHOD_DEFS[method];
}

export function methodText(method: Method, lang: Lang): MethodText {
  return LOCALES[lang].methods[method];
}

/** Distinct people do not add up over groups or years: figures count them apart (peopleCounts.ts). */
export function countsPeople(method: Method): boolean {
  return METHOD_DEFS[method].counts === 'person';
}

/** The method counting one per slot the drill-down lists under `method` (authors, first, last): what its rows add up to. */
export function slotMethod(method: Method): Method {
  const keeps = METHOD_DEFS[method].keeps;
  return METHODS.find((m) => METHOD_DEFS[m].counts === 'slots' && METHOD_DEFS[m].keeps === keeps) ?? DEFAULT_METHOD;
}

/** The coverage line's word for the slots a method keeps. */
export function slotWord(method: Method, lang: Lang): string {
  return LOCALES[lang].slotWords[METHOD_DEFS[method].keeps];
}

/**
 * The SQL condition keeping a method's slots in `table` (columns qualified by `column`),
 * or null when it keeps every slot. paper_units has no slots: a method reading it keeps all.
 */
export function keptSlots(method: Method, table: MethodTable | 'coverage_cube', column: Column): RawBuilder<boolean> | null {
  const keeps = KEEPS[METHOD_DEFS[method].keeps];
  if (!keeps) return null;
  if (table === 'paper_units') throw new Error(`paper_units cannot say which author slot a row is: ${method} cannot read it`);
  return table === 'authorships' ? keeps.authorships(column) : keeps.cube(column);
}

/** The method a question counts by when it names none (parse.ts). */
export const DEFAULT_METHOD: Method = 'authors';

/** The methods as help lists them on one line: `authors` (default) `people` ... */
export function methodWords(lang: Lang): string {
  const [head, ...rest] = [DEFAULT_METHOD, ...METHODS.filter((m) => m !== DEFAULT_METHOD)].map((m) => `\`${m}\``);
  return `${head}${LOCALES[lang].defaultMethod}${LOCALES[lang].punct.space}${rest.join(' ')}`;
}

/** `help methods`: one line per method, the word then its help line. */
export function methodLines(lang: Lang): string {
  return METHODS.map((m) => `  \`${m}\`${' '.repeat(Math.max(1, 12 - m.length))}${methodText(m, lang).help}`).join('\n');
}

/** Claim phrases (and what follows a count) naming each method, in registry order. */
export const CLAIM_PHRASES: ReadonlyArray<{ method: Method; phrase: RegExp; afterCount: RegExp | null }> = METHODS.flatMap((method) => {
  const def: MethodDef = METHOD_DEFS[method];
  const all = LANGS.flatMap((lang) => methodText(method, lang).phrases);
  if (all.length === 0) return [];
  const given = LANGS.flatMap((lang) => methodText(method, lang).afterCount ?? []);
  const after = given.length > 0 ? given : def.keeps === 'all' ? [] : all;
  return [
    {
      method,
      phrase: new RegExp(all.join('|'), 'gi'),
      afterCount: after.length > 0 ? new RegExp(`^\\s*${claimWords((w) => w.personWords)}?\\s*(?:${after.join('|')})`, 'i') : null,
    },
  ];
});
