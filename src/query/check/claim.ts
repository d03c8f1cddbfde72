// Reads a claim from a draft ("China had 8,491 authors in 2024") into what it says:
// one entity, one figure, the year or years, an optional top-N scope and filters.
// Anything it cannot read exactly is reported as missing rather than guessed, because a
// wrong reading would "confirm" a figure nobody claimed.
import { YEARS, type Conference, type Status, type Track } from '../../ingest/types.ts';
import { keywordOf, type Lexicon } from '../lexicon.ts';
import type { Entity } from '../types.ts';
import { takeFigures, type ClaimFigure } from './figure.ts';

export type { ClaimFigure } from './figure.ts';

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
}

export type Missing = 'entity' | 'figure' | 'year';

export type ClaimReading = { ok: true; claim: Claim } | { ok: false; missing: Missing[]; problem: string };

const FIRST = YEARS[0];
const LAST = YEARS[YEARS.length - 1];
const MAX_TOP = 1000;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** Years written as ranges ("2020-2024", "from 2020 to 2024") or one by one. */
function takeYears(text: string): { years: number[]; outside: number[]; rest: string } {
  const years = new Set<number>();
  const outside: number[] = [];
  const add = (y: number): void => void (y >= FIRST && y <= LAST ? years.add(y) : outside.push(y));
  const range = (a: number, b: number): void => {
    const [from, to] = a <= b ? [a, b] : [b, a];
    add(from);
    add(to);
    for (let y = Math.max(from, FIRST); y <= Math.min(to, LAST); y++) years.add(y);
  };
  const rest = text
    .replace(/\b(?:from|between)\s+((?:19|20)\d\d)\s+(?:to|and|until|through|till)\s+((?:19|20)\d\d)(?!\d)/gi, (m, a: string, b: string) => {
      range(Number(a), Number(b));
      return ' '.repeat(m.length);
    })
    .replace(/(?<![\d,.])((?:19|20)\d\d)\s*(?:[-–—~]|to)\s*((?:19|20)\d\d|\d\d)(?![\d%])/gi, (m, a: string, b: string) => {
      range(Number(a), b.length === 2 ? Number(a.slice(0, 2) + b) : Number(b));
      return ' '.repeat(m.length);
    })
    .replace(/(?<![\d,.])((?:19|20)\d\d)(?![\d,%]|\.\d)/g, (m, a: string) => {
      add(Number(a));
      return ' '.repeat(m.length);
    });
  return { years: [...years].sort((a, b) => a - b), outside, rest };
}

function takeScope(text: string): { top?: number; rest: string } {
  let top: number | undefined;
  const rest = text.replace(/\btop[\s-]?(\d+)\b/gi, (m, n: string) => {
    top = Number(n);
    return ' '.repeat(m.length);
  });
  return { top, rest };
}

