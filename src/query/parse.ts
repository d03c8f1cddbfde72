// The /airank question language: free-order tokens in, one ParsedQuery (with a canonical
// command that reproduces it) or one ParseError out. Words and names live in lexicon.ts;
// this file is the grammar. It never throws: a question it cannot read exactly is an
// error with suggestions, because a guessed reading could put a wrong number in print.
import { YEARS, type Conference, type Status, type Track } from '../ingest/types.ts';
import { venueWord } from '../ingest/venues.ts';
import { helpTopic } from './help.ts';
import { INSTITUTION_TYPES, keywordOf, normalizePhrase, type Command, type Lexicon } from './lexicon.ts';
import { t, type Vars } from '../i18n/t.ts';
import { truncate } from '../i18n/clip.ts';
import type { StringKey } from '../i18n/strings.ts';
import type { Entity, Lang, Method, ParsedQuery, ParseError, Query, QueryOptions } from './types.ts';

type ErrorKey = { [K in StringKey]: K extends `err.${infer E}` ? E : never }[StringKey];

/** Longest question read; longer text is refused before any work is done. */
export const MAX_INPUT = 500;
/** Claims after `check` are prose from a draft and may be longer. */
export const MAX_CLAIM = 2000;
export const MAX_LIMIT = 100;
export const MAX_COMPARE = 8;
const FIRST_YEAR = YEARS[0];
const LATEST_YEAR = YEARS[YEARS.length - 1];
const DEFAULT_LIMIT = { top: 10, countries: 20, papers: 20 } as const;

interface Token {
  text: string;
  quoted: boolean;
}

/** Thrown inside the parser to stop at the first problem; never escapes parse(). */
class Reject {
  constructor(readonly error: ParseError) {}
}

/** The language of the question being read (`lang:zh` anywhere in it): errors are written in it. */
let errorLang: Lang = 'en';

/** The language a question asks for (`lang:zh`, `lang:ja`), read before it is parsed so even errors follow it. */
export function questionLang(text: string): Lang {
  return (/(?:^|\s)lang:(en|zh|ja)(?=\s|$)/i.exec(text)?.[1]?.toLowerCase() as Lang | undefined) ?? 'en';
}

function msg(key: ErrorKey, vars: Vars = {}): string {
  return t(errorLang, `err.${key}`, vars);
}

function reject(message: string, example: string, suggestions: string[] = []): never {
  throw new Reject({ kind: 'parse_error', message, suggestions, example, ...(errorLang !== 'en' ? { lang: errorLang } : {}) });
}

export function parse(text: string, lexicon: Lexicon): ParsedQuery | ParseError {
  try {
    errorLang = questionLang(typeof text === 'string' ? text.slice(0, MAX_CLAIM + 20) : '');
    return parseOrReject(typeof text === 'string' ? text : '', lexicon);
  } catch (e) {
    if (e instanceof Reject) return e.error;
    // A bug must not take the bot down; the property test asserts this never happens.
    return { kind: 'parse_error', message: INTERNAL_ERROR, suggestions: [], example: 'help' };
  }
}

export const INTERNAL_ERROR = 'Sorry, something went wrong reading that question. Try `help`.';

function parseOrReject(input: string, lexicon: Lexicon): ParsedQuery {
  // Check the length before any other work, so 100k characters cost nothing.
  if (input.length > MAX_CLAIM + 20) tooLong(MAX_CLAIM);
  const raw = input.trim().replace(/^\/airank(\s+|$)/i, '');

  const check = /^(check|verify|factcheck)(?:\s+|$)([\s\S]*)$/i.exec(raw);
  if (check) {
    // `lang:zh` anywhere in the claim picks the answer's language; the rest is the claim.
    const options = defaultOptions();
    const claim = check[2]
      .replace(/(?:^|\s)lang:(en|zh|ja)(?=\s|$)/gi, (_m, lang: string) => {
        options.lang = lang.toLowerCase() as Lang;
        return ' ';
      })
      .trim();
    if (!claim) reject(msg('checkNeedsClaim'), 'check Tsinghua had 300 NeurIPS authors in 2024');
    if (claim.length > MAX_CLAIM) tooLong(MAX_CLAIM);
    return finish({ kind: 'check', claim }, options, lexicon);
  }
  if (raw.length > MAX_INPUT) tooLong(MAX_INPUT);
  // A lone "?" asks for help; elsewhere "?" is just the end of a question.
  if (!raw || raw === '?' || raw === '？') return finish({ kind: 'help' }, defaultOptions(), lexicon);

  const tokens = tokenize(raw.normalize('NFKC'));
  const help = helpRequest(tokens);
  if (help) return help;
  const state = readTokens(tokens, lexicon);
  const query = buildQuery(state, (id) => lexicon.rollsUp(id));
  // coverage and method describe the whole data set: filters do not apply, only the language.
  const options =
    query.kind === 'coverage' || query.kind === 'method' ? { ...defaultOptions(), lang: state.options.lang } : state.options;
  return finish(query, options, lexicon);
}

