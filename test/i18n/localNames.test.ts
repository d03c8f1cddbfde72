// Each language's names file (data/names/<lang>.json) names only curated institutions and ISO
// countries, and the build takes every one of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/domain/lang.ts';
import { LOCALES } from '../../src/i18n/locales/byLang.ts';
import { countryOfName, isCountryCode } from '../../src/i18n/countryTable.ts';
import { parse } from '../../src/query/parse.ts';
import { curatedLexicon } from '../helpers/curatedLexicon.ts';
import { countryName } from '../../src/i18n/countries.ts';
import { loadCurated } from '../../src/normalize/loadCurated.ts';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const curatedIds = new Set((JSON.parse(readFileSync(`${DATA}/institutions.json`, 'utf8')) as Array<{ id: string }>).map((i) => i.id));

describe.each(LANGS.filter((l) => l !== 'en'))('data/names/%s.json', (lang) => {
  const { institutions, countries, institutionAliases = {}, countryAliases = {}, demonyms = {} } = LOCALES[lang].names;

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

  it('has aliases of curated institutions, each read in a question as that institution', () => {
    for (const [id, aliases] of Object.entries(institutionAliases)) {
      expect(curatedIds.has(id), id).toBe(true);
      for (const alias of aliases) expect(curatedLexicon.resolve(alias), alias).toMatchObject({ kind: 'entity', entity: { kind: 'institution', id } });
    }
  });

  it("has country aliases and demonyms each read as that country, and a question's `country:` takes the alias", () => {
    for (const [code, aliases] of Object.entries(countryAliases)) {
      for (const alias of aliases) {
        expect(countryOfName(alias), alias).toBe(code);
        expect(parse(`2024 top10 country:${alias}`, curatedLexicon), alias).toMatchObject({ options: { filters: { country: code } } });
      }
    }
    for (const [code, words] of Object.entries(demonyms)) for (const w of words) expect(countryOfName(w, { demonyms: true }), w).toBe(code);
  });
});
