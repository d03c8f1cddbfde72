// The /airank question language: free-order tokens in, one ParsedQuery (with a canonical
// command that reproduces it) or one ParseError out. Words and names live in lexicon.ts,
// each command in its module (commands/registry.ts); this file is the grammar they share
// and the dispatch to them. It never throws: a question it cannot read exactly is an
// error with suggestions, because a guessed reading could put a wrong number in print.
import { helpTopic } from './help/help.ts';
import { keywordOf, normalizePhrase } from './context/lexicon.ts';
import { canonical, type Command, commandNamed, commandOf } from './commands/registry.ts';
import type { Kind, ReadState } from './commands/command.ts';
import { longestName, readCountryValue } from './read/names.ts';
import { formatYears } from './commands/canonicalText.ts';
import { clip, listSeparator, msg, quoteWord, reject, Reject } from './read/reject.ts';
import {
  FIRST_YEAR,
  LATEST_COMPLETE_YEAR,
  LATEST_YEAR,
  isDashWord,
  isYearWord,
  outsideData,
  readYearWord,
  yearSpan,
  yearsOf,
  type YearSpan,
} from './read/years.ts';
import type { Entity, ParsedQuery, ParseError, Query, QueryOptions } from './model/types.ts';
import type { Status, Track } from '../domain/ids.ts';
import { LANGS, type Lang } from '../domain/lang.ts';
import type { Method } from './model/methods.ts';
import type { Lexicon } from './model/lexiconInterface.ts';

/** Longest question read; longer text is refused before any work is done. */
export const MAX_INPUT = 500;
/** Claims after `check` are prose from a draft and may be longer. */
export const MAX_CLAIM = 2000;
export const MAX_LIMIT = 100;

interface Token {
  text: string;
  quoted: boolean;
}

const LANG_OPTION = new RegExp(`(?:^|\\s)lang:(${LANGS.join('|')})(?=\\s|$)`, 'i');
const LANG_WORD = new RegExp(`^lang:(${LANGS.join('|')})$`, 'i');

/** The language a question asks for (`lang:zh`, `lang:ja`), read before it is parsed so even errors follow it. */
export function questionLang(text: string): Lang {
  return (LANG_OPTION.exec(text)?.[1]?.toLowerCase() as Lang | undefined) ?? 'en';
}

export function parse(text: string, lexicon: Lexicon): ParsedQuery | ParseError {
  try {
    return parseOrReject(typeof text === 'string' ? text : '', lexicon);
  } catch (e) {
    if (e instanceof Reject) return withCorrections(e.error(questionLang(typeof text === 'string' ? text.slice(0, MAX_CLAIM + 20) : '')), text, lexicon);
    // A bug must not take the bot down; the property test asserts this never happens.
    return { kind: 'parse_error', message: INTERNAL_ERROR, suggestions: [], example: 'help' };
  }
}

/** The corrected questions that read (offered as one click); a name's are built by replacing it in the text. */
function withCorrections(error: ParseError, text: string, lexicon: Lexicon): ParseError {
  const at = error.unknown ? text.indexOf(error.unknown) : -1;
  const candidates =
    error.corrected ??
    (at >= 0 ? error.suggestions.map((s) => `${text.slice(0, at)}${/\s/.test(s) ? `"${s}"` : s}${text.slice(at + error.unknown!.length)}`) : []);
  const reads = (q: string) => {
    try {
      parseOrReject(q, lexicon);
      return true;
    } catch {
      return false;
    }
  };
  const corrected = candidates.filter(reads);
  const { corrected: _unchecked, ...rest } = error;
  return corrected.length > 0 ? { ...rest, corrected } : rest;
}

export const INTERNAL_ERROR = 'Sorry, something went wrong reading that question. Try `help`.';

