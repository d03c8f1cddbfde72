// The numbers of a claim that are not figures airank checks, read before the figures so
// they are never taken for one: submissions and acceptance rates, gaps ("ahead of Microsoft
// by 60%"), ratios ("twice as many as", 微软的2倍以上), a number of conferences (国際3学会),
// claims that something is absent ("no Japanese company made the top 50"). Each is kept
// with its place and reason (listed as not checked). Also read here, because their numbers
// are easily taken for author counts: counts of institutions in a list ("4 of the top 10",
// 上位10機関に中国勢が4機関) and ranks within a list ("made the top 20", 进入前20名).
// Like model/claimFigure.ts, each pattern blanks what it reads, keeping offsets.
import type { ClaimFigure } from '../model/claimFigure.ts';
import { aboutSubmissions, type UncheckedReason } from '../model/claimScope.ts';

export interface Aside {
  text: string;
  at: number;
  reason: UncheckedReason;
}

const blank = (s: string): string => ' '.repeat(s.length);
const NUM = '\\d+(?:[.,]\\d+)*';

const ASIDE: Array<[RegExp, UncheckedReason]> = [
  [/\b(?:no|none\s+of\s+(?:the\s+)?)\b[^.;,]*?\b(?:made|make|makes|entered|in|into|reached)\s+the\s+top[\s-]?\d+/gi, 'absent'],
  // With its subject (日本企业未能进入前50): "企业" there is not a scope of the sentence.
  [/[^，,。；;]*?(?:未能|没有|没能|未)(?:能)?(?:进入|跻身|入围)(?:了)?\s*前\s*\d+\s*名?/g, 'absent'],
  [/[^、，,。]*?(?:上位|トップ)\s*\d+\s*(?:機関|校|社|位)?(?:以内)?に(?:は)?入(?:らず|らなかった|れず|れなかった)/g, 'absent'],
  [new RegExp(`(?<=(?:ahead\\s+of|behind|over|than|outnumber\\w*|lead\\w*)\\s[^,.;]{0,40}?)\\bby\\s+${NUM}\\s*(?:%|per\\s?cent\\b)`, 'gi'), 'gap'],
  [new RegExp(`${NUM}\\s*(?:%|per\\s?cent)\\s+(?:more|fewer|higher|lower|larger|smaller)\\s+than`, 'gi'), 'gap'],
  [new RegExp(`(?:高出|多出|领先|超出)\\s*${NUM}\\s*[%％]`, 'g'), 'gap'],
  [new RegExp(`${NUM}\\s*[%％]\\s*(?:上回|下回)`, 'g'), 'gap'],
  [/\b(?:twice|(?:\d+(?:\.\d+)?|two|three|four|five|ten)\s+times)\s+(?:as\s+(?:many|much|large)|more\s+than|that\s+of)\b/gi, 'ratio'],
  [new RegExp(`(?<=[的の]\\s*)${NUM}\\s*倍(?:以上|多|近く|強|弱)?`, 'g'), 'ratio'],
  [/\b(?:\d+|two|three)\s+(?:leading\s+|top\s+|major\s+|premier\s+|flagship\s+|big\s+)?(?:AI\s+|ML\s+)?conferences\b/gi, 'venues'],
  [/(?:国际|国際)?\s*\d+\s*(?:个|個|大)?\s*(?:顶尖|顶级|トップ)?\s*(?:AI)?\s*(?:学会|会议|會議|顶会|国際会議)/g, 'venues'],
];

/** Counts of institutions in a list: value and list size by group. */
const LIST_COUNTS: Array<{ re: RegExp; value: number; top: number; keepMiddle?: boolean }> = [
  {
    re: /\b(\d+)\s+of\s+the\s+(?:top[\s-]?(\d+)|(\d+)\s+(?:(?:leading|largest|biggest)\s+)?(?:institutions|universities|organi[sz]ations|companies|labs))(?:\s+with\s+the\s+most\s+\w+)?(?:\s+(?:spots|places|positions|institutions|universities|organi[sz]ations|companies))?/gi,
    value: 1,
    top: 2,
  },
  {
    re: /(?:最多的)?前\s*(\d+)\s*(?:大|名)?\s*(?:研究机构|机构|高校|大学|企业)?(?:中|里|之中|当中)?[，,\s]*(?:有)?\s*(\d+)\s*(?:家|所|个|個)/g,
    value: 2,
    top: 1,
  },
  { re: /(\d+)\s*(?:家|所|个|個)\s*(?:机构|大学|高校|企业)?\s*(?:进入|入围|跻身|位列)(?:了)?\s*前\s*(\d+)\s*名?/g, value: 1, top: 2 },
  // The name is inside: 上位10機関に中国勢が4機関 (only the list and the number are blanked).
  { re: /(?:上位|トップ)\s*(\d+)\s*(?:機関|校|社)?\s*(?:に|の(?:うち|中で?))[^。、]*?(\d+)\s*(?:機関|校|社|つ)/g, value: 2, top: 1, keepMiddle: true },
];

/** A rank within a list ("made the top 20"): at most N. */
const WITHIN: RegExp[] = [
  /\b(?:made|make|makes|entered|enter|enters|into|reached|reach|cracked)\s+the\s+top[\s-]?(\d+)\b/gi,
  /(?:进入|跻身|入围)(?:了)?\s*前\s*(\d+)\s*名?/g,
  /(?:上位|トップ)\s*(\d+)\s*(?:機関|校|社|位)?(?:以内)?に入っ/g,
];

/** Every number written in a clause about submissions or acceptance rates. */
function submissionNumbers(text: string, found: Aside[]): string {
  let rest = text;
  for (const clause of text.matchAll(/[^,;，；。、]+/g)) {
    if (!aboutSubmissions(clause[0])) continue;
    for (const n of clause[0].matchAll(/\d+(?:[.,]\d+)*\s*(?:%|％|万)?/g)) {
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
  for (const { re, value, top, keepMiddle } of LIST_COUNTS) {
    rest = rest.replace(re, (m: string, ...args: unknown[]) => {
      const at = args[args.length - 2] as number;
      const groups = args.slice(0, -2) as Array<string | undefined>;
      const n = Number(groups[value - 1]);
      const size = Number(groups[top - 1] ?? groups[top]);
      figures.push({ kind: 'count', value: n, decimals: 0, text: m.trim(), at, counts: 'institutions', top: size });
      return keepMiddle ? m.replace(/\d+|上位|トップ|機関|校|社|つ/g, blank) : blank(m);
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