function tooLong(max: number): never {
  reject(msg('tooLong', { max }), 'compare US CN 2020-2024');
}

function defaultOptions(): QueryOptions {
  return { method: 'authors', rollup: true, filters: { conferences: [] }, lang: 'en' };
}

// ---------------------------------------------------------------------------
// Tokens

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '„': '“', '「': '」', '『': '』', '«': '»' };
const SEPARATOR = /[\s,，、;；]/;

/** Splits on spaces and commas; quotes (straight, curly, 「」) group words into one token. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let buf = '';
  const flush = (): void => {
    // Sentence punctuation at the end of a word ("2024?") is not part of it.
    const word = buf.length > 1 ? buf.replace(/[?？!！。]+$/, '') : buf;
    if (word) tokens.push({ text: word, quoted: false });
    buf = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const close = QUOTES[ch];
    if (close) {
      flush();
      let end = text.indexOf(close, i + 1);
      if (end < 0 && close !== '"') end = text.indexOf('"', i + 1);
      if (end < 0) end = text.length; // unclosed quote: the rest is the name
      const inner = text.slice(i + 1, end).trim();
      if (inner) tokens.push({ text: inner, quoted: true });
      i = end;
    } else if (SEPARATOR.test(ch)) {
      flush();
    } else {
      buf += ch;
    }
  }
  flush();
  return tokens;
}

/** `help` or `usage` anywhere makes the question a help request; other words pick the topic. */
function helpRequest(allTokens: Token[]): ParsedQuery | null {
  let tokens = allTokens;
  const isHelp = (t: Token): boolean => {
    const kw = t.quoted ? null : keywordOf(t.text);
    return kw?.type === 'command' && kw.command === 'help';
  };
  if (!tokens.some(isHelp)) return null;
  // lang:zh / lang:ja picks the language of the help; it is not a topic.
  const options = defaultOptions();
  tokens = tokens.filter((t) => {
    const m = /^lang:(en|zh|ja)$/i.exec(t.text);
    if (m) options.lang = m[1].toLowerCase() as Lang;
    return !m;
  });
  // The topic is one plain word, so `help <topic>` reads back the same.
  const words = tokens
    .filter((t) => !isHelp(t))
    .map((t) => t.text.toLowerCase().replace(/[^\p{L}\p{N}_-]/gu, '').slice(0, 40))
    .filter((w) => w && keywordOf(w)?.type !== 'filler' && !isHelp({ text: w, quoted: false }));
  const topic = words[0] ? (helpTopic(words[0]) ?? words[0]) : undefined;
  const query: Query = topic ? { kind: 'help', topic } : { kind: 'help' };
  const lang = options.lang === 'en' ? '' : ` lang:${options.lang}`;
  return { ...query, options, text: `${topic ? `help ${topic}` : 'help'}${lang}` };
}

// ---------------------------------------------------------------------------
// Reading tokens into a state

interface State {
  command?: Command;
  /** `top` was written (with or without a number). */
  top: boolean;
  limit?: number;
  page?: number;
  years: Set<number>;
  entities: Entity[];
  options: QueryOptions;
}

const YEAR = /^(19|20)\d\d$/;
const YEAR_RANGE = /^((?:19|20)\d\d)[-–—~](\d{4}|\d{2})$/;
const DASH = /^[-–—~]$/;
const TOP_N = /^top[-_]?(\d+)$/i;
const INTEGER = /^\d+$/;
const KEY_VALUE = /^(country|lang|inst|institution):(.*)$/i;