function parseOrReject(input: string, lexicon: Lexicon): ParsedQuery {
  // Check the length before any other work, so 100k characters cost nothing.
  if (input.length > MAX_CLAIM + 20) tooLong(MAX_CLAIM);
  const raw = input.trim().replace(/^\/airank(\s+|$)/i, '');

  // A claim is prose: after a `check` word the rest is read whole, by the claim reader.
  const checkWords = commandOf('check')
    .words.check.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const check = new RegExp(`^(${checkWords})(?:\\s+|$)([\\s\\S]*)$`, 'i').exec(raw);
  if (check) {
    // `lang:zh` anywhere in the claim picks the answer's language; the rest is the claim.
    const options = defaultOptions();
    const claim = check[2]
      .replace(new RegExp(LANG_OPTION.source, 'gi'), (_m, lang: string) => {
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
  const help = helpRequest(tokens, lexicon);
  if (help) return help;
  const state = readTokens(tokens, lexicon);
  const query = buildQuery(state, (id) => lexicon.rollsUp(id));
  // coverage and method describe the whole data set: filters do not apply, only the language.
  const options = commandOf(query.kind).wholeData ? { ...defaultOptions(), lang: state.options.lang } : state.options;
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
function helpRequest(allTokens: Token[], lexicon: Lexicon): ParsedQuery | null {
  let tokens = allTokens;
  const isHelp = (t: Token): boolean => {
    const kw = t.quoted ? null : keywordOf(t.text);
    return kw?.type === 'command' && kw.command === 'help';
  };
  if (!tokens.some(isHelp)) return null;
  // lang:zh / lang:ja picks the language of the help; it is not a topic.
  const options = defaultOptions();
  tokens = tokens.filter((t) => {
    const m = LANG_WORD.exec(t.text);
    if (m) options.lang = m[1].toLowerCase() as Lang;
    return !m;
  });
  // The topic is one plain word, so `help <topic>` reads back the same.
  const words = tokens
    .filter((t) => !isHelp(t))
    .map((t) =>
      t.text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}_-]/gu, '')
        .slice(0, 40),
    )
    .filter((w) => w && keywordOf(w)?.type !== 'filler' && !isHelp({ text: w, quoted: false }));
  const topic = words[0] ? (helpTopic(words[0]) ?? words[0]) : undefined;
  return finish(topic ? { kind: 'help', topic } : { kind: 'help' }, options, lexicon);
}

// ---------------------------------------------------------------------------
// Reading tokens into a state

/** What the grammar read, its command word one of the registry's. */
type State = Omit<ReadState, 'command'> & { command?: Command };

const TOP_N = /^top[-_]?(\d+)$/i;
const INTEGER = /^\d+$/;
const KEY_VALUE = /^(country|lang|inst|institution):(.*)$/i;
/** Unknown words named in one error. */
const MAX_UNKNOWN = 5;

function readTokens(tokens: Token[], lexicon: Lexicon): State {
  const state: State = { top: false, years: new Set(), entities: [], options: defaultOptions() };
  // After `inst`, a name is looked up as an institution first (see help inst).
  const prefer = tokens.some((t) => {
    const kw = t.quoted ? null : keywordOf(t.text);
    return kw?.type === 'command' && kw.command === 'inst';
  })
    ? 'institution'
    : 'country';

  // An unknown word does not stop the reading, so its error can say what the rest meant.
  const understood: string[] = [];
  const unknown: string[] = [];
  let firstUnknown: Reject | undefined;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    let next: number;
    try {
      next = readStep(tokens, i, state, prefer, lexicon);
    } catch (e) {
      if (e instanceof Reject && !t.quoted && e.unknown === t.text) {
        firstUnknown ??= e;
        unknown.push(t.text);
        // Each unknown word costs a lookup for suggestions: a few are enough to name.
        if (unknown.length === MAX_UNKNOWN) break;
        i++;
        continue;
      }
      // Another problem after an unknown word: the unknown word, met first, is reported.
      throw firstUnknown ? withUnderstood(firstUnknown, understood, unknown) : e;
    }
    // Fillers and the answer's language say nothing about the question.
    const span = tokens.slice(i, next).map((w) => w.text);
    const meta = span.length === 1 && !t.quoted && (keywordOf(t.text)?.type === 'filler' || /^lang:/i.test(t.text));
    if (!meta) understood.push(span.join(' ').replace(TOP_N, 'top $1'));
    i = next;
  }
  if (firstUnknown) throw withUnderstood(firstUnknown, understood, unknown);
  return state;
}

