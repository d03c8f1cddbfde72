// The words of the /airank question language: command and filter keywords, country
// names (English, Chinese, Japanese) and institution names. parse.ts owns the grammar;
// this file only answers "what does this word or phrase mean?" and "what did you mean?".
import { foldPhrase } from '../../i18n/foldPhrase.ts';
import { distance } from 'fastest-levenshtein';
import { VENUES } from '../../domain/venues.ts';
import { COUNTRY_TABLE, countryOfName, isCountryCode } from '../../i18n/countryTable.ts';
import { countryName as displayCountryName } from '../../i18n/countries.ts';
import { INSTITUTION_TYPES } from '../../domain/institutionTypes.ts';
import { type Method, methodDef, METHODS } from '../model/methods.ts';
import { normalizeName } from '../../normalize/normalizeText.ts';
import { commandWords, type Command } from '../commands/registry.ts';
import type { Conference, InstType, Status, Track } from '../../domain/ids.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Lexicon, LexiconInstitution, Resolved } from '../model/lexiconInterface.ts';

export type Keyword =
  | { type: 'command'; command: Command }
  | { type: 'conference'; conference: Conference }
  | { type: 'track'; track: Track }
  | { type: 'status'; status: Status }
  | { type: 'method'; method: Method }
  | { type: 'units' }
  | { type: 'located' }
  | { type: 'exact' }
  | { type: 'page' }
  | { type: 'superlative' }
  | { type: 'instType'; instType: InstType }
  /** English glue words ("vs", "in", "the") that carry no meaning in a query. */
  | { type: 'filler' };

// A Map, not an object: typed words like `constructor` must not hit Object.prototype.
const KEYWORDS = new Map<string, Keyword>();
function words(list: string[], kw: Keyword): void {
  for (const w of list) KEYWORDS.set(w, kw);
}
// "which country had the most authors": a ranking, of countries or institutions.
words(['most', 'largest', 'biggest', 'leading', 'best'], { type: 'superlative' });
// Conference, track and tier words: the venue table (data/conferences.json).
const lowered = (list: string[]) => list.map((w) => w.toLowerCase());
for (const c of VENUES.conferences) words(lowered(c.words), { type: 'conference', conference: c.id as Conference });
for (const tr of VENUES.tracks) words(lowered(tr.words), { type: 'track', track: tr.id as Track });
for (const tier of VENUES.tiers) words(lowered(tier.words), { type: 'status', status: tier.id as Status });
// The counting methods' words are in their definitions (methods.ts).
for (const method of METHODS) words([...methodDef(method).keywords], { type: 'method', method });
words(['units', 'no-rollup'], { type: 'units' });
words(['exact'], { type: 'exact' });
// Countries by where the unit is (DeepMind London in the UK) while institutions roll up.
words(['located'], { type: 'located' });
words(['page'], { type: 'page' });

for (const [instType, entry] of Object.entries(INSTITUTION_TYPES)) {
  words(
    entry.words.map((w) => w.toLowerCase()),
    { type: 'instType', instType: instType as InstType },
  );
}

/**
 * Glue words dropped from queries. Some are also ISO codes (IN India, AT Austria, TO Tonga,
 * BY Belarus, IS Iceland, ME Montenegro): those count as glue unless written in capitals,
 * so "top 10 in 2024" is not a ranking within India.
 */
const FILLER = new Set([
  'vs',
  'v',
  'versus',
  'and',
  'or',
  'the',
  'of',
  'for',
  'with',
  'from',
  'on',
  'show',
  'what',
  'which',
  'how',
  'many',
  'are',
  'a',
  'an',
  '&',
  '?',
  'in',
  'at',
  'to',
  'by',
  'is',
  'me',
  // Plain questions: "how many authors did Google have in 2024", "who had the most".
  'did',
  'do',
  'does',
  'have',
  'has',
  'had',
  'was',
  'were',
  'who',
  'there',
  'number',
  'list',
  'give',
  'among',
  'its',
  'their',
  'year',
  'per',
  'total',
  'accepted',
  'ranking',
  'rankings',
]);
const ISO_LIKE_FILLER = new Set(['in', 'at', 'to', 'by', 'is', 'me']);

// The command words of the registry (commands/registry.ts); a word already here keeps its meaning.
for (const { word, command } of commandWords()) if (!KEYWORDS.has(word)) KEYWORDS.set(word, { type: 'command', command });