function readTokens(tokens: Token[], lexicon: Lexicon): State {
  const state: State = { top: false, years: new Set(), entities: [], options: defaultOptions() };
  // After `inst`, a name is looked up as an institution first (see help inst).
  const prefer = tokens.some((t) => {
    const kw = t.quoted ? null : keywordOf(t.text);
    return kw?.type === 'command' && kw.command === 'inst';
  })
    ? 'institution'
    : 'country';

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.quoted) {
      state.entities.push(resolveEntity(t.text, prefer, lexicon));
      i++;
      continue;
    }
    // Longest multi-word name first, so "University of Tokyo" is not read as three words.
    const phrase = longestPhrase(tokens, i, prefer, lexicon);
    if (phrase) {
      state.entities.push(phrase.entity);
      i += phrase.words;
      continue;
    }
    i = readWord(tokens, i, state, prefer, lexicon);
  }
  return state;
}

/** Reads the single unquoted token at i (and any argument it takes); returns the next index. */
function readWord(tokens: Token[], i: number, state: State, prefer: Prefer, lexicon: Lexicon): number {
  const text = tokens[i].text;
  const next = tokens[i + 1];

  const kv = KEY_VALUE.exec(text);
  if (kv) return readKeyValue(kv[1].toLowerCase(), kv[2], tokens, i, state, lexicon);

  const range = YEAR_RANGE.exec(text);
  if (range) {
    addYearRange(state, Number(range[1]), expandYear(range[1], range[2]));
    return i + 1;
  }
  if (YEAR.test(text)) {
    const after = tokens[i + 2];
    if (next && !next.quoted && DASH.test(next.text) && after && YEAR.test(after.text)) {
      addYearRange(state, Number(text), Number(after.text));
      return i + 3;
    }
    addYear(state, Number(text));
    return i + 1;
  }

  const topN = TOP_N.exec(text);
  if (topN) {
    setLimit(state, Number(topN[1]));
    return i + 1;
  }
  if (INTEGER.test(text)) {
    reject(msg('numberFor', { text: clip(text) }), 'top 25 2024');
  }

  const kw = keywordOf(text);
  if (kw) {
    switch (kw.type) {
      case 'filler':
        return i + 1;
      case 'command':
        if (kw.command === 'top') {
          if (next && !next.quoted && INTEGER.test(next.text) && !YEAR.test(next.text)) {
            setLimit(state, Number(next.text));
            return i + 2;
          }
          state.top = true;
          return i + 1;
        }
        if (kw.command === 'check') {
          reject(msg('checkFirst'), 'check Tsinghua had 300 NeurIPS authors in 2024');
        }
        setCommand(state, kw.command);
        return i + 1;
      case 'method':
        // "last year" is a year, not the `last` method: ask for the year rather than count last authors.
        if (text.toLowerCase() === 'last' && next && !next.quoted && next.text.toLowerCase() === 'year') reject(msg('lastYear', { first: FIRST_YEAR, last: LATEST_YEAR }), 'top 10 2024');
        // `papers` as the first word is the drill-down command, anywhere else the counting method.
        if (kw.method === 'papers' && i === 0) setCommand(state, 'papers');
        else setMethod(state, kw.method);
        return i + 1;
      case 'conference':
        if (!state.options.filters.conferences.includes(kw.conference)) state.options.filters.conferences.push(kw.conference);
        return i + 1;
      case 'track':
        setTrack(state, kw.track);
        return i + 1;
      case 'status':
        setStatus(state, kw.status);
        return i + 1;
      case 'superlative':
        state.top = true;
        return i + 1;
      case 'units':
        state.options.rollup = false;
        return i + 1;
      case 'exact':
        state.options.filters.exact = true;
        return i + 1;
      case 'located':
        state.options.located = true;
        return i + 1;
      case 'instType': {
        const current = state.options.filters.instType;
        if (current && current !== kw.instType) reject(msg('oneType', { a: current, b: kw.instType }), 'top 10 companies 2024');
        state.options.filters.instType = kw.instType;
        return i + 1;
      }
      case 'page': {
        if (!next || next.quoted || !INTEGER.test(next.text) || Number(next.text) < 1 || Number(next.text) > 1000) {
          reject(msg('pageNumber'), 'top 10 2024 page 2');
        }
        state.page = Number(next.text);
        return i + 2;
      }
    }
  }

  const resolved = lexicon.resolve(text, prefer);
  if (resolved?.kind === 'entity') {
    state.entities.push(resolved.entity);
    return i + 1;
  }
  if (resolved?.kind === 'ambiguous') ambiguous(text, resolved.options);
  unknownWord(tokens, i, lexicon);
}

