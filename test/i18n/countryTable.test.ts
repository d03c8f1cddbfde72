// The one country table (data/countries.json): it validates, and the resolver, the lexicon,
// the claim reader, the linker's country lists and display all read it.
import { describe, expect, it } from 'vitest';
import { buildCountryTable, COUNTRY_TABLE, countryKey, countryOfName, isCountryCode, type CountryEntry } from '../../src/i18n/countryTable.ts';
import { countryName } from '../../src/i18n/countries.ts';
import { toCountryCode } from '../../src/normalize/countryCodes.ts';
import { readClaim } from '../../src/query/check/claim.ts';
import { parse } from '../../src/query/parse.ts';
import file from '../../data/countries.json' with { type: 'json' };
import { lexicon } from '../query/parseFixture.ts';

const raw = file.countries as Record<string, CountryEntry>;

describe('data/countries.json', () => {
  it('keys every entry by an ISO 3166-1 alpha-2 code, names in the three languages only', () => {
    for (const [code, entry] of Object.entries(raw)) {
      expect(isCountryCode(code) && code === code.toUpperCase(), code).toBe(true);
      for (const table of [entry.names, entry.short]) for (const lang of Object.keys(table ?? {})) expect(['en', 'zh', 'ja']).toContain(lang);
      for (const phrase of [...Object.values(entry.names ?? {}), ...(entry.aliases ?? []), ...(entry.demonyms ?? [])]) {
        expect(phrase.trim(), code).toBe(phrase);
      }
    }
  });

  it('gives no phrase to two codes', () => {
    const owner = new Map<string, string>();
    for (const [code, entry] of Object.entries(raw)) {
      for (const phrase of [...Object.values(entry.names ?? {}), ...(entry.aliases ?? []), ...(entry.demonyms ?? [])]) {
        const key = countryKey(phrase);
        expect(owner.get(key) ?? code, `"${phrase}"`).toBe(code);
        owner.set(key, code);
      }
    }
  });

  it('refuses to load a table with a bad code or a phrase given to two codes', () => {
    expect(() => buildCountryTable({ UK: { aliases: ['blighty'] } })).toThrow(/UK is not an ISO/);
    expect(() => buildCountryTable({ MO: { aliases: ['Macau'] }, HK: { aliases: ['macau'] } })).toThrow(/"macau" is given to both MO and HK/);
    expect(() => buildCountryTable({ CN: { demonyms: ['Chinese'] }, TW: { aliases: ['chinese'] } })).toThrow(/both CN and TW/);
  });

  it('wins over the ISO names, which fill in the rest', () => {
    const table = buildCountryTable({ NL: { aliases: ['holland'] } });
    expect(table.byName.get('holland')).toBe('NL');
    expect(table.byName.get('macau')).toBeUndefined(); // not an ISO spelling
    expect(table.byName.get('macao')).toBe('MO');
    expect(buildCountryTable({ CG: { aliases: ['congo'] } }).byName.get('congo')).toBe('CG');
    expect(buildCountryTable({}).byName.get('congo')).toBeUndefined(); // ISO gives it to CG and CD
  });
});

describe('every place reads the one table', () => {
  const claimCountry = (name: string): string | undefined => {
    const r = readClaim(`${name} had 300 authors in 2024`, lexicon);
    return r.ok && r.claim.entity.kind === 'country' ? r.claim.entity.code : undefined;
  };
  const askedCountry = (name: string): string | undefined => {
    const r = parse(`"${name}" 2024`, lexicon);
    return 'entity' in r && r.entity.kind === 'country' ? r.entity.code : undefined;
  };

  it('reads "Macau" and "Macao" as MO everywhere, and names MO "Macao"', () => {
    for (const name of ['Macau', 'Macao', 'macau', 'Macau SAR', '澳门', '澳門', 'マカオ']) {
      expect(countryOfName(name), name).toBe('MO');
      expect(toCountryCode(name), `resolver ${name}`).toBe('MO');
      expect(lexicon.country(name), `lexicon ${name}`).toBe('MO');
    }
    for (const name of ['Macau', 'Macao']) {
      expect(claimCountry(name), `claim ${name}`).toBe('MO');
      expect(askedCountry(name), `question ${name}`).toBe('MO');
    }
    expect(countryName('MO', 'en')).toBe('Macao');
    expect(lexicon.countryName('MO')).toBe('Macao');
  });

  it("gives the resolver's country for every name and alias of the table to the lexicon too", () => {
    let compared = 0;
    for (const [code, entry] of COUNTRY_TABLE.entries) {
      for (const name of [...Object.values(entry.names ?? {}), ...(entry.aliases ?? [])]) {
        expect(toCountryCode(name), `resolver ${name}`).toBe(code);
        expect(lexicon.country(name), `lexicon ${name}`).toBe(code);
        compared++;
      }
    }
    for (const name of ['Japan', 'Germany', 'Türkiye', 'Viet Nam', 'England', 'Czechia', 'Korea']) {
      expect(lexicon.country(name), name).toBe(toCountryCode(name));
      expect(toCountryCode(name), name).not.toBeNull();
    }
    expect(compared).toBeGreaterThan(60);
  });

  it('reads demonyms in questions and claims, not in source country fields', () => {
    expect(lexicon.country('Chinese')).toBe('CN');
    expect(claimCountry('Japanese authors')).toBe('JP');
    expect(toCountryCode('Chinese')).toBeNull();
  });

  it("shows the lexicon's country names as display does, in every language", () => {
    for (const code of ['US', 'CN', 'GB', 'KR', 'TW', 'HK', 'MO', 'RU', 'IR', 'VN', 'JP']) {
      for (const lang of ['en', 'zh', 'ja'] as const) expect(lexicon.countryName(code, lang), `${code} ${lang}`).toBe(countryName(code, lang));
    }
  });
});
