// Reads the curated data files (data/institutions.json, data/overrides.json,
// data/names-by-country.json), with each institution's names and aliases in other languages
// from the locales' names files (data/names/<lang>.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Institution } from './types.ts';
import { LANGS } from '../domain/lang.ts';
import { LOCALES } from '../i18n/locales/byLang.ts';

export interface CuratedData {
  institutions: Institution[];
  overrides: Record<string, string | null>;
  /** Name → ISO country → institution id (null: not curated), for records that list their countries. */
  namesByCountry: Record<string, Record<string, string | null>>;
}

/** A JSON object without its comment keys (those starting with "_"). */
function withoutComments<T>(file: string): Record<string, T> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>;
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('_')));
}

export function loadCurated(dataDir: string): CuratedData {
  const institutions = JSON.parse(readFileSync(join(dataDir, 'institutions.json'), 'utf8')) as Institution[];
  const byId = new Map(institutions.map((i) => [i.id, i]));
  for (const lang of LANGS) {
    const { institutions: names, institutionAliases = {} } = LOCALES[lang].names;
    // A data folder with fewer institutions (a test's) takes the names of those it has; that
    // every id in the names files is curated is checked by test/i18n/localNames.test.ts.
    for (const [id, name] of Object.entries(names)) {
      const inst = byId.get(id);
      if (inst) inst.names = { ...inst.names, [lang]: name };
    }
    // The language's aliases are aliases like the file's, matched in sources and questions alike.
    for (const [id, aliases] of Object.entries(institutionAliases)) {
      const inst = byId.get(id);
      if (inst) inst.aliases = [...(inst.aliases ?? []), ...aliases];
    }
  }
  return {
    institutions,
    overrides: withoutComments<string | null>(join(dataDir, 'overrides.json')),
    namesByCountry: withoutComments<Record<string, string | null>>(join(dataDir, 'names-by-country.json')),
  };
}