type Prefer = 'country' | 'institution';

function longestPhrase(
  tokens: Token[],
  i: number,
  prefer: Prefer,
  lexicon: Lexicon,
): { entity: Entity; words: number } | null {
  let run = 0;
  while (i + run < tokens.length && !tokens[i + run].quoted && run < lexicon.maxPhraseWords) run++;
  for (let n = run; n >= 2; n--) {
    const phrase = tokens
      .slice(i, i + n)
      .map((t) => t.text)
      .join(' ');
    const r = lexicon.resolve(phrase, prefer);
    if (r?.kind === 'entity') return { entity: r.entity, words: n };
    if (r?.kind === 'ambiguous') ambiguous(phrase, r.options);
  }
  return null;
}

function resolveEntity(phrase: string, prefer: Prefer, lexicon: Lexicon): Entity {
  const r = lexicon.resolve(phrase, prefer);
  if (r?.kind === 'entity') return r.entity;
  if (r?.kind === 'ambiguous') ambiguous(phrase, r.options);
  reject(
    msg('unknownName', { name: clip(phrase) }),
    'inst "Zhejiang University"',
    lexicon.suggest(phrase),
  );
}

function ambiguous(phrase: string, options: string[]): never {
  reject(
    msg('ambiguous', { name: clip(phrase), options: options.join('; ') }),
    'inst "Zhejiang University"',
    options,
  );
}

/** Two suggestions that name the same country or institution (or are the same word). */
function sameThing(a: string, b: string, lexicon: Lexicon): boolean {
  if (normalizePhrase(a) === normalizePhrase(b)) return true;
  const [ra, rb] = [lexicon.resolve(a), lexicon.resolve(b)];
  return ra?.kind === 'entity' && rb?.kind === 'entity' && JSON.stringify(ra.entity) === JSON.stringify(rb.entity);
}

function unknownWord(tokens: Token[], i: number, lexicon: Lexicon): never {
  const word = tokens[i].text;
  // A mistyped multi-word name ("Zhejang University") is best matched as a whole.
  const suggestions: string[] = [];
  for (const n of [3, 2, 1]) {
    if (i + n > tokens.length || tokens.slice(i, i + n).some((t) => t.quoted)) continue;
    const phrase = tokens
      .slice(i, i + n)
      .map((t) => t.text)
      .join(' ');
    // "DeepMind" from one reading and "Deep Mind" from another name one institution: one suggestion.
    for (const s of lexicon.suggest(phrase)) if (!suggestions.some((o) => sameThing(o, s, lexicon))) suggestions.push(s);
  }
  const hint = /^[a-z]{2}$/i.test(word) ? msg('notIso') : '';
  reject(`${msg('unknownWord', { word: clip(word) })}${hint}`, 'compare US CN 2020-2024', suggestions.slice(0, 5));
}

function readKeyValue(key: string, value: string, tokens: Token[], i: number, state: State, lexicon: Lexicon): number {
  // `country: JP` and `country:"United States"` give the value as the next token.
  let end = i + 1;
  if (!value && tokens[i + 1]) {
    value = tokens[i + 1].text;
    end = i + 2;
  }
  if (!value) reject(msg('needsValue', { key }), key === 'lang' ? 'top 10 2024 lang:zh' : 'top 10 country:JP');

  if (key === 'lang') {
    const lang = value.toLowerCase();
    if (lang !== 'en' && lang !== 'zh' && lang !== 'ja') {
      reject(msg('unknownLang', { value: clip(value) }), 'top 10 2024 lang:zh', ['lang:en', 'lang:zh', 'lang:ja']);
    }
    state.options.lang = lang as Lang;
    return end;
  }

  if (key === 'country') {
    // An unquoted multi-word name may continue into the next tokens ("country:United States").
    let code = lexicon.country(value);
    if (!tokens[end - 1].quoted) {
      for (let n = Math.min(4, tokens.length - end); n >= 1 && !code; n--) {
        const more = tokens.slice(end, end + n);
        if (more.some((t) => t.quoted)) continue;
        const c = lexicon.country([value, ...more.map((t) => t.text)].join(' '));
        if (c) {
          code = c;
          end += n;
        }
      }
    }
    if (!code) {
      reject(
        msg('unknownCountry', { value: clip(value) }),
        'top 10 2024 country:JP',
        lexicon.suggest(value, 'country'),
      );
    }
    if (state.options.filters.country && state.options.filters.country !== code) {
      reject(msg('oneCountry'), 'top 10 2024 country:JP');
    }
    state.options.filters.country = code;
    return end;
  }

  // inst:<id or name> forces an institution reading.
  state.entities.push(resolveEntity(value, 'institution', lexicon));
  return end;
}

