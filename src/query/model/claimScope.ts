// What a claim is about when it is not something airank holds: the words and reasons of
// data/claim-scope.json. A sentence about another conference, journals, citations, patents,
// researchers by origin, "AI talent", one person or another database is refused with that
// reason, never checked on the nearest figure airank has; numbers airank does not hold
// (acceptance rates, gaps, ratios, list sizes) are listed as not checked.
import scope from '../../../data/claim-scope.json' with { type: 'json' };
import type { Lang } from '../../domain/lang.ts';
import { claimWordList } from '../../i18n/claimWords.ts';
import { LOCALES } from '../../i18n/locales/byLang.ts';
import type { StringKey } from '../../i18n/locales/en.ts';
import { t } from '../../i18n/t.ts';

interface Entry {
  id: string;
  /** English's words; each language's own are its locale's (claimWords.scope). */
  patterns: string[];
  unlessVenue?: boolean;
}

/** Why a whole sentence is not checked. `years`: outside the data (read/years.ts says which). */
export type OutOfScope = 'venue' | 'journal' | 'citations' | 'patents' | 'origin' | 'talent' | 'person' | 'otherData' | 'submissions' | 'years';

/** Why one number or name in a sentence is not checked. */
export type UncheckedReason =
  | 'submissions'
  | 'gap'
  | 'ratio'
  | 'listSize'
  | 'absent'
  | 'venues'
  | 'institutions'
  | 'noName'
  | 'compared'
  | 'noFigure'
  | 'joint'
  | 'noUnit'
  | 'pronoun'
  | 'unread';

const compile = (e: Entry): RegExp[] => [...e.patterns, ...claimWordList((w) => w.scope?.[e.id])].map((p) => new RegExp(p, 'i'));
const OUT = (scope.outOfScope as Entry[]).map((e) => ({ ...e, res: compile(e) }));
const NOT = new Map((scope.notFigures as Entry[]).map((e) => [e.id, { ...e, res: compile(e) }]));
/** The venues airank covers, named: "AI papers at NeurIPS" is in scope. */
const COVERED_VENUE = /\b(?:NeurIPS|NIPS|ICML|ICLR)\b/i;

const NOT_NAMES = new Set([...(scope.notNames as string[]), ...claimWordList((w) => w.notNames)].map((w) => w.toLowerCase()));

/** Words that never name a place in a claim ("AI" is not Anguilla's code). */
export function isNotName(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase());
}

/** The first topic the sentence is about that airank does not hold, or null. */
export function outOfScope(text: string): OutOfScope | null {
  const venue = COVERED_VENUE.test(text);
  for (const e of OUT) {
    if (e.unlessVenue && venue) continue;
    if (e.res.some((re) => re.test(text))) return e.id as OutOfScope;
  }
  return null;
}

/** Does this clause speak of submissions or acceptance rates? */
export function aboutSubmissions(clause: string): boolean {
  return NOT.get('submissions')!.res.some((re) => re.test(clause));
}

/** Does the sentence say what its counts count (authors, papers, 人, 篇 ...)? */
export function namesAUnit(text: string): boolean {
  return NOT.get('noUnit')!.res.some((re) => re.test(text));
}

/** The reason in the language (its locale's `scope.<id>` string), or the id when no reason is written for it. */
function scopeLabel(id: string, lang: Lang): string {
  const key = `scope.${id}`;
  return key in LOCALES[lang].strings ? t(lang, key as StringKey) : id;
}

export function outOfScopeLabel(id: OutOfScope, lang: Lang): string {
  return scopeLabel(id, lang);
}

export function uncheckedLabel(id: UncheckedReason, lang: Lang): string {
  return scopeLabel(id, lang);
}
