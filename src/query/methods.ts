// The counting methods, one definition each: the table a method counts, what a slot
// contributes, which author slots it keeps, its value type, its text in three languages
// and the words that name it. The SQL (aggregate.ts, scopeCoverage.ts), the lexicon, the
// claim reader, labels, help and the pre-summed figures all read this table: a new method
// is one entry here (README, "Adding a counting method").
import { sql, type RawBuilder } from 'kysely';
import { SLOT_ROLE } from '../db/schema.ts';
import type { Lang } from '../domain/lang.ts';

/** The table a method counts from: author slots pre-summed, the slots themselves, or (paper, institution) pairs. */
export type MethodTable = 'slot_cube' | 'authorships' | 'paper_units';

/** What one counted row contributes: a slot, its 1/N credit, a distinct person, a distinct paper. */
export type Contribution = 'slots' | 'credit' | 'person' | 'paper';

/** Which author slots of each paper a method keeps. */
export type SlotSet = 'all' | 'first' | 'last';

/** A method's words in one language (each figure and label says what it counts). */
export interface MethodText {
  /** The footer's and `method`'s description of the method. */
  label: string;
  /** Value column header. */
  column: string;
  /** Chart subtitle and axis: what is counted. */
  unit: string;
  /** Chart footnote: the method in a few words. */
  chart: string;
  /** What a share is a share of. */
  shareOf: string;
  /** One line of `help methods`. */
  help: string;
}