function expandYear(first: string, second: string): number {
  return second.length === 2 ? Number(first.slice(0, 2) + second) : Number(second);
}

function addYear(state: State, year: number): void {
  if (year < FIRST_YEAR || year > LATEST_YEAR) {
    reject(
      msg('outsideData', { year, first: FIRST_YEAR, last: LATEST_YEAR }),
      `top 10 ${LATEST_YEAR}`,
      [String(year < FIRST_YEAR ? FIRST_YEAR : LATEST_YEAR)],
    );
  }
  state.years.add(year);
}

function addYearRange(state: State, a: number, b: number): void {
  const [from, to] = a <= b ? [a, b] : [b, a];
  addYear(state, from);
  addYear(state, to);
  for (let y = from; y <= to; y++) state.years.add(y);
}

function setLimit(state: State, n: number): void {
  if (!(n >= 1 && n <= MAX_LIMIT)) {
    reject(msg('topRange', { max: MAX_LIMIT, n: clip(String(n)) }), 'top 25 2024');
  }
  if (state.limit !== undefined && state.limit !== n) reject(msg('oneTop'), 'top 25 2024');
  state.top = true;
  state.limit = n;
}

function setCommand(state: State, command: Command): void {
  if (state.command && state.command !== command) {
    reject(msg('oneThing', { a: state.command, b: command }), 'compare US CN 2020-2024');
  }
  state.command = command;
}

function setMethod(state: State, method: Method): void {
  const current = state.options.method;
  if (current !== 'authors' && current !== method) {
    reject(msg('oneMethod', { a: current, b: method }), 'top 10 2024 fractional');
  }
  state.options.method = method;
}

function setTrack(state: State, track: Track): void {
  const current = state.options.filters.track;
  if (current && current !== track) reject(msg('oneTrack'), 'top 10 2023 neurips datasets');
  state.options.filters.track = track;
}

function setStatus(state: State, status: Status): void {
  const current = state.options.filters.status;
  if (current && current !== status) {
    reject(msg('oneTier', { a: current, b: status }), 'top 10 2024 oral');
  }
  state.options.filters.status = status;
}

// ---------------------------------------------------------------------------
// From state to query

/** teamsize counts papers, not affiliations: filters on who the authors are cannot apply. */
function refuseForTeamsize(state: State): void {
  const { filters, method, rollup } = state.options;
  const refused = [
    filters.country ? '`country:`' : '',
    filters.instType ? `\`${filters.instType}\`` : '',
    filters.exact ? '`exact`' : '',
    !rollup ? '`units`' : '',
    method !== 'authors' ? `\`${method}\`` : '',
  ].filter(Boolean);
  if (refused.length > 0) {
    reject(
      msg('teamsizeFilters', { refused: refused.join(', ') }),
      'teamsize 2020-2024 neurips main',
    );
  }
}