/** Reads the token or name at i into the state; returns the next index. */
function readStep(tokens: Token[], i: number, state: State, prefer: Prefer, lexicon: Lexicon): number {
  if (tokens[i].quoted) {
    state.entities.push(resolveEntity(tokens[i].text, prefer, lexicon));
    return i + 1;
  }
  // Longest multi-word name first, so "University of Tokyo" is not read as three words.
  const phrase = longestPhrase(tokens, i, prefer, lexicon);
  if (phrase) {
    state.entities.push(phrase.entity);
    return i + phrase.words;
  }
  return readWord(tokens, i, state, prefer, lexicon);
}

/** The unknown word's error, saying which words were read and which were not (issue 20). */
function withUnderstood(first: Reject, understood: string[], unknown: string[]): Reject {
  if (understood.length === 0) return first;
  const hint = unknown.length === 1 && /^[a-z]{2}$/i.test(unknown[0]) ? msg('notIso') : () => '';
  const message = (lang: Lang) => {
    const words = unknown.map((w) => quoteWord(lang, clip(w))).join(listSeparator(lang));
    const parts = understood.map(clip).join(listSeparator(lang));
    return `${msg('understood', { parts, words })(lang)}${hint(lang)}`;
  };
  return new Reject(message, first.example, first.suggestions, first.unknown, first.corrected);
}

