// Reads a claim as an editor writes it ("In 2023, Chinese authors accounted for 28% of
// NeurIPS papers", "東大の著者数は171人だった") into what it says: for each figure in the
// sentence, one entity, the figure, the year or years, and the filters. Names, filter
// words and methods come from the parser's lexicon (one table of words); anything it
// cannot read exactly is reported as missing rather than guessed, because a wrong reading
// would "confirm" a figure nobody claimed.
import { VENUES, YEARS } from '../../domain/venues.ts';
import { RANGE_DASH, YEAR as YEAR_PATTERN, outsideData, readYearWord, yearSpan, yearsOf, type YearSpan } from '../read/years.ts';
import { cjkKeywordList, keywordOf, type Keyword } from '../context/lexicon.ts';
import { CLAIM_PHRASES, type Method, methodDef } from '../model/methods.ts';
import { longestName, readCountryValue } from '../read/names.ts';
import type { Entity } from '../model/types.ts';
import { arabicNumerals, takeFigures, type ClaimFigure } from '../model/claimFigure.ts';
import { problemWords } from './explain.ts';
import type { Lexicon } from '../model/lexiconInterface.ts';
import type { Status } from '../../domain/ids.ts';
import { takeAside, type Aside } from './aside.ts';
import { isNotName, namesAUnit, outOfScope } from '../model/claimScope.ts';
import { plainNumbers } from '../model/numberWords.ts';
import { claimWordList, claimWords } from '../../i18n/claimWords.ts';
import type { Claim, ClaimReading, Missing, Problem, Unchecked } from './reading.ts';

const MAX_TOP = 1000;
/** Tiers in the venue table's order: a set of them is written the same way whatever the sentence's order. */
const STATUS_ORDER = VENUES.tiers.map((t) => t.id as Status);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]/;
/** A year, captured: the shared reader's pattern (read/years.ts). */
const YEAR = `(${YEAR_PATTERN})`;
/** A span of years back from the one written, in each language (locale claimWords.yearSpan: 4年間で). */
const YEAR_SPAN = claimWords((w) => w.yearSpan);
/** A year span's words in each language (locale claimWords.span: 从, 年, から, まで). */
const SPAN = (part: 'from' | 'year' | 'to' | 'end') => claimWords((w) => w.span?.[part]);
/** "国内1位", "domestically": a rank among the institution's own country's institutions. */
const DOMESTIC = new RegExp(`${claimWords((w) => w.domestic)}|domestically|at home`, 'i');

interface YearMention {
  years: number[];
  at: number;
  end: number;
  range: boolean;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const numberWord = (w: string): number => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS.indexOf(w.toLowerCase()) + 1);

interface Years {
  mentions: YearMention[];
  outside: number[];
  rest: string;
  /** "this year" (0), "last year" (-1), 今年, 昨年: a year the context must supply. */
  relative?: number;
  /** "over four years", 四年内, 4年間で: a span ending in the year written. */
  span?: number;
}

/** Each language's count words after a figure (名, 篇, 명): a year they follow is a count. */
const COUNT_WORDS = claimWords((w) => w.countWords);
/** "this year", "last year" and each language's (今年, 去年, 작년). */
const RELATIVE_YEAR = new RegExp(`\\b(?:this|last)\\s+year\\b|${claimWords((w) => w.thisYear)}|${claimWords((w) => w.lastYear)}`, 'gi');
const LAST_YEAR = new RegExp(`last|${claimWords((w) => w.lastYear)}`, 'i');
const SHORT_YEARS = claimWordList((w) => w.shortYear).map((p) => new RegExp(p, 'g'));

/**
 * Years written as ranges ("2020-2024", "from 2020 to 2024", 2020年から2024年) or one by one,
 * with where. What a year or a range is, and whether the data covers it, is the question
 * parser's reader (read/years.ts); only where prose puts years is read here: also two-digit
 * years (21年), spans ("over four years") and years relative to the article ("this year").
 */