function buildQuery(state: State, rollsUp: (id: string) => boolean): Query {
  const kind = queryKind(state);
  const allYears = [...YEARS];
  const years = (fallback: number[]): number[] =>
    state.years.size ? [...state.years].sort((a, b) => a - b) : fallback;
  const { filters } = state.options;

  if (state.top && state.limit !== undefined && kind !== 'top' && kind !== 'countries' && kind !== 'papers') {
    reject(msg('topNotFor', { n: state.limit, kind }), exampleFor(kind));
  }
  if (state.page !== undefined && kind !== 'top' && kind !== 'countries' && kind !== 'papers') {
    reject(msg('pageNotFor', { kind }), exampleFor(kind));
  }
  if (kind === 'teamsize') refuseForTeamsize(state);
  if (filters.country && kind !== 'top') {
    reject(msg('countryOnlyTop'), 'top 10 2024 country:JP');
  }
  // A unit asked for by name (DeepMind, MSRA) is counted alone: under the roll-up it has no figure of its own.
  if (state.entities.some((e) => e.kind === 'institution' && state.options.rollup && rollsUp(e.id))) state.options.rollup = false;
  const offset = (limit: number): { offset?: number } =>
    state.page && state.page > 1 ? { offset: (state.page - 1) * limit } : {};

  switch (kind) {
    case 'top': {
      // `top 10 Japan` ranks institutions within Japan, like `top 10 country:JP`.
      const [only, ...more] = state.entities;
      if (only && only.kind === 'country' && more.length === 0 && !filters.country) {
        filters.country = only.code;
      } else if (only) {
        reject(msg('topOneEntity'), 'compare Tsinghua Stanford 2024');
      }
      const limit = state.limit ?? DEFAULT_LIMIT.top;
      return { kind: 'top', years: years([LATEST_YEAR]), limit, ...offset(limit) };
    }
    case 'countries': {
      noEntities(state, 'countries', 'countries 2024');
      const limit = state.limit ?? DEFAULT_LIMIT.countries;
      return { kind: 'countries', years: years([LATEST_YEAR]), limit, ...offset(limit) };
    }
    case 'compare': {
      const entities = dedupe(state.entities);
      if (entities.length < 2) reject(msg('compareTwo'), 'compare US CN 2020-2024');
      if (entities.length > MAX_COMPARE) {
        reject(msg('compareMax', { max: MAX_COMPARE }), 'compare US CN JP GB 2020-2024');
      }
      return { kind: 'compare', entities, years: years(allYears) };
    }
    case 'institution': {
      const entities = dedupe(state.entities);
      if (entities.length === 0) reject(msg('which'), 'inst "Zhejiang University" 2024');
      if (entities.length > 1) reject(msg('several'), 'compare Tsinghua Stanford');
      return { kind: 'institution', entity: entities[0], years: years(allYears) };
    }
    case 'papers': {
      const entities = dedupe(state.entities);
      if (entities.length !== 1) {
        reject(
          msg('papersOne'),
          'papers Tsinghua 2024 neurips',
        );
      }
      // Every row unless `top N` is given; `page 2` pages by N, or by 20 without it.
      const limit = state.limit ?? (state.page !== undefined ? DEFAULT_LIMIT.papers : undefined);
      return { kind: 'papers', entity: entities[0], years: years(allYears), ...(limit !== undefined ? { limit } : {}), ...offset(limit ?? DEFAULT_LIMIT.papers) };
    }
    case 'teamsize':
      noEntities(state, 'teamsize', 'teamsize 2020-2024');
      return { kind: 'teamsize', years: years(allYears) };
    case 'coverage':
      noEntities(state, 'coverage', 'coverage');
      return { kind: 'coverage' };
    case 'method':
      noEntities(state, 'method', 'method');
      return { kind: 'method' };
  }
}

type BuiltKind = 'top' | 'countries' | 'compare' | 'institution' | 'papers' | 'teamsize' | 'coverage' | 'method';

function queryKind(state: State): BuiltKind {
  switch (state.command) {
    case undefined:
      // "universities country:JP 2024": a kind of institution or a country filter alone asks for a ranking.
      if (state.top || (state.entities.length === 0 && (state.options.filters.instType || state.options.filters.country))) return 'top';
      if (state.entities.length === 1) return 'institution';
      if (state.entities.length > 1) return 'compare';
      return reject(
        msg('whatToCount'),
        'top 10 2024',
        suggestCommands(state),
      );
    case 'top':
      return 'top';
    case 'inst':
      // "which institution had the most authors": no name, a ranking.
      return state.entities.length === 0 && state.top ? 'top' : 'institution';
    case 'trend':
      // A trend is every year of one name (its own answer) or of several (a comparison).
      return state.entities.length === 1 ? 'institution' : 'compare';
    case 'help':
    case 'check':
      // Both are handled before tokens are read; reaching here is a bug caught by parse().
      throw new Error(`unexpected command ${state.command}`);
    default:
      return state.command;
  }
}

/** For a question of only years and filters, the likeliest full questions. */
function suggestCommands(state: State): string[] {
  const years = state.years.size ? formatYears([...state.years].sort((a, b) => a - b)) : String(LATEST_YEAR);
  return [`top 10 ${years}`, `countries ${years}`];
}

