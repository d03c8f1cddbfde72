// The numbers of a claim that are not figures airank checks, read before the figures so
// they are never taken for one: submissions and acceptance rates, gaps ("ahead of Microsoft
// by 60%"), ratios ("twice as many as", 微软的2倍以上), a number of conferences (国際3学会),
// claims that something is absent ("no Japanese company made the top 50"). Each is kept
// with its place and reason (listed as not checked). Also read here, because their numbers
// are easily taken for author counts: counts of institutions in a list ("4 of the top 10",
// 上位10機関に中国勢が4機関) and ranks within a list ("made the top 20", 进入前20名).
// Like model/claimFigure.ts, each pattern blanks what it reads, keeping offsets. English's
// patterns are here; each language's are its locale's (claimWords).
import type { ClaimFigure } from '../model/claimFigure.ts';
import { aboutSubmissions, type UncheckedReason } from '../model/claimScope.ts';
import { LANGS } from '../../domain/lang.ts';
import { claimWordList, scaleWords } from '../../i18n/claimWords.ts';
import { LOCALES } from '../../i18n/locales/byLang.ts';

export interface Aside {
  text: string;
  at: number;
  reason: UncheckedReason;
}

const blank = (s: string): string => ' '.repeat(s.length);
const NUM = '\\d+(?:[.,]\\d+)*';

/** English's patterns; each language's own are its locale's (claimWords.asides, listCounts, within). */
const EN_ASIDE: Record<'absent' | 'gap' | 'ratio' | 'venues', RegExp[]> = {
  absent: [/\b(?:no|none\s+of\s+(?:the\s+)?)\b[^.;,]*?\b(?:made|make|makes|entered|in|into|reached)\s+the\s+top[\s-]?\d+/gi],
  gap: [
    new RegExp(`(?<=(?:ahead\\s+of|behind|over|than|outnumber\\w*|lead\\w*)\\s[^,.;]{0,40}?)\\bby\\s+${NUM}\\s*(?:%|per\\s?cent\\b)`, 'gi'),
    new RegExp(`${NUM}\\s*(?:%|per\\s?cent)\\s+(?:more|fewer|higher|lower|larger|smaller)\\s+than`, 'gi'),
  ],
  ratio: [/\b(?:twice|(?:\d+(?:\.\d+)?|two|three|four|five|ten)\s+times)\s+(?:as\s+(?:many|much|large)|more\s+than|that\s+of)\b/gi],
  venues: [/\b(?:\d+|two|three)\s+(?:leading\s+|top\s+|major\s+|premier\s+|flagship\s+|big\s+)?(?:AI\s+|ML\s+)?conferences\b/gi],
};

// By reason, English's first, then each language's in the order of LANGS.
const ASIDE: Array<[RegExp, UncheckedReason]> = (['absent', 'gap', 'ratio', 'venues'] as const).flatMap((reason) =>
  [...EN_ASIDE[reason], ...claimWordList((w) => w.asides?.[reason]).map((p) => new RegExp(p, 'g'))].map((re): [RegExp, UncheckedReason] => [re, reason]),
);

/** Counts of institutions in a list: value and list size by group; `inside`: blank only these when names stand inside. */
const LIST_COUNTS: Array<{ re: RegExp; value: number; top: number; inside?: RegExp }> = [
  {
    re: /\b(\d+)\s+of\s+the\s+(?:top[\s-]?(\d+)|(\d+)\s+(?:(?:leading|largest|biggest)\s+)?(?:institutions|universities|organi[sz]ations|companies|labs))(?:\s+with\s+the\s+most\s+\w+)?(?:\s+(?:spots|places|positions|institutions|universities|organi[sz]ations|companies))?/gi,
    value: 1,
    top: 2,
  },
  ...LANGS.flatMap((lang) =>
    (LOCALES[lang].claimWords.listCounts ?? []).map(({ re, value, top, inside }) => ({
      re: new RegExp(re, 'g'),
      value,
      top,
      ...(inside ? { inside: new RegExp(inside, 'g') } : {}),
    })),
  ),
];

/** A rank within a list ("made the top 20"): at most N. */
const WITHIN: RegExp[] = [
  /\b(?:made|make|makes|entered|enter|enters|into|reached|reach|cracked)\s+the\s+top[\s-]?(\d+)\b/gi,
  ...claimWordList((w) => w.within).map((p) => new RegExp(p, 'g')),
];

/** A number with its percent sign or its word for ten thousand (万, 만: claimWords.scales). */
const SUBMISSION_NUMBER = new RegExp(`\\d+(?:[.,]\\d+)*\\s*(?:%|％|${scaleWords(10_000)})?`, 'g');

/** Every number written in a clause about submissions or acceptance rates. */
function submissionNumbers(text: string, found: Aside[]): string {
  let rest = text;
  for (const clause of text.matchAll(/[^,;，；。、]+/g)) {
    if (!aboutSubmissions(clause[0])) continue;
    for (const n of clause[0].matchAll(SUBMISSION_NUMBER)) {
      const at = clause.index! + n.index!;
      found.push({ text: n[0].trim(), at, reason: 'submissions' });
      rest = rest.slice(0, at) + blank(n[0]) + rest.slice(at + n[0].length);
    }
  }
  return rest;
}

export function takeAside(text: string): { unchecked: Aside[]; figures: ClaimFigure[]; rest: string } {
  const unchecked: Aside[] = [];
  const figures: ClaimFigure[] = [];
  let rest = submissionNumbers(text, unchecked);
  for (const [re, reason] of ASIDE) {
    rest = rest.replace(re, (m: string, ...args: unknown[]) => {
      const at = args[args.length - 2] as number;
      unchecked.push({ text: m.trim(), at, reason });
      return blank(m);
    });
  }
  for (const { re, value, top, inside } of LIST_COUNTS) {
    rest = rest.replace(re, (m: string, ...args: unknown[]) => {
      const at = args[args.length - 2] as number;
      const groups = args.slice(0, -2) as Array<string | undefined>;
      const n = Number(groups[value - 1]);
      const size = Number(groups[top - 1] ?? groups[top]);
      figures.push({ kind: 'count', value: n, decimals: 0, text: m.trim(), at, counts: 'institutions', top: size });
      return inside ? m.replace(inside, blank) : blank(m);
    });
  }
  for (const re of WITHIN) {
    rest = rest.replace(re, (m: string, n: string, at: number) => {
      figures.push({ kind: 'rank', value: Number(n), decimals: 0, text: m.trim(), at, qualifier: 'atMost', top: Number(n) });
      return blank(m);
    });
  }
  return { unchecked, figures, rest };
}