function takeYears(text: string): Years {
  const mentions: YearMention[] = [];
  const outside: number[] = [];
  let relative: number | undefined;
  let span: number | undefined;
  const blank = (m: string): string => ' '.repeat(m.length);
  const add = (m: string, at: number, s: YearSpan | null, range: boolean): string => {
    if (!s) return m;
    const out = outsideData(s);
    outside.push(...out);
    if (out.length === 0) mentions.push({ years: yearsOf(s), at, end: at + m.length, range });
    return blank(m);
  };
  const between = (m: string, a: string, b: string, at: number): string => add(m, at, yearSpan(Number(a), Number(b)), true);
  const read = text
    .replace(new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|through|till)\\s+${YEAR}(?!\\d)`, 'gi'), between)
    .replace(new RegExp(`${SPAN('from')}?${YEAR}\\s*${SPAN('year')}?\\s*(?:${SPAN('to')}|～|〜|~)\\s*${YEAR}\\s*${SPAN('year')}?${SPAN('end')}?`, 'g'), between)
    .replace(new RegExp(`(?<![\\d,.])${YEAR}\\s*(?:${RANGE_DASH}|to)\\s*${YEAR}(?![\\d%])`, 'gi'), between)
    // A range in one word as the parser reads it ("2020-24"); the short end only right after the dash:
    // in "from 34 in 2020 to 11,380" the 11 is part of a count.
    .replace(new RegExp(`(?<![\\d,.])${YEAR_PATTERN}${RANGE_DASH}\\d\\d(?![\\d%,.])`, 'g'), (m: string, at: number) => add(m, at, readYearWord(m), true))
    // Right after a venue it is a year, whatever follows ("ICML 2022 authors").
    .replace(new RegExp(`(?<=\\b(?:NeurIPS|NIPS|ICML|ICLR)\\s?)${YEAR_PATTERN}(?!\\d)`, 'gi'), (m: string, at: number) => add(m, at, readYearWord(m), false))
    // A year, not a count: "2000名" / "2000 authors" is a count; after a comma too ("，2024", "rose,2024"), but not inside 1,2024.
    .replace(
      new RegExp(
        `(?<!\\d)(?<!\\d[,.])${YEAR_PATTERN}(?![\\d%]|[,.]\\d|\\s*(?:${COUNT_WORDS}|authors|papers|researchers))(?:\\s*${claimWords((w) => w.yearAfter)})?`,
        'g',
      ),
      (m: string, at: number) => add(m, at, readYearWord(m.slice(0, 4)), false),
    )
    .replace(
      new RegExp(
        `\\b(?:over|in|within|across)\\s+(?:the\\s+(?:past|last)\\s+)?(\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+years\\b|${YEAR_SPAN}`,
        'gi',
      ),
      (m: string, ...groups: unknown[]) => {
        span = numberWord(groups.find((g): g is string => typeof g === 'string') ?? '');
        return blank(m);
      },
    )
    .replace(RELATIVE_YEAR, (m: string) => {
      relative = LAST_YEAR.test(m) ? -1 : 0;
      return blank(m);
    });
  // Two-digit years in each language (claimWords.shortYear: "21年", "20年には"; not 过去20年, not a count of years).
  const rest = SHORT_YEARS.reduce(
    (t, re) =>
      t.replace(re, (m: string, yy: string, at: number) => {
        const y = 2000 + Number(yy);
        return add(m, at, yearSpan(y, y), false);
      }),
    read,
  );
  return { mentions, outside, rest, ...(relative !== undefined ? { relative } : {}), ...(span !== undefined ? { span } : {}) };
}

/** "top 50", and each language's (前50名): one group, the list's size. */
const LIST_SIZE = new RegExp(['\\btop[\\s-]?(\\d+)\\b', ...claimWordList((w) => w.listSize)].join('|'), 'gi');

/** "top 50", 前50名, 上位50機関, トップ100: the list a figure is read in, with where it was written. */
function takeScope(text: string): { top?: number; spans: Aside[]; rest: string } {
  let top: number | undefined;
  const spans: Aside[] = [];
  const rest = text.replace(LIST_SIZE, (m: string, ...args: unknown[]) => {
    top = Number(args.find((g): g is string => typeof g === 'string'));
    spans.push({ text: m.trim(), at: args.find((g): g is number => typeof g === 'number') ?? 0, reason: 'listSize' });
    return ' '.repeat(m.length);
  });
  return { top, spans, rest };
}

/** Method phrases the words alone do not carry ("among first authors", "counting papers"). */
function takeMethod(text: string): { method?: Method; rest: string } {
  let method: Method | undefined;
  let rest = text;
  for (const { phrase, method: m } of CLAIM_PHRASES) {
    rest = rest.replace(phrase, (match) => {
      method ??= m;
      return ' '.repeat(match.length);
    });
  }
  return { method, rest };
}

interface Word {
  text: string;
  at: number;
}

/** Latin words and CJK runs with their offsets; possessives cut ("China's"). Runs are by script (the iteration and
 * prolonged-sound marks U+3005 and U+30FC belong to the run they are in; U+30FB, the middle dot, parts words), not by
 * any one language's words. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const re =
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u30fc]+|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u30fc,;!?()[\]{}"“”«»「」『』，、；：！？。（）\u30fb]+/gu;
  for (const m of text.matchAll(re)) {
    const w = m[0].replace(/['’]s$/i, '').replace(/^[.'’:-]+|[.'’:-]+$/g, '');
    if (w) out.push({ text: w, at: m.index! + m[0].indexOf(w[0]) });
  }
  return out;
}

interface Named {
  entity: Entity;
  at: number;
  length: number;
  /** The word before: "than", "behind", "in", "among"...; in CJK text the character before and after (日本で). */
  before: string;
  after: string;
}

interface Found {
  names: Named[];
  ambiguous: string[];
  filters: Pick<Claim, 'conferences' | 'track' | 'status' | 'exact' | 'instType' | 'units' | 'method'>;
  /** Every tier named ("orals and spotlights"). */
  statuses: Status[];
  countryFilter?: string;
}

/** Two-letter words are country codes only in capitals: prose "us", "in", "at" are not. */
function mayBeName(word: string): boolean {
  if (isNotName(word)) return false;
  // Prose words are not names written alone: "together" is not Together AI, "apple" not Apple.
  if (/^[a-z]+$/.test(word)) return false;
  if (/^[a-z]{1,2}$/i.test(word)) return /^[A-Z]{2}$/.test(word);
  return keywordOf(word) === null;
}

/** A CJK run without spaces ("東大の著者数は") may hold names: longest match at each place. */
function cjkNames(word: Word, lexicon: Lexicon, before: string): Named[] {
  const out: Named[] = [];
  const s = word.text;
  if (!CJK.test(s) || s.length > 60) return out;
  let i = 0;
  while (i < s.length - 1) {
    let taken = 0;
    for (let len = Math.min(12, s.length - i); len >= 2 && !taken; len--) {
      const r = lexicon.resolve(s.slice(i, i + len));
      if (r?.kind === 'entity') {
        out.push({
          entity: r.entity,
          at: word.at + i,
          length: len,
          before: i === 0 ? before : s.slice(Math.max(0, i - 1), i),
          after: s.slice(i + len, i + len + 1),
        });
        taken = len;
      }
    }
    i += taken || 1;
  }
  return out;
}

/** The word before a name, past "the" and "ahead of": what says whether it is compared with. */
function wordBefore(words: Word[], i: number): string {
  let k = i - 1;
  while (k >= 0 && /^the$/i.test(words[k].text)) k--;
  if (k >= 1 && /^of$/i.test(words[k].text) && /^ahead$/i.test(words[k - 1].text)) k--;
  return k >= 0 ? words[k].text.toLowerCase() : '';
}

function readWords(words: Word[], lexicon: Lexicon): Found {
  const found: Found = { names: [], ambiguous: [], filters: { conferences: [] }, statuses: [] };
  let i = 0;
  while (i < words.length) {
    const before = wordBefore(words, i);
    // The parser's name reader: the longest phrase the lexicon knows.
    const name = isNotName(words[i].text)
      ? null
      : longestName(
          words.slice(i).map((w) => w.text),
          lexicon,
          mayBeName(words[i].text) ? 1 : 2,
        );
    if (name) {
      const r = name.resolved;
      if (r.kind === 'entity') found.names.push({ entity: r.entity, at: words[i].at, length: name.phrase.length, before, after: '' });
      else found.ambiguous.push(`"${name.phrase}" (${r.options.join('; ')})`);
      i += name.words;
      continue;
    }
    const kw = keywordOf(words[i].text);
    if (!kw) {
      const names = cjkNames(words[i], lexicon, before);
      found.names.push(...names);
      for (const k of cjkKeywords(words[i], names)) applyKeyword(found, k);
    } else applyKeyword(found, kw);
    i++;
  }
  return found;
}

/** Keywords inside a CJK run (日本の大学, 中国企业), outside the names found in it (東京大学 is a name, not 大学). */
function cjkKeywords(word: Word, names: Named[]): Keyword[] {
  if (!CJK.test(word.text)) return [];
  let rest = word.text;
  for (const n of names) {
    const at = n.at - word.at;
    rest = rest.slice(0, at) + ' '.repeat(n.length) + rest.slice(at + n.length);
  }
  const out: Keyword[] = [];
  for (const k of cjkKeywordList()) {
    if (!rest.includes(k)) continue;
    rest = rest.replace(k, ' '.repeat(k.length));
    const kw = keywordOf(k);
    if (kw) out.push(kw);
  }
  return out;
}

function applyKeyword(found: Found, kw: Keyword): void {
  const f = found.filters;
  if (kw.type === 'conference' && !f.conferences.includes(kw.conference)) f.conferences.push(kw.conference);
  if (kw.type === 'track') f.track = kw.track;
  if (kw.type === 'status') {
    f.status = kw.status;
    if (!found.statuses.includes(kw.status)) found.statuses.push(kw.status);
  }
  if (kw.type === 'exact') f.exact = true;
  if (kw.type === 'units') f.units = true;
  if (kw.type === 'instType') f.instType = kw.instType;
  if (kw.type === 'method' && methodDef(kw.method).claimKeyword) f.method ??= kw.method;
}

/** Words after which a name is what the subject is compared with, not the subject. */
const COMPARED = new Set([
  'than',
  'behind',
  'after',
  'dethroning',
  'dethroned',
  'overtaking',
  'overtook',
  'surpassing',
  'surpassed',
  'ahead',
  'beat',
  'beating',
  'trailing',
  'outpaced',
  'outnumbered',
  ...claimWordList((w) => w.compared),
]);

/**
 * The subjects: names compared with are set apart, and a country whose institution is named
 * ("Japan's RIKEN") is dropped for it; "in Japan" / "among Japanese ..." after a rank
 * becomes a country scope.
 */
function subjects(found: Found, countryOf: (id: string) => string | undefined): { names: Named[]; compared: Named[]; country?: string } {
  const compared = found.names.filter((n) => COMPARED.has(n.before));
  let names = found.names.filter((n) => !COMPARED.has(n.before));
  const institutions = names.filter((n) => n.entity.kind === 'institution');
  let country: string | undefined;
  names = names.filter((n) => {
    if (n.entity.kind !== 'country') return true;
    const code = n.entity.code;
    // Only when written next to it ("Japan's RIKEN", 日本の東京大学, "RIKEN ... in Japan"): "Swiss institutions ..., led by ETH"
    // and "Six of the top 10 were American, with Google first" name both.
    const scoped = ['in', 'among', 'within'].includes(n.before) || COUNTRY_SCOPE.includes(n.after);
    const near = (i: Named): boolean =>
      (i.at >= n.at + n.length && i.at - (n.at + n.length) <= 4) ||
      (i.at < n.at && n.at - (i.at + i.length) <= 30 && (scoped || ['from', 'of'].includes(n.before)));
    const own = institutions.some((i) => i.entity.kind === 'institution' && countryOf(i.entity.id) === code && near(i));
    if (own && scoped) country = code;
    return !own;
  });
  return { names, compared, country };
}

/** A country after which one of these is the scope (日本で). */
const COUNTRY_SCOPE = claimWordList((w) => w.countryScope);
/** Between two names of one list: only list words, brackets and blanked figures ("北京大学（906名）和浙江大学"). */
const JOINER = new RegExp(`^(?:[\\s、,，&]|${claimWords((w) => w.joiners)}|and|or|[（(]\\s*\\d[\\d,.]*\\s*${COUNT_WORDS}?\\s*[)）])*$`, 'i');
/** A figure that goes to every name listed with it: "tied for sixth", それぞれ, 并列. */
const SHARED = new RegExp(`\\b(?:each|both|tied)\\b|${claimWords((w) => w.shared)}`, 'i');
/** A pronoun standing for a name written in another sentence: a figure said of it is not placed. */
const PRONOUN = new RegExp(`\\b(?:they|it|its|their|them|he|she|his|her|these|those)\\b|${claimWords((w) => w.pronouns)}`, 'i');
/** Prose with a noun or verb, not a terse claim ("US 14766 2024 top50"): its counts must say what they count. */
const PROSE = new RegExp(`\\b[a-z]{4,}\\b|${claimWords((w) => w.prose)}`);
/** A figure placed before its name: 2位の中国, 排名第2的清华大学, 1位がアメリカ. */
const PARTICLE = new RegExp(`^\\s*${claimWords((w) => w.particles)}\\s*`);

/**
 * The names a figure is about: the name right after it when a particle joins them, else the
 * nearest before it, else the first after; with the names listed with that one. A figure for
 * a list of names goes to each only when the sentence says so (tied, each, それぞれ) or it is
 * a rank within a list ("made the top 20"); otherwise it is a joint figure, not checked.
 */
function namesFor(figure: ClaimFigure, names: Named[], rest: string, written: string, shared: boolean, figures: ClaimFigure[]): Named[] | { joint: number } {
  const sorted = [...names].sort((a, b) => a.at - b.at);
  const end = figure.at + figure.text.length;
  const particle = PARTICLE.exec(rest.slice(end, end + 4));
  const after = particle ? sorted.find((n) => n.at === end + particle[0].length) : undefined;
  const before = sorted.filter((n) => n.at + n.length <= figure.at);
  // "they accounted for 26%, … the US": said of a pronoun, not of the name after it.
  if (!after && before.length === 0 && PRONOUN.test(rest.slice(0, figure.at))) return [];
  // A name inside the figure's phrase (上位10機関に中国勢が4機関) is after its start.
  const chosen = after ?? (before.length > 0 ? before[before.length - 1] : sorted.find((n) => n.at >= figure.at));
  if (!chosen) return [];
  // A name after the figure that has a figure of the same kind of its own ("X以14766名排名第1，中国以8491名位居第2"
  // with X unknown) is not lent this one.
  const next = sorted.find((n) => n.at > chosen.at);
  if (
    !after &&
    before.length === 0 &&
    chosen.at >= end &&
    figures.some((o) => o !== figure && o.kind === figure.kind && o.at > chosen.at && (!next || o.at < next.at))
  )
    return [];
  const k = sorted.indexOf(chosen);
  const group = [chosen];
  const step = chosen.at >= end ? 1 : -1;
  for (let j = k + step; j >= 0 && j < sorted.length; j += step) {
    const [a, b] = step > 0 ? [group[group.length - 1], sorted[j]] : [sorted[j], group[group.length - 1]];
    if (!JOINER.test(written.slice(a.at + a.length, b.at))) break;
    group.push(sorted[j]);
  }
  if (group.length === 1) return group;
  return shared || figure.qualifier === 'atMost' ? group : { joint: group.length };
}

/** The years a figure is about. */
function yearsFor(figure: ClaimFigure, mentions: YearMention[], figures: ClaimFigure[], span?: number): number[] {
  const all = [...new Set(mentions.flatMap((m) => m.years))].sort((a, b) => a - b);
  // Growth compares the first and last year written ("eight times its 2020 figure" in 2024), or a span back from one ("over four years").
  if (figure.kind === 'growth' && all.length > 1) return YEARS.filter((y) => y >= all[0] && y <= all[all.length - 1]);
  if (figure.kind === 'growth' && all.length === 1 && span) return YEARS.filter((y) => y >= all[0] - span && y <= all[0]);
  if (figures.length === 1) return all;
  const ranges = mentions.filter((m) => m.range);
  const counts = figures.filter((f) => f.kind !== 'growth');
  // "between 2020 and 2024 it rose from 1,000 to 8,491": the first and last year; so for shares ("from 12% to 25%").
  if (ranges.length === 1 && mentions.length === 1 && counts.length === 2 && counts[0].kind === counts[1].kind && figure.kind !== 'growth') {
    return [counts.indexOf(figure) === 0 ? all[0] : all[all.length - 1]];
  }
  if (ranges.length > 0 || mentions.length === 1) return all;
  // Several figures, several years: each figure the year written nearest to it.
  const distance = (m: YearMention): number => (m.at >= figure.at ? m.at - figure.at - figure.text.length : figure.at - m.end + 0.5);
  const nearest = [...mentions].sort((a, b) => distance(a) - distance(b))[0];
  return nearest ? nearest.years : [];
}

/** `country:JP` (or `country:United States`) written in the claim, read as in any question. */
function takeCountryFilter(text: string, lexicon: Lexicon): { country?: string; bad?: string; rest: string } {
  let country: string | undefined;
  let bad: string | undefined;
  const rest = text.replace(/\bcountry:\s*("[^"]+"|\S+)((?:\s+(?!country:)[^\s"]+){0,4})/gi, (m, v: string, after: string) => {
    const value = v.replace(/^"|"$/g, '');
    // An unquoted name may run on into the next words, as in a question; only the words it takes are used up.
    const next = v.startsWith('"') ? [] : [...after.matchAll(/\s+([^\s"]+)/g)];
    const read = readCountryValue(
      value,
      next.map((w) => w[1]),
      lexicon,
    );
    if (read) country = read.code;
    else bad = value;
    const used = m.length - after.length + next.slice(0, read?.more ?? 0).reduce((n, w) => n + w[0].length, 0);
    return ' '.repeat(used) + m.slice(used);
  });
  return { country, bad, rest };
}

/** Words an editor puts beside the sentence: `2024 neurips: <sentence>`. */
interface Context {
  text: string;
  years: number[];
  keywords: Keyword[];
}

/** The context before a colon, when every word of it is a year, a venue, a tier or a method; else none. */
export function splitContext(text: string): { context?: Context; sentence: string } {
  const m = /^\s*([^:：\n]{1,60}?)\s*[:：]\s*([\s\S]+)$/.exec(text);
  if (!m) return { sentence: text };
  const words = m[1]
    .normalize('NFKC')
    .split(/[\s,，、]+/)
    .filter(Boolean);
  const years: number[] = [];
  const keywords: Keyword[] = [];
  for (const w of words) {
    const span = readYearWord(w);
    const kw = span ? null : keywordOf(w);
    if (span) years.push(...yearsOf(span).filter((y) => YEARS.includes(y)));
    else if (kw && kw.type !== 'command' && kw.type !== 'filler') keywords.push(kw);
    else if (!kw) return { sentence: text };
  }
  return years.length + keywords.length > 0 ? { context: { text: m[1].trim(), years, keywords }, sentence: m[2] } : { sentence: text };
}

function refused(problems: Problem[], missing: Missing[], unchecked: Unchecked[], context?: Context): ClaimReading {
  const unique = problems.filter((p, k) => problems.findIndex((o) => JSON.stringify(o) === JSON.stringify(p)) === k);
  return {
    ok: false,
    missing,
    problems: unique,
    problem: unique.map((p) => problemWords(p, 'en')).join('; '),
    unchecked,
    ...(context ? { context: context.text } : {}),
  };
}

export function readClaim(text: string, lexicon: Lexicon, countryOf: (id: string) => string | undefined = () => undefined): ClaimReading {
  const { context, sentence } = splitContext(text);
  const normal = arabicNumerals(plainNumbers(sentence));
  const topic = outOfScope(normal);
  if (topic) return refused([{ kind: 'outOfScope', topic }], [], [], context);
  const c = takeCountryFilter(normal, lexicon);
  const plain = c.rest;
  const y = takeYears(plain);
  const aside = takeAside(y.rest);
  const s = takeScope(aside.rest);
  const m = takeMethod(s.rest);
  const f = takeFigures(m.rest);
  const found = readWords(wordsOf(f.rest), lexicon);
  // The sentence's own venue, tier and method come first; the context fills in what it leaves out.
  const own = {
    conferences: found.filters.conferences.length > 0,
    method: (m.method ?? found.filters.method) !== undefined,
    status: found.statuses.length > 0,
  };
  for (const k of context?.keywords ?? []) {
    if ((k.type === 'conference' && own.conferences) || (k.type === 'method' && own.method) || (k.type === 'status' && own.status)) continue;
    applyKeyword(found, k);
  }
  const { names, compared, country } = subjects(found, countryOf);
  const figures = [...aside.figures, ...f.figures].sort((a, b) => a.at - b.at);
  const unchecked: Unchecked[] = [...aside.unchecked];
  const mentions: YearMention[] =
    y.mentions.length > 0
      ? y.mentions
      : context && context.years.length > 0
        ? [{ years: [...context.years].sort((a, b) => a - b), at: 0, end: 0, range: context.years.length > 1 }]
        : [];

  const problems: Problem[] = [];
  const missing: Missing[] = [];
  if (found.ambiguous.length > 0) problems.push({ kind: 'ambiguous', names: found.ambiguous.join(', ') });
  else if (names.length === 0) missing.push('entity');
  // Submissions and no one else's figure (or no one to have it): the sentence is about the conference's submissions.
  if ((figures.length === 0 || names.length === 0) && unchecked.some((u) => u.reason === 'submissions')) {
    return refused([{ kind: 'outOfScope', topic: 'submissions' }], [], unchecked, context);
  }
  if (figures.length === 0) missing.push('figure');
  if (c.bad !== undefined) problems.push({ kind: 'badCountry', value: c.bad });
  if (y.outside.length > 0) problems.push({ kind: 'outside', years: [...new Set(y.outside)].join(', ') });
  else if (mentions.length === 0) missing.push('year');
  if (missing.length > 0) problems.unshift({ kind: 'missing', what: missing });

  const claims: Claim[] = [];
  const used = new Set<Named>();
  const shared = SHARED.test(f.rest);
  // A count in prose that never says what it counts ("has the most, with 68 in 2022"): the unit was in another sentence.
  const unitless = PROSE.test(f.rest) && !namesAUnit(plain) && !m.method && !found.filters.method;
  let topUsed = false;
  let joint = 0;
  if (problems.length === 0) {
    for (const figure of figures) {
      const who = namesFor(figure, names, f.rest, plain, shared, figures);
      if (figure.kind === 'count' && !figure.counts && !figure.method && unitless) {
        unchecked.push({ text: figure.text, at: figure.at, reason: 'noUnit' });
        continue;
      }
      // A number of institutions belongs to a country ("4 of the top 10 were Chinese"), never to an institution.
      if (figure.counts && Array.isArray(who) && who.some((n) => n.entity.kind !== 'country')) {
        unchecked.push({ text: figure.text, at: figure.at, reason: 'institutions' });
        continue;
      }
      if (!Array.isArray(who) || who.length === 0) {
        const said = Array.isArray(who) && names.length > 0 && PRONOUN.test(f.rest.slice(0, figure.at)) ? 'pronoun' : 'noName';
        unchecked.push({ text: figure.text, at: figure.at, reason: Array.isArray(who) ? said : 'joint' });
        if (!Array.isArray(who)) {
          // The names of a joint figure are accounted for by it.
          for (const n of names.filter((n) => Math.abs(n.at - figure.at) < 80)) used.add(n);
          joint = Math.max(joint, who.joint);
        }
        continue;
      }
      for (const n of who) {
        used.add(n);
        const entity = n.entity;
        const years = yearsFor(figure, mentions, figures, y.span);
        const method = figure.method ?? m.method ?? found.filters.method;
        // The list a figure is read in: its own ("4 of the top 10"), or the sentence's top N as a country's basis,
        // or an institution's count; for an institution's rank it is only the list the rank is in.
        const top = figure.counts
          ? figure.top
          : figure.qualifier === 'atMost'
            ? undefined
            : s.top !== undefined && (entity.kind === 'country' || figure.kind !== 'rank')
              ? s.top
              : undefined;
        if (top !== undefined && !figure.counts) topUsed = true;
        const { status, ...filters } = found.filters;
        const claim: Claim = {
          entity,
          figure,
          years,
          ...(top !== undefined ? { top } : {}),
          ...filters,
          ...(found.statuses.length > 1 ? { statuses: STATUS_ORDER.filter((t) => found.statuses.includes(t)) } : status ? { status } : {}),
          ...(method ? { method } : {}),
          ...(figure.counts ? { counts: figure.counts } : {}),
          ...(c.country
            ? { country: c.country }
            : figure.kind === 'rank' && entity.kind === 'institution' && (country ?? (DOMESTIC.test(plain) ? countryOf(entity.id) : undefined))
              ? { country: country ?? countryOf(entity.id) }
              : {}),
        };
        if (claim.units === undefined) delete claim.units;
        if (claim.method === undefined) delete claim.method;
        if (figure.kind === 'growth' && years.length < 2) problems.push({ kind: 'growthYears' });
        if (top !== undefined && !(top >= 1 && top <= MAX_TOP)) problems.push({ kind: 'badTop', top });
        if (top !== undefined && figure.kind === 'share' && entity.kind === 'institution') problems.push({ kind: 'topScope', top, figure: figure.kind });
        if (figure.kind === 'rank' && !(figure.value >= 1)) problems.push({ kind: 'rankZero' });
        // A figure written twice ("200 … as if it had published 200 full papers") is one claim.
        if (!claims.some((o) => JSON.stringify({ ...o, figure: o.figure.value }) === JSON.stringify({ ...claim, figure: figure.value }))) claims.push(claim);
      }
    }
    if (!topUsed) unchecked.push(...s.spans);
    if (claims.length === 0 && problems.length === 0) problems.push(joint > 0 ? { kind: 'severalNames', count: joint } : { kind: 'missing', what: ['figure'] });
  }
  for (const n of names) if (!used.has(n)) unchecked.push({ text: plain.slice(n.at, n.at + n.length), at: n.at, reason: 'noFigure' });
  for (const n of compared) unchecked.push({ text: plain.slice(n.at, n.at + n.length), at: n.at, reason: 'compared' });
  unchecked.sort((a, b) => a.at - b.at);
  if (problems.length > 0) return refused(problems, missing, unchecked, context);
  return { ok: true, claim: claims[0], claims, unchecked, ...(context ? { context: context.text } : {}) };
}