export interface MethodDef {
  table: MethodTable;
  counts: Contribution;
  keeps: SlotSet;
  type: 'int' | 'float';
  text: Record<Lang, MethodText>;
  /** Question words (`2024 top10 first`), lower case. */
  keywords: readonly string[];
  /** A bare keyword in a claim names the method ("authors" is every claim's noun, "papers" and "last" say other things). */
  claimKeyword: boolean;
  /** Claim phrases naming the method ("among first authors"), regular expressions, per language. */
  phrases: Record<Lang, readonly string[]>;
  /** What follows a count to name the method ("300 papers", "1,000 first authors"); default: the phrases. */
  afterCount?: readonly string[];
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

/** How a slot set names the slots it keeps, in the footer's coverage line ("12 first-author slots"). */
const SLOT_WORDS: Record<SlotSet, Record<Lang, string>> = {
  all: { en: 'author slots', zh: '作者署名', ja: '著者枠' },
  first: { en: 'first-author slots', zh: '第一作者署名', ja: '筆頭著者枠' },
  last: { en: 'last-author slots', zh: '末位作者署名', ja: '最終著者枠' },
};

const FIRST_PHRASES = { en: ['\\bfirst[\\s-]authors?(?:hips?)?\\b'], zh: ['第一作者'], ja: ['筆頭著者'] };
// "Senior author" is how ML papers' last author is usually described; 通讯作者 (corresponding) is not: it can be anyone.
const LAST_PHRASES = { en: ['\\b(?:last|senior)[\\s-]authors?(?:hips?)?\\b'], zh: ['末位作者', '最后作者'], ja: ['最終著者', 'ラストオーサー'] };

export const METHOD_DEFS = {
  authors: {
    table: 'slot_cube',
    counts: 'slots',
    keeps: 'all',
    type: 'int',
    text: {
      en: {
        label: 'author slots on accepted papers (a paper with 5 authors counts 5)',
        column: 'Authors',
        unit: 'Authors on accepted papers',
        chart: 'author slots (a paper with 5 authors counts 5)',
        shareOf: 'author slots',
        help: 'author counts (default)',
      },
      zh: {
        label: '录用论文的作者署名数（5 位作者的论文计 5）',
        column: '作者数',
        unit: '录用论文作者数',
        chart: '作者署名数（5 位作者的论文计 5）',
        shareOf: '作者署名',
        help: '作者署名数（默认）',
      },
      ja: {
        label: '採択論文の著者枠数（著者 5 人の論文は 5）',
        column: '著者数',
        unit: '採択論文の著者数',
        chart: '著者枠数（著者 5 人の論文は 5）',
        shareOf: '著者枠',
        help: '著者枠数（既定）',
      },
    },
    keywords: ['authors', 'author', 'authorships'],
    claimKeyword: false,
    phrases: { en: [], zh: [], ja: [] },
  },
  people: {
    table: 'authorships',
    counts: 'person',
    keeps: 'all',
    type: 'int',
    text: {
      en: {
        label: 'distinct people (each person once per group, whatever the number of papers)',
        column: 'People',
        unit: 'Distinct people on accepted papers',
        chart: 'distinct people (each once per group)',
        shareOf: 'distinct people',
        help: 'distinct people',
      },
      zh: {
        label: '去重人数（每人在每组中只计一次，不论论文数）',
        column: '人数',
        unit: '录用论文作者人数（去重）',
        chart: '去重人数（每人每组计一次）',
        shareOf: '不同的人',
        help: '去重人数',
      },
      ja: {
        label: '重複なしの人数（論文数にかかわらず、1 人をグループごとに 1 回）',
        column: '人数',
        unit: '採択論文の著者の人数（重複なし）',
        chart: '重複なしの人数（グループごとに 1 人 1 回）',
        shareOf: '異なる人数',
        help: '重複なしの人数',
      },
    },
    keywords: ['people', 'persons'],
    claimKeyword: true,
    phrases: {
      en: ['\\b(?:distinct|unique|individual)\\s+(?:people|researchers|authors|persons)\\b', '\\bcounting\\s+people\\b'],
      zh: ['去重'],
      ja: ['重複なし'],
    },
  },
  papers: {
    table: 'paper_units',
    counts: 'paper',
    keeps: 'all',
    type: 'int',
    text: {
      en: {
        label: 'papers with at least one author from the group',
        column: 'Papers',
        unit: 'Accepted papers with at least one affiliated author',
        chart: 'papers with at least one author from the group',
        shareOf: 'papers (each once, however many institutions it has)',
        help: 'paper counts (only when `papers` is not the first word)',
      },
      zh: {
        label: '至少有一位该组作者的论文数',
        column: '论文数',
        unit: '至少有一位该机构/地区作者的录用论文数',
        chart: '至少有一位该组作者的论文数',
        shareOf: '论文（每篇只计一次，无论有多少机构）',
        help: '论文数（`papers` 不是第一个词时）',
      },
      ja: {
        label: 'そのグループの著者が 1 人以上いる論文の数',
        column: '論文数',
        unit: '所属著者が1人以上いる採択論文の数',
        chart: 'そのグループの著者が 1 人以上いる論文の数',
        shareOf: '論文（機関がいくつあっても各 1 回）',
        help: '論文数（`papers` が最初の語でないとき）',
      },
    },
    // `papers` as the FIRST word is the drill-down command; parse.ts decides that by position.
    keywords: ['papers', 'paper'],
    claimKeyword: false,
    phrases: { en: ['\\bcounting\\s+papers\\b', '\\bby\\s+papers\\b'], zh: ['按论文'], ja: ['論文数で'] },
    afterCount: ['(?:accepted\\s+|NeurIPS\\s+|ICML\\s+|ICLR\\s+)?papers?\\b', '篇', '本の論文', '件の論文'],
  },
  fractional: {
    table: 'slot_cube',
    counts: 'credit',
    keeps: 'all',
    type: 'float',
    text: {
      en: {
        label: 'fractional credit (each author slot counts 1/N of its paper)',
        column: 'Fractional authors',
        unit: 'Fractional authors on accepted papers',
        chart: 'fractional credit (each author 1/N of the paper)',
        shareOf: 'fractional credit',
        help: "fractional credit: each paper's credit is shared between its authors",
      },
      zh: {
        label: '分数计数（每个作者署名计其论文的 1/N）',
        column: '分数作者数',
        unit: '录用论文分数作者数',
        chart: '分数计数（每位作者计论文的 1/N）',
        shareOf: '分数计分',
        help: '分数计数：每篇论文的份额由其作者平分',
      },
      ja: {
        label: '按分（著者枠 1 つにつき論文の 1/N）',
        column: '按分著者数',
        unit: '採択論文の按分著者数',
        chart: '按分（著者 1 人につき論文の 1/N）',
        shareOf: '按分クレジット',
        help: '按分：論文 1 本の分を著者で等分',
      },
    },
    keywords: ['fractional', 'frac'],
    claimKeyword: true,
    phrases: { en: ['\\bfractional(?:\\s+(?:credit|count(?:ing)?))?\\b'], zh: ['分数计'], ja: ['按分'] },
  },
  first: {
    table: 'slot_cube',
    counts: 'slots',
    keeps: 'first',
    type: 'int',
    text: {
      en: { label: 'first authors only', column: 'First authors', unit: 'First authors of accepted papers', chart: 'first authors only', shareOf: 'first-author slots', help: 'first authors only' },
      zh: { label: '仅第一作者', column: '第一作者数', unit: '录用论文第一作者数', chart: '仅第一作者', shareOf: '第一作者署名', help: '仅第一作者' },
      ja: { label: '筆頭著者のみ', column: '筆頭著者数', unit: '採択論文の筆頭著者数', chart: '筆頭著者のみ', shareOf: '筆頭著者枠', help: '筆頭著者のみ' },
    },
    keywords: ['first', 'first-author', 'firstauthor'],
    claimKeyword: true,
    phrases: FIRST_PHRASES,
  },
  last: {
    table: 'slot_cube',
    counts: 'slots',
    keeps: 'last',
    type: 'int',
    text: {
      en: {
        label: 'last authors only (the last author of each paper, often its senior author)',
        column: 'Last authors',
        unit: 'Last authors of accepted papers',
        chart: 'last authors only',
        shareOf: 'last-author slots',
        help: 'last authors only (often the senior author; a single author is both first and last)',
      },
      zh: {
        label: '仅末位作者（每篇论文的最后一位作者，通常是资深作者）',
        column: '末位作者数',
        unit: '录用论文末位作者数',
        chart: '仅末位作者',
        shareOf: '末位作者署名',
        help: '仅末位作者（通常是资深作者；独著者既是第一作者也是末位作者）',
      },
      ja: {
        label: '最終著者のみ（各論文の最後の著者。多くはシニア著者）',
        column: '最終著者数',
        unit: '採択論文の最終著者数',
        chart: '最終著者のみ',
        shareOf: '最終著者枠',
        help: '最終著者のみ（多くはシニア著者。単著なら筆頭著者でもある）',
      },
    },
    // Bare `last` is a question word only: in a claim "last year" must not change the method.
    keywords: ['last', 'last-author', 'lastauthor'],
    claimKeyword: false,
    phrases: LAST_PHRASES,
  },
} as const satisfies Record<string, MethodDef>;

export type Method = keyof typeof METHOD_DEFS;
export const METHODS = Object.keys(METHOD_DEFS) as Method[];

export function methodDef(method: Method): MethodDef {
  return METHOD_DEFS[method];
}

export function methodText(method: Method, lang: Lang): MethodText {
  return METHOD_DEFS[method].text[lang];
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
  return SLOT_WORDS[METHOD_DEFS[method].keeps][lang];
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

const DEFAULT_WORD: Record<Lang, string> = { en: ' (default)', zh: '（默认）', ja: '（既定）' };

/** The method a question counts by when it names none (parse.ts). */
export const DEFAULT_METHOD: Method = 'authors';

/** The methods as help lists them on one line: `authors` (default) `people` ... */
export function methodWords(lang: Lang): string {
  const [head, ...rest] = [DEFAULT_METHOD, ...METHODS.filter((m) => m !== DEFAULT_METHOD)].map((m) => `\`${m}\``);
  return `${head}${DEFAULT_WORD[lang]}${lang === 'en' ? ' ' : ''}${rest.join(' ')}`;
}

/** `help methods`: one line per method, the word then its help line. */
export function methodLines(lang: Lang): string {
  return METHODS.map((m) => `  \`${m}\`${' '.repeat(Math.max(1, 12 - m.length))}${METHOD_DEFS[m].text[lang].help}`).join('\n');
}

/** Claim phrases (and what follows a count) naming each method, in registry order. */
export const CLAIM_PHRASES: ReadonlyArray<{ method: Method; phrase: RegExp; afterCount: RegExp | null }> = METHODS.flatMap((method) => {
  const def: MethodDef = METHOD_DEFS[method];
  const all = [...def.phrases.en, ...def.phrases.zh, ...def.phrases.ja];
  if (all.length === 0) return [];
  const after = def.afterCount ?? (def.keeps === 'all' ? [] : all);
  return [{ method, phrase: new RegExp(all.join('|'), 'gi'), afterCount: after.length > 0 ? new RegExp(`^\\s*(?:名|人)?\\s*(?:${after.join('|')})`, 'i') : null }];
});
