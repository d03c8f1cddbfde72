// The one country table: data/countries.json, with i18n-iso-countries for the names it
// leaves out. The resolver (normalize), the lexicon and claim reader (query) and display
// (i18n) all read countries through this module, so "Macau" and "Macao" are MO everywhere.
import { foldPhrase } from './foldPhrase.ts';
import countries from 'i18n-iso-countries';
import countriesFile from '../../data/countries.json' with { type: 'json' };
import { LANGS, type Lang } from '../domain/lang.ts';
import { LOCALES } from './locales/byLang.ts';

for (const lang of LANGS) countries.registerLocale(LOCALES[lang].isoCountries);

export interface CountryEntry {
  /** The newsroom's display name where the ISO name is not its choice. */
  names?: Partial<Record<Lang, string>>;
  /** Abbreviations for tight chart labels (en: US, UK, UAE). */
  short?: Partial<Record<Lang, string>>;
  /** Other ways questions, claims and source tables write the country, any language. */
  aliases?: string[];
  /** "Chinese", 日本の: a demonym names the country. */
  demonyms?: string[];
}

export interface CountryTable {
  entries: ReadonlyMap<string, CountryEntry>;
  /** Folded phrase → code, demonyms excluded: names and aliases from the file, then unique ISO names. */
  byName: ReadonlyMap<string, string>;
  /** Folded demonym → code. */
  byDemonym: ReadonlyMap<string, string>;
  /** Every (phrase, code) a reader may write, for "did you mean" and look-ahead. */
  phrases: ReadonlyArray<{ phrase: string; code: string }>;
}

/** Country phrases fold like every other typed phrase. */
export const countryKey = foldPhrase;

/** True when the code is an ISO 3166-1 alpha-2 code the package knows. */
export function isCountryCode(code: string): boolean {
  return countries.isValid(code.trim().toUpperCase());
}

/**
 * The table from the file's `countries` object. Throws, naming every fault, when a key is
 * not an ISO code or a phrase is given to two codes: a bad edit must not load.
 */
export function buildCountryTable(raw: Record<string, CountryEntry>): CountryTable {
  const faults: string[] = [];
  const entries = new Map<string, CountryEntry>();
  const fileNames = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  const phrases: Array<{ phrase: string; code: string }> = [];
  const owner = new Map<string, string>(); // every phrase of the file, for the one-code check
  const claim = (into: Map<string, string>, phrase: string, code: string): void => {
    const key = countryKey(phrase);
    if (!key) {
      faults.push(`${code}: empty name "${phrase}"`);
      return;
    }
    const other = owner.get(key);
    if (other && other !== code) faults.push(`"${phrase}" is given to both ${other} and ${code}`);
    owner.set(key, code);
    into.set(key, code);
    phrases.push({ phrase, code });
  };
  for (const [code, entry] of Object.entries(raw)) {
    if (code !== code.toUpperCase() || !isCountryCode(code)) faults.push(`${code} is not an ISO 3166-1 alpha-2 code`);
    entries.set(code, entry);
    for (const name of [...Object.values(entry.names ?? {}), ...(entry.aliases ?? [])]) claim(fileNames, name, code);
    for (const d of entry.demonyms ?? []) claim(byDemonym, d, code);
  }
  if (faults.length) throw new Error(`data/countries.json: ${faults.join('; ')}`);

  // ISO names fill in, unless the file names the phrase or the ISO tables give it to two
  // codes ("Congo"): guessing would put one country's figures under another's name.
  const isoCodes = new Map<string, Set<string>>();
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    for (const lang of LANGS) {
      for (const name of countries.getName(code, lang, { select: 'all' }) ?? []) {
        const key = countryKey(name);
        if (!key) continue;
        isoCodes.set(key, (isoCodes.get(key) ?? new Set<string>()).add(code));
        phrases.push({ phrase: name, code });
      }
    }
  }
  const byName = new Map(fileNames);
  for (const [key, codes] of isoCodes) if (codes.size === 1 && !byName.has(key) && !byDemonym.has(key)) byName.set(key, [...codes][0]);
  return { entries, byName, byDemonym, phrases };
}

/** The file's entries, with each language's names, aliases and demonyms from its names file (data/names/<lang>.json). */
function withLocalNames(raw: Record<string, CountryEntry>): Record<string, CountryEntry> {
  const out: Record<string, CountryEntry> = Object.fromEntries(Object.entries(raw).map(([code, e]) => [code, { ...e, names: { ...e.names } }]));
  for (const lang of LANGS) {
    const { countries: names, countryAliases = {}, demonyms = {} } = LOCALES[lang].names;
    for (const [code, name] of Object.entries(names)) {
      out[code] ??= {};
      out[code].names = { ...out[code].names, [lang]: name };
    }
    for (const [code, aliases] of Object.entries(countryAliases)) out[code] = { ...out[code], aliases: [...(out[code]?.aliases ?? []), ...aliases] };
    for (const [code, words] of Object.entries(demonyms)) out[code] = { ...out[code], demonyms: [...(out[code]?.demonyms ?? []), ...words] };
  }
  // In code order, as the file is: the phrases' order decides ties between suggestions.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export const COUNTRY_TABLE: CountryTable = buildCountryTable(withLocalNames(countriesFile.countries as Record<string, CountryEntry>));

/**
 * The ISO code a country name, alias or (with `demonyms`) demonym names, in any of the three
 * languages, or null. The one name → country lookup of the project.
 */
export function countryOfName(phrase: string, options: { demonyms?: boolean } = {}): string | null {
  const key = countryKey(phrase);
  return COUNTRY_TABLE.byName.get(key) ?? (options.demonyms ? COUNTRY_TABLE.byDemonym.get(key) : undefined) ?? null;
}

/** The display name of a code: the file's, else the ISO name in that language, else English. */
export function tableName(code: string, lang: Lang, short = false): string | undefined {
  const entry = COUNTRY_TABLE.entries.get(code);
  return (short ? entry?.short?.[lang] : undefined) ?? entry?.names?.[lang] ?? countries.getName(code, lang) ?? countries.getName(code, 'en');
}
