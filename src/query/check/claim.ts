// Reads a claim as an editor writes it ("In 2023, Chinese authors accounted for 28% of
// NeurIPS papers", "東大の著者数は171人だった") into what it says: for each figure in the
// sentence, one entity, the figure, the year or years, and the filters. Names, filter
// words and methods come from the parser's lexicon (one table of words); anything it
// cannot read exactly is reported as missing rather than guessed, because a wrong reading
// would "confirm" a figure nobody claimed.
import { RANGE_DASH, YEAR as YEAR_PATTERN, outsideData, readYearWord, yearSpan, yearsOf, type YearSpan } from '../read/years.ts';
import { cjkKeywordList, keywordOf, type Keyword } from '../lexicon.ts';
import { CLAIM_PHRASES, type Method, methodDef } from '../methods.ts';
import type { Entity } from '../types.ts';
import { longestName, readCountryValue } from '../read/names.ts';
import { arabicNumerals, takeFigures, type ClaimFigure } from './figure.ts';
import { problemWords } from './explain.ts';
import type { Conference, InstType, Status, Track } from '../../domain/ids.ts';
import { YEARS } from '../../domain/venues.ts';
import type { Lexicon } from '../lexiconInterface.ts';

export type { ClaimFigure, Qualifier } from './figure.ts';

export interface Claim {
  entity: Entity;
  figure: ClaimFigure;
  /** Sorted. Counts, ranks and shares over several years are over the whole span; growth compares the first and last. */
  years: number[];
  /** `top50`: only institutions in each year's top N count. */
  top?: number;
  conferences: Conference[];
  track?: Track;
  status?: Status;
  exact?: boolean;
  instType?: InstType;
  /** A rank "in Japan": among that country's institutions. */
  country?: string;
  /** `units`, or a unit named on its own (DeepMind): no roll-up. */
  units?: boolean;
  /** A method the claim names ("among first authors", "300 papers"). */
  method?: Method;
}

export type Missing = 'entity' | 'figure' | 'year';

export type ClaimReading =
  | { ok: true; claim: Claim; claims: Claim[] }
  | { ok: false; missing: Missing[]; problem: string; problems: Problem[] };

/** A reason a claim was not read, as a key and values (explain.ts words it in each language). */
export type Problem =
  | { kind: 'missing'; what: Missing[] }
  | { kind: 'ambiguous'; names: string }
  | { kind: 'severalNames'; count: number }
  | { kind: 'outside'; years: string }
  | { kind: 'growthYears' }
  | { kind: 'badTop'; top: number }
  | { kind: 'topScope'; top: number; figure: string }
  | { kind: 'rankZero' }
  | { kind: 'countryOfCountry' }
  | { kind: 'badCountry'; value: string };

const MAX_TOP = 1000;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]/;
/** A year, captured: the shared reader's pattern (read/years.ts). */
const YEAR = `(${YEAR_PATTERN})`;
/** "国内1位", "domestically": a rank among the institution's own country's institutions. */
const DOMESTIC = /国内|domestically|at home/i;

interface YearMention {
  years: number[];
  at: number;
  end: number;
  range: boolean;
}

/**
 * Years written as ranges ("2020-2024", "from 2020 to 2024", 2020年から2024年) or one by one,
 * with where. What a year or a range is, and whether the data covers it, is the question
 * parser's reader (read/years.ts); only where prose puts years is read here.
 */