function noEntities(state: State, kind: string, example: string): void {
  if (state.entities.length) reject(msg('noEntities', { kind }), example);
}

function dedupe(entities: Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((e) => {
    const key = e.kind === 'country' ? `c:${e.code}` : `i:${e.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function exampleFor(kind: string): string {
  const examples: Record<string, string> = {
    compare: 'compare US CN 2020-2024',
    institution: 'inst Tsinghua 2024',
    teamsize: 'teamsize 2020-2024',
    coverage: 'coverage',
    method: 'method',
  };
  return examples[kind] ?? 'top 10 2024';
}

function clip(s: string): string {
  return truncate(s, 41);
}

// ---------------------------------------------------------------------------
// Canonical command text

function finish(query: Query, options: QueryOptions, lexicon: Lexicon): ParsedQuery {
  return { ...query, options, text: canonical(query, options, lexicon) };
}

/** A command string that parses back to the same query (shown as "reproduce with: ..."). */
export function canonical(query: Query, options: QueryOptions, lexicon: Lexicon): string {
  const parts: string[] = [];
  switch (query.kind) {
    case 'top':
      parts.push('top', String(query.limit), formatYears(query.years));
      break;
    case 'countries':
      parts.push('top', String(query.limit), 'countries', formatYears(query.years));
      break;
    case 'compare':
      parts.push('compare', ...query.entities.map((e) => entityToken(e, 'country', lexicon)), formatYears(query.years));
      break;
    case 'institution':
      if (query.entity.kind === 'country') parts.push(query.entity.code);
      else parts.push('inst', entityToken(query.entity, 'institution', lexicon));
      parts.push(formatYears(query.years));
      break;
    case 'papers':
      parts.push('papers', entityToken(query.entity, 'country', lexicon), formatYears(query.years), ...(query.limit !== undefined ? ['top', String(query.limit)] : []));
      break;
    case 'teamsize':
      parts.push('teamsize', formatYears(query.years));
      break;
    case 'coverage':
    case 'method':
      return options.lang === 'en' ? query.kind : `${query.kind} lang:${options.lang}`;
    case 'help':
      return `${query.topic ? `help ${query.topic}` : 'help'}${options.lang === 'en' ? '' : ` lang:${options.lang}`}`;
    case 'check':
      return options.lang === 'en' ? `check ${query.claim}` : `check ${query.claim} lang:${options.lang}`;
  }
  parts.push(...optionWords(options));
  if ('offset' in query && query.offset && 'limit' in query && query.limit) parts.push('page', String(query.offset / query.limit + 1));
  return parts.join(' ');
}

function optionWords(options: QueryOptions): string[] {
  const { filters } = options;
  // In the order written, so the command parses back to exactly the same query.
  // Conference, track and tier words are each entry's first word in data/conferences.json.
  const words: string[] = filters.conferences.flatMap((c: Conference) => venueWord('conferences', c) ?? []);
  if (filters.track) words.push(venueWord('tracks', filters.track) ?? filters.track);
  if (filters.status) words.push(venueWord('tiers', filters.status) ?? filters.status);
  if (filters.country) words.push(`country:${filters.country}`);
  if (filters.exact) words.push('exact');
  if (filters.instType) words.push(INSTITUTION_TYPES[filters.instType].words[0]);
  if (options.method !== 'authors') words.push(options.method);
  if (!options.rollup) words.push('units');
  if (options.located) words.push('located');
  if (options.lang !== 'en') words.push(`lang:${options.lang}`);
  return words;
}

/** 2020-2024 for a run of years, else the years one by one. */
export function formatYears(years: number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, k) => k === 0 || y === sorted[k - 1] + 1);
  if (sorted.length > 1 && contiguous) return `${sorted[0]}-${sorted[sorted.length - 1]}`;
  return sorted.join(' ');
}

/** The shortest form that resolves back to exactly this entity: a code, a quoted name or inst:id. */
function entityToken(entity: Entity, prefer: Prefer, lexicon: Lexicon): string {
  if (entity.kind === 'country') return entity.code;
  const name = lexicon.institutionName(entity.id);
  if (name && !/["“”]/.test(name)) {
    const back = lexicon.resolve(name, prefer);
    if (back?.kind === 'entity' && back.entity.kind === 'institution' && back.entity.id === entity.id) {
      return `"${name}"`;
    }
  }
  return `inst:${entity.id}`;
}