/** Reads the single unquoted token at i (and any argument it takes); returns the next index. */
function readWord(tokens: Token[], i: number, state: State, prefer: Prefer, lexicon: Lexicon): number {
  const text = tokens[i].text;
  const next = tokens[i + 1];

  const kv = KEY_VALUE.exec(text);
  if (kv) return readKeyValue(kv[1].toLowerCase(), kv[2], tokens, i, state, lexicon);

  const years = readYearWord(text);
  if (years) {
    const after = tokens[i + 2];
    // "2020 - 2024": a range written as three words.
    if (isYearWord(text) && next && !next.quoted && isDashWord(next.text) && after && isYearWord(after.text)) {
      addYears(state, yearSpan(Number(text), Number(after.text)));
      return i + 3;
    }
    addYears(state, years);
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
          if (next && !next.quoted && INTEGER.test(next.text) && !isYearWord(next.text)) {
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
        if (text.toLowerCase() === 'last' && next && !next.quoted && next.text.toLowerCase() === 'year')
          reject(msg('lastYear', { first: FIRST_YEAR, last: LATEST_YEAR }), 'top 10 2024');
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

function longestPhrase(tokens: Token[], i: number, prefer: Prefer, lexicon: Lexicon): { entity: Entity; words: number } | null {
  let run = 0;
  while (i + run < tokens.length && !tokens[i + run].quoted && run < lexicon.maxPhraseWords) run++;
  // One word alone is read after the keywords (readWord), so `top` is never a name.
  const name = longestName(
    tokens.slice(i, i + run).map((t) => t.text),
    lexicon,
    2,
    prefer,
  );
  if (name?.resolved.kind === 'ambiguous') ambiguous(name.phrase, name.resolved.options);
  return name?.resolved.kind === 'entity' ? { entity: name.resolved.entity, words: name.words } : null;
}

function resolveEntity(phrase: string, prefer: Prefer, lexicon: Lexicon): Entity {
  const r = lexicon.resolve(phrase, prefer);
  if (r?.kind === 'entity') return r.entity;
  if (r?.kind === 'ambiguous') ambiguous(phrase, r.options);
  reject(msg('unknownName', { name: clip(phrase) }), 'inst "Zhejiang University"', lexicon.suggest(phrase), phrase);
}

function ambiguous(phrase: string, options: string[]): never {
  reject(msg('ambiguous', { name: clip(phrase), options: options.join('; ') }), 'inst "Zhejiang University"', options);
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
  // The question again with the mistyped words replaced by each suggestion (parse() keeps those that read).
  const corrected: string[] = [];
  const quote = (t: Token) => (t.quoted || /\s/.test(t.text) ? `"${t.text}"` : t.text);
  for (const n of [3, 2, 1]) {
    if (i + n > tokens.length || tokens.slice(i, i + n).some((t) => t.quoted)) continue;
    const phrase = tokens
      .slice(i, i + n)
      .map((t) => t.text)
      .join(' ');
    // "DeepMind" from one reading and "Deep Mind" from another name one institution: one suggestion.
    for (const s of lexicon.suggest(phrase)) {
      if (suggestions.some((o) => sameThing(o, s, lexicon))) continue;
      suggestions.push(s);
      corrected.push([...tokens.slice(0, i), { text: s, quoted: false }, ...tokens.slice(i + n)].map(quote).join(' '));
    }
  }
  const unknown = msg('unknownWord', { word: clip(word) });
  const hint = /^[a-z]{2}$/i.test(word) ? msg('notIso') : () => '';
  reject((lang) => `${unknown(lang)}${hint(lang)}`, 'compare US CN 2020-2024', suggestions.slice(0, 5), word, corrected.slice(0, 5));
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
    if (!(LANGS as readonly string[]).includes(lang)) {
      // The languages from LANGS, so a new one is named here without a word changed in any locale.
      const names = LANGS.map((l) => `lang:${l}`);
      const langs = (errorLang: Lang): string => names.slice(0, -1).join(listSeparator(errorLang));
      reject(
        (errorLang) => msg('unknownLang', { value: clip(value), langs: langs(errorLang), last: names[names.length - 1] })(errorLang),
        'top 10 2024 lang:zh',
        names,
      );
    }
    state.options.lang = lang as Lang;
    return end;
  }

  if (key === 'country') {
    // An unquoted multi-word name may continue into the next unquoted tokens ("country:United States").
    const next: string[] = [];
    for (let k = end; !tokens[end - 1].quoted && k < tokens.length && !tokens[k].quoted; k++) next.push(tokens[k].text);
    const read = readCountryValue(value, next, lexicon);
    const code = read?.code;
    end += read?.more ?? 0;
    if (!code) {
      reject(msg('unknownCountry', { value: clip(value) }), 'top 10 2024 country:JP', lexicon.suggest(value, 'country'));
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

function addYears(state: State, span: YearSpan): void {
  const [year] = outsideData(span);
  if (year !== undefined) {
    reject(msg('outsideData', { year, first: FIRST_YEAR, last: LATEST_YEAR }), `top 10 ${LATEST_YEAR}`, [String(year < FIRST_YEAR ? FIRST_YEAR : LATEST_YEAR)]);
  }
  for (const y of yearsOf(span)) state.years.add(y);
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

function buildQuery(state: State, rollsUp: (id: string) => boolean): Query {
  const kind = queryKind(state);
  const command = commandOf(kind);
  const example = command.examples[0];
  if (state.top && state.limit !== undefined && !command.paged) reject(msg('topNotFor', { n: state.limit, kind }), example);
  if (state.page !== undefined && !command.paged) reject(msg('pageNotFor', { kind }), example);
  command.refuse?.(state);
  if (state.options.filters.country && !command.countryFilter) reject(msg('countryOnlyTop'), 'top 10 2024 country:JP');
  // A unit asked for by name (DeepMind, MSRA) is counted alone: under the roll-up it has no figure of its own.
  if (state.entities.some((e) => e.kind === 'institution' && state.options.rollup && rollsUp(e.id))) state.options.rollup = false;
  if (!command.fromWords) throw new Error(`${kind} is read before the words`);
  return command.fromWords(state);
}

/** The kind of query asked for: the command word's, else what the words read suggest. */
function queryKind(state: State): Kind {
  if (state.command === undefined) {
    // "universities country:JP 2024": a kind of institution or a country filter alone asks for a ranking.
    if (state.top || (state.entities.length === 0 && (state.options.filters.instType || state.options.filters.country))) return 'top';
    if (state.entities.length === 1) return 'institution';
    if (state.entities.length > 1) return 'compare';
    return reject(msg('whatToCount'), 'top 10 2024', suggestCommands(state));
  }
  const command = commandNamed(state.command);
  // help and check are read before the words; reaching here is a bug caught by parse().
  if (!command.fromWords) throw new Error(`unexpected command ${state.command}`);
  return command.route?.(state.command, state) ?? command.kind;
}

/** For a question of only years and filters, the likeliest full questions. */
function suggestCommands(state: State): string[] {
  const years = state.years.size ? formatYears([...state.years].sort((a, b) => a - b)) : String(LATEST_COMPLETE_YEAR);
  return [`top 10 ${years}`, `countries ${years}`];
}

// ---------------------------------------------------------------------------
// The query with its options and the command text that reproduces it

function finish(query: Query, options: QueryOptions, lexicon: Lexicon): ParsedQuery {
  return { ...query, options, text: canonical(query, options, lexicon) };
}