/** The keyword meaning of one unquoted token, or null. */
export function keywordOf(token: string): Keyword | null {
  const lower = token.toLowerCase();
  if (FILLER.has(lower) && !(ISO_LIKE_FILLER.has(lower) && token === token.toUpperCase())) {
    return { type: 'filler' };
  }
  return KEYWORDS.get(lower) ?? null;
}

/** Keywords written in Chinese or Japanese (企业, 大学): found inside unspaced text by the claim reader. */
export function cjkKeywordList(): readonly string[] {
  cjkKeywords ??= [...KEYWORDS.keys()].filter((w) => /[\u3040-\u30ff\u3400-\u9fff]/.test(w)).sort((a, b) => b.length - a.length);
  return cjkKeywords;
}
let cjkKeywords: readonly string[] | undefined;

/** Command and keyword spellings offered as "did you mean" candidates. */
function vocabulary(): string[] {
  return [...KEYWORDS.keys()].filter((w) => /^[a-z]{3,}$/.test(w));
}

/** Keywords as "did you mean" candidates (built when a question needs suggestions). */
function keywordCandidates(): Candidate[] {
  return vocabulary().map((w) => ({ display: w, norm: w, cls: 0, key: `k:${w}` }));
}

/** The parser's phrase folding, shared with the country table. */
export const normalizePhrase = foldPhrase;

type CandidateClass = 0 | 1 | 2; // keyword, country, institution: earlier wins ties
interface Candidate {
  display: string;
  norm: string;
  cls: CandidateClass;
  /** What it names (a keyword, country code or institution id): one suggestion per thing named. */
  key: string;
}

const MAX_SUGGESTIONS = 5;

/** Country names, aliases and demonyms as suggestion candidates: the one country table (data/countries.json). */
function countryCandidatesOf(): Candidate[] {
  return COUNTRY_TABLE.phrases.flatMap(({ phrase, code }) => {
    const norm = normalizePhrase(phrase);
    return norm ? [{ display: phrase, norm, cls: 1 as const, key: `c:${code}` }] : [];
  });
}

interface InstitutionIndex {
  /** Every normalised id, name, alias and translation → the institutions it names. */
  byName: Map<string, Set<string>>;
  candidates: Candidate[];
  maxPhraseWords: number;
}

/**
 * An institution name index the build stored (query/writeInstitutionNames.ts writes
 * indexInstitutions' byName and maxPhraseWords), so opening a database normalises no names.
 */
export interface StoredNames {
  /** The institutions a normalised name names, in indexInstitutions' order. */
  idsOf(norm: string): string[];
  maxPhraseWords: number;
}

/** Every name of every institution, looked up in the resolver's terms. */
export function indexInstitutions(institutions: readonly LexiconInstitution[]): InstitutionIndex {
  const byName = new Map<string, Set<string>>();
  const candidates: Candidate[] = [];
  let maxPhraseWords = 1;
  for (const inst of institutions) {
    const names = [inst.id, inst.name, ...(inst.aliases ?? []), ...Object.values(inst.names ?? {})];
    for (const name of names) {
      if (!name) continue;
      // The resolver's normaliser, so whatever spelling it takes as a whole alias ("Univ. of Tokyo") is a name here too.
      const norm = normalizeName(name);
      if (!norm) continue;
      const ids = byName.get(norm) ?? new Set<string>();
      ids.add(inst.id);
      byName.set(norm, ids);
      if (name !== inst.id) candidates.push({ display: name, norm, cls: 2, key: `i:${inst.id}` });
      maxPhraseWords = Math.max(maxPhraseWords, norm.split(' ').length, name.trim().split(/\s+/).length);
    }
  }
  return { byName, candidates, maxPhraseWords };
}

/** ISO alpha-2 code for a code or country name (demonyms too), or null. */
function countryOf(phrase: string): string | null {
  const trimmed = phrase.trim();
  if (/^[a-z]{2}$/i.test(trimmed) && isCountryCode(trimmed)) return trimmed.toUpperCase();
  return countryOfName(trimmed, { demonyms: true });
}

