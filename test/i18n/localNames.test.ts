// Each language's names file (data/names/<lang>.json) names only curated institutions and ISO
// countries, and the build takes every one of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/domain/lang.ts';
import { LOCALES } from '../../src/i18n/locales/byLang.ts';
import { isCountryCode } from '../../src/i18n/countryTable.ts';
import { countryName } from '../../src/i18n/countries.ts';
import { loadCurated } from '../../src/normalize/loadCurated.ts';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const curatedIds = new Set((JSON.parse(readFileSync(`${DATA}/institutions.json`, 'utf8')) as Array<{ id: string }>).map((i) => i.id));

describe.each(LANGS.filter((l) => l !== 'en'))('data/names/%s.json', (lang) => {
  const { institutions, countries } = LOCALES[lang].names;

  it('names curated institutions only, and the loaded data carries each name', () => {
    expect(Object.keys(institutions).filter((id) => !curatedIds.has(id))).toEqual([]);
    const loaded = new Map(loadCurated(DATA).institutions.map((i) => [i.id, i.names?.[lang]]));
    for (const [id, name] of Object.entries(institutions)) expect(loaded.get(id), id).toBe(name);
  });

  it('names ISO countries only, and display uses those names', () => {
    for (const [code, name] of Object.entries(countries)) {
      expect(isCountryCode(code), code).toBe(true);
      expect(countryName(code, lang)).toBe(name);
    }
  });
});