function takeYears(text: string): { mentions: YearMention[]; outside: number[]; rest: string } {
  const mentions: YearMention[] = [];
  const outside: number[] = [];
  const blank = (m: string): string => ' '.repeat(m.length);
  const add = (m: string, at: number, span: YearSpan | null, range: boolean): string => {
    if (!span) return m;
    const out = outsideData(span);
    outside.push(...out);
    if (out.length === 0) mentions.push({ years: yearsOf(span), at, end: at + m.length, range });
    return blank(m);
  };
  const between = (m: string, a: string, b: string, at: number): string => add(m, at, yearSpan(Number(a), Number(b)), true);
  const rest = text
    .replace(new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|through|till)\\s+${YEAR}(?!\\d)`, 'gi'), between)
    .replace(new RegExp(`(?:从|自|從)?${YEAR}\\s*年?\\s*(?:から|到|至|～|〜|~)\\s*${YEAR}\\s*年?(?:まで|间|間)?`, 'g'), between)
    .replace(new RegExp(`(?<![\\d,.])${YEAR}\\s*(?:${RANGE_DASH}|to)\\s*${YEAR}(?![\\d%])`, 'gi'), between)
    // A range in one word as the parser reads it ("2020-24"); the short end only right after the dash:
    // in "from 34 in 2020 to 11,380" the 11 is part of a count.
    .replace(new RegExp(`(?<![\\d,.])${YEAR_PATTERN}${RANGE_DASH}\\d\\d(?![\\d%,.])`, 'g'), (m: string, at: number) => add(m, at, readYearWord(m), true))
    // A year, not a count: "2000名" / "2000 authors" is a count.
    .replace(new RegExp(`(?<![\\d,.])${YEAR_PATTERN}(?![\\d%]|[,.]\\d|\\s*(?:名|人|篇|本|件|authors|papers|researchers))(?:\\s*年度?)?`, 'g'), (m: string, at: number) =>
      add(m, at, readYearWord(m.slice(0, 4)), false),
    );
  return { mentions, outside, rest };
}

function takeScope(text: string): { top?: number; rest: string } {
  let top: number | undefined;
  const rest = text.replace(/\btop[\s-]?(\d+)\b|前\s*(\d+)\s*名?|上位\s*(\d+)/gi, (m, a?: string, b?: string, c?: string) => {
    top = Number(a ?? b ?? c);
    return ' '.repeat(m.length);
  });
  return { top, rest };
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

/** Latin words and CJK runs with their offsets; possessives cut ("China's"). */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const re = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}々ー]+|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}々ー,;!?()[\]{}"“”«»「」『』，、；：！？。（）・]+/gu;
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
  countryFilter?: string;
}

/** Two-letter words are country codes only in capitals: prose "us", "in", "at" are not. */
function mayBeName(word: string): boolean {
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
        out.push({ entity: r.entity, at: word.at + i, length: len, before: i === 0 ? before : s.slice(Math.max(0, i - 1), i), after: s.slice(i + len, i + len + 1) });
        taken = len;
      }
    }
    i += taken || 1;
  }
  return out;
}

function readWords(words: Word[], lexicon: Lexicon): Found {
  const found: Found = { names: [], ambiguous: [], filters: { conferences: [] } };
  let i = 0;
  while (i < words.length) {
    const before = i > 0 ? words[i - 1].text.toLowerCase() : '';
    // The parser's name reader: the longest phrase the lexicon knows.
    const name = longestName(words.slice(i).map((w) => w.text), lexicon, mayBeName(words[i].text) ? 1 : 2);
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
    if (kw.type === 'status') f.status = kw.status;
    if (kw.type === 'exact') f.exact = true;
    if (kw.type === 'units') f.units = true;
    if (kw.type === 'instType') f.instType = kw.instType;
    if (kw.type === 'method' && methodDef(kw.method).claimKeyword) f.method ??= kw.method;
}

const key = (e: Entity): string => (e.kind === 'country' ? `c:${e.code}` : `i:${e.id}`);

/** Words after which a name is what the subject is compared with, not the subject. */
const COMPARED = new Set(['than', 'behind', 'after', 'overtaking', 'overtook', 'surpassing', 'surpassed', 'ahead', 'beat', 'beating', 'trailing', '比', '超过', '落后于', '仅次于', 'に次ぐ']);

/**
 * The subjects: names compared with are dropped, and a country whose institution is named
 * ("Japan's RIKEN") is dropped for it; "in Japan" / "among Japanese ..." after a rank
 * becomes a country scope.
 */
function subjects(found: Found, countryOf: (id: string) => string | undefined): { names: Named[]; country?: string } {
  let names = found.names.filter((n) => !COMPARED.has(n.before));
  const institutions = names.filter((n) => n.entity.kind === 'institution');
  let country: string | undefined;
  names = names.filter((n) => {
    if (n.entity.kind !== 'country') return true;
    const code = n.entity.code;
    // Only when written next to it ("Japan's RIKEN", "RIKEN ... in Japan"): "Swiss institutions ..., led by ETH" names both.
    const near = (i: Named): boolean => Math.abs(i.at - n.at) <= Math.max(i.length, n.length) + 24;
    const own = institutions.some((i) => i.entity.kind === 'institution' && countryOf(i.entity.id) === code && near(i));
    if (own && (['in', 'among', 'within'].includes(n.before) || ['で', '内'].includes(n.after))) country = code;
    return !own;
  });
  const unique = names.filter((n, k) => names.findIndex((o) => key(o.entity) === key(n.entity)) === k);
  return { names: unique.length < names.length && unique.length === 1 ? unique : names, country };
}

/** The name a figure is about: the nearest before it, else the first after it. */
function nameFor(figure: ClaimFigure, names: Named[]): Entity {
  const before = names.filter((n) => n.at < figure.at);
  return (before.length > 0 ? before[before.length - 1] : names[0]).entity;
}

/** The years a figure is about. */
function yearsFor(figure: ClaimFigure, mentions: YearMention[], figures: ClaimFigure[]): number[] {
  const all = [...new Set(mentions.flatMap((m) => m.years))].sort((a, b) => a - b);
  // Growth compares the first and last year written ("eight times its 2020 figure" in 2024).
  if (figure.kind === 'growth' && all.length > 1) return YEARS.filter((y) => y >= all[0] && y <= all[all.length - 1]);
  if (figures.length === 1) return all;
  const ranges = mentions.filter((m) => m.range);
  const counts = figures.filter((f) => f.kind !== 'growth');
  // "between 2020 and 2024 it rose from 1,000 to 8,491": the first and last year.
  if (ranges.length === 1 && mentions.length === 1 && counts.length === 2 && figure.kind === 'count') {
    return [counts.indexOf(figure) === 0 ? all[0] : all[all.length - 1]];
  }
  if (ranges.length > 0) return all;
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
    const read = readCountryValue(value, next.map((w) => w[1]), lexicon);
    if (read) country = read.code;
    else bad = value;
    const used = m.length - after.length + next.slice(0, read?.more ?? 0).reduce((n, w) => n + w[0].length, 0);
    return ' '.repeat(used) + m.slice(used);
  });
  return { country, bad, rest };
}

export function readClaim(text: string, lexicon: Lexicon, countryOf: (id: string) => string | undefined = () => undefined): ClaimReading {
  const c = takeCountryFilter(arabicNumerals(text.normalize('NFKC')), lexicon);
  const plain = c.rest;
  const y = takeYears(plain);
  const s = takeScope(y.rest);
  const m = takeMethod(s.rest);
  const f = takeFigures(m.rest);
  const found = readWords(wordsOf(f.rest), lexicon);
  const { names, country } = subjects(found, countryOf);
  const figures = f.figures;

  const problems: Problem[] = [];
  const missing: Missing[] = [];
  if (found.ambiguous.length > 0) problems.push({ kind: 'ambiguous', names: found.ambiguous.join(', ') });
  else if (names.length === 0) missing.push('entity');
  else if (names.length > 1 && figures.length === 1) problems.push({ kind: 'severalNames', count: names.length });
  if (figures.length === 0) missing.push('figure');
  if (c.bad !== undefined) problems.push({ kind: 'badCountry', value: c.bad });
  if (y.outside.length > 0) problems.push({ kind: 'outside', years: [...new Set(y.outside)].join(', ') });
  else if (y.mentions.length === 0) missing.push('year');
  if (missing.length > 0) problems.unshift({ kind: 'missing', what: missing });

  const claims: Claim[] = [];
  if (problems.length === 0) {
    for (const figure of figures) {
      const entity = nameFor(figure, names);
      const years = yearsFor(figure, y.mentions, figures);
      const method = figure.method ?? m.method ?? found.filters.method;
      const claim: Claim = {
        entity,
        figure,
        years,
        ...(s.top !== undefined ? { top: s.top } : {}),
        ...found.filters,
        ...(method ? { method } : {}),
        ...(c.country
          ? { country: c.country }
          : figure.kind === 'rank' && entity.kind === 'institution' && (country ?? (DOMESTIC.test(plain) ? countryOf(entity.id) : undefined))
            ? { country: country ?? countryOf(entity.id) }
            : {}),
      };
      if (claim.units === undefined) delete claim.units;
      if (claim.method === undefined) delete claim.method;
      if (figure.kind === 'growth' && years.length < 2) problems.push({ kind: 'growthYears' });
      if (s.top !== undefined && !(s.top >= 1 && s.top <= MAX_TOP)) problems.push({ kind: 'badTop', top: s.top });
      if (s.top !== undefined && (figure.kind === 'rank' || figure.kind === 'share')) problems.push({ kind: 'topScope', top: s.top, figure: figure.kind });
      if (figure.kind === 'rank' && !(figure.value >= 1)) problems.push({ kind: 'rankZero' });
      claims.push(claim);
    }
  }
  if (problems.length > 0) {
    const unique = problems.filter((p, k) => problems.findIndex((o) => JSON.stringify(o) === JSON.stringify(p)) === k);
    return { ok: false, missing, problems: unique, problem: unique.map((p) => problemWords(p, 'en')).join('; ') };
  }
  return { ok: true, claim: claims[0], claims };
}