/** The institution a name's ids point to, or the choice to offer when they are several. */
function institutionOf(byId: ReadonlyMap<string, LexiconInstitution>, ids: readonly string[]): Resolved | null {
  if (ids.length === 0) return null;
  if (ids.length === 1) return { kind: 'entity', entity: { kind: 'institution', id: ids[0] } };
  // A reviewed institution wins over reference-table entries of the same name, as in the resolver.
  const curated = ids.filter((id) => byId.get(id)?.curated);
  if (curated.length === 1) return { kind: 'entity', entity: { kind: 'institution', id: curated[0] } };
  return { kind: 'ambiguous', options: ids.map((id) => `${byId.get(id)?.name ?? id} (${id})`) };
}

/**
 * The closest candidates to a phrase, best first: prefixes of a name, then by edit distance,
 * keywords before countries before institutions, one suggestion per thing named.
 */
function rankSuggestions(pool: readonly Candidate[], phrase: string): string[] {
  const norm = normalizePhrase(phrase);
  // Institution candidates are keyed by the resolver's normaliser, so they are compared in its terms.
  const instNorm = normalizeName(phrase);
  // Long strings cannot be a typo of a name; skipping them keeps garbage input fast.
  if (!norm || norm.length > 60) return [];
  const maxDist = norm.length <= 3 ? 1 : norm.length <= 6 ? 2 : 3;
  const scored: Array<{ c: Candidate; score: number }> = [];
  for (const c of pool) {
    // Skip 2-letter codes and the like: every short word is one edit from dozens of them.
    if (c.norm.length <= 2 && /^[a-z]+$/.test(c.norm)) continue;
    const q = c.cls === 2 ? instNorm : norm;
    if (q.length >= 3 && c.norm.startsWith(q) && c.norm !== q) {
      scored.push({ c, score: 0.5 + (c.norm.length - q.length) / 100 });
      continue;
    }
    if (Math.abs(c.norm.length - q.length) > maxDist) continue;
    const d = distance(q, c.norm);
    if (d <= maxDist && d > 0) scored.push({ c, score: d });
  }
  scored.sort((a, b) => a.score - b.score || a.c.cls - b.c.cls || a.c.display.length - b.c.display.length);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { c } of scored) {
    // "DeepMind", "Deepmind" and "Deep Mind" name one institution: one suggestion.
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    out.push(c.display);
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}

export function createLexicon(institutions: LexiconInstitution[], stored?: StoredNames): Lexicon {
  const byId = new Map(institutions.map((i) => [i.id, i]));
  // Normalising every name costs more than answering a question: done on first need (an
  // unknown word's suggestions), and for lookups never when the database stores the names.
  let index: InstitutionIndex | undefined;
  const indexed = () => (index ??= indexInstitutions(institutions));
  let countries: Candidate[] | undefined;
  const countryCandidates = () => (countries ??= countryCandidatesOf());
  const idsOf = stored ? (norm: string) => stored.idsOf(norm) : (norm: string) => [...(indexed().byName.get(norm) ?? [])];
  let maxPhraseWords: number | undefined;

  function resolve(phrase: string, prefer: 'country' | 'institution' = 'country'): Resolved | null {
    const asCountry = (): Resolved | null => {
      const code = countryOf(phrase);
      return code ? { kind: 'entity', entity: { kind: 'country', code } } : null;
    };
    const asInstitution = () => institutionOf(byId, idsOf(normalizeName(phrase)));
    if (prefer === 'institution') return asInstitution() ?? asCountry();
    // ISO codes and country names win, so `US` never silently becomes some institution.
    return asCountry() ?? asInstitution();
  }

  function suggest(phrase: string, scope: 'all' | 'country' | 'institution' = 'all'): string[] {
    const pool =
      scope === 'country'
        ? countryCandidates()
        : scope === 'institution'
          ? indexed().candidates
          : [...keywordCandidates(), ...countryCandidates(), ...indexed().candidates];
    return rankSuggestions(pool, phrase);
  }

  const countryName = (code: string, lang: Lang = 'en'): string => displayCountryName(code, lang);

  function institutionName(id: string, lang: Lang = 'en'): string | undefined {
    const inst = byId.get(id);
    if (!inst) return undefined;
    return inst.names?.[lang] ?? inst.name;
  }

  const rollsUp = (id: string): boolean => byId.get(id)?.rollsUp === true;

  return {
    resolve,
    country: countryOf,
    suggest,
    countryName,
    institutionName,
    rollsUp,
    get maxPhraseWords() {
      return (maxPhraseWords ??= Math.max(stored?.maxPhraseWords ?? indexed().maxPhraseWords, ...countryCandidates().map((c) => c.norm.split(' ').length)));
    },
  };
}