/** Words of the remaining prose: quotes and punctuation dropped, possessives cut ("China's"). */
function wordsOf(text: string): string[] {
  return text
    .replace(/[“”"«»「」『』()[\]{}!?？！。，、;；:：]/g, ' ')
    .split(/[\s,]+/)
    .map((w) => w.replace(/['’]s$/i, '').replace(/^[.'’-]+|[.'’-]+$/g, ''))
    .filter(Boolean);
}

interface Found {
  entities: Entity[];
  ambiguous: string[];
  filters: Pick<Claim, 'conferences' | 'track' | 'status'>;
}

/** Two-letter words are country codes only in capitals: prose "us", "in", "at" are not. */
function mayBeName(word: string): boolean {
  if (/^[a-z]{1,2}$/i.test(word)) return /^[A-Z]{2}$/.test(word);
  return keywordOf(word) === null;
}

function entityOf(phrase: string, lexicon: Lexicon): { entity?: Entity; ambiguous?: string } {
  const r = lexicon.resolve(phrase);
  if (r?.kind === 'entity') return { entity: r.entity };
  if (r?.kind === 'ambiguous') return { ambiguous: `"${phrase}" (${r.options.join('; ')})` };
  return {};
}

/** A CJK run without spaces ("中国在") may hold a name: its longest resolvable substring. */
function cjkEntity(word: string, lexicon: Lexicon): Entity | undefined {
  if (!CJK.test(word) || word.length > 30) return undefined;
  for (let len = word.length - 1; len >= 2; len--) {
    for (let i = 0; i + len <= word.length; i++) {
      const r = lexicon.resolve(word.slice(i, i + len));
      if (r?.kind === 'entity') return r.entity;
    }
  }
  return undefined;
}

function readWords(words: string[], lexicon: Lexicon): Found {
  const found: Found = { entities: [], ambiguous: [], filters: { conferences: [] } };
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let n = Math.min(lexicon.maxPhraseWords, words.length - i); n >= 1 && !taken; n--) {
      if (n === 1 && !mayBeName(words[i])) break;
      const r = entityOf(words.slice(i, i + n).join(' '), lexicon);
      if (r.entity) found.entities.push(r.entity);
      if (r.ambiguous) found.ambiguous.push(r.ambiguous);
      if (r.entity || r.ambiguous) taken = n;
    }
    if (taken) {
      i += taken;
      continue;
    }
    const kw = keywordOf(words[i]);
    if (kw?.type === 'conference' && !found.filters.conferences.includes(kw.conference)) found.filters.conferences.push(kw.conference);
    if (kw?.type === 'track') found.filters.track = kw.track;
    if (kw?.type === 'status') found.filters.status = kw.status;
    const cjk = kw ? undefined : cjkEntity(words[i], lexicon);
    if (cjk) found.entities.push(cjk);
    i++;
  }
  return found;
}

function sameEntity(a: Entity, b: Entity): boolean {
  return a.kind === b.kind && (a.kind === 'country' ? a.code === (b as typeof a).code : a.id === (b as typeof a).id);
}

function describeFigure(f: ClaimFigure): string {
  return `"${f.text}"`;
}

export function readClaim(text: string, lexicon: Lexicon): ClaimReading {
  const plain = text.normalize('NFKC');
  const y = takeYears(plain);
  const s = takeScope(y.rest);
  const f = takeFigures(s.rest);
  const words = readWords(wordsOf(f.rest), lexicon);
  const entities = words.entities.filter((e, k) => words.entities.findIndex((o) => sameEntity(o, e)) === k);

  const missing: Missing[] = [];
  const problems: string[] = [];
  if (words.ambiguous.length > 0) problems.push(`a name could mean several institutions: ${words.ambiguous.join(', ')}; use the full name`);
  else if (entities.length === 0) missing.push('entity');
  else if (entities.length > 1) problems.push(`it names ${entities.length} countries or institutions; I check a figure for one at a time`);

  if (f.figures.length === 0) missing.push('figure');
  else if (f.figures.length > 1) problems.push(`it has ${f.figures.length} figures (${f.figures.map(describeFigure).join(', ')}); I check one at a time`);
  const figure = f.figures[0];

  if (y.outside.length > 0) problems.push(`${y.outside.join(', ')} is outside the data, which covers ${FIRST} to ${LAST}`);
  else if (y.years.length === 0) missing.push('year');
  else if (figure?.kind === 'growth' && y.years.length < 2) problems.push('a growth multiple needs two years, e.g. 2020-2024');

  if (s.top !== undefined && !(s.top >= 1 && s.top <= MAX_TOP)) problems.push(`top${s.top} is not a scope I can use (1 to ${MAX_TOP})`);
  if (s.top !== undefined && (figure?.kind === 'rank' || figure?.kind === 'share')) problems.push(`a top${s.top} scope applies to counts and growth, not to a ${figure.kind}`);
  if (figure?.kind === 'rank' && !(figure.value >= 1)) problems.push('a rank starts at 1');

  if (missing.length > 0 || problems.length > 0) {
    const what = missing.map((m) => ({ entity: 'which country or institution', figure: 'the figure', year: 'the year or years' })[m]);
    const problem = [what.length > 0 ? `I could not find ${what.join(', ')} in it` : '', ...problems].filter(Boolean).join('; ');
    return { ok: false, missing, problem };
  }
  return {
    ok: true,
    claim: { entity: entities[0], figure, years: y.years, ...(s.top !== undefined ? { top: s.top } : {}), ...words.filters },
  };
}
