import type { Lang } from '../domain/lang.ts';
// Institution display names: the name in the language where the data has one (data/names/<lang>.json), else English.
// English is the canonical name in the data; a missing translation is never guessed
// (a machine-translated university name can name a different institution).

export interface NamedInstitution {
  name: string;
  names?: Partial<Record<Lang, string>>;
}

export function institutionName(inst: NamedInstitution, lang: Lang): string {
  const local = inst.names?.[lang]?.trim();
  return local ? local : inst.name;
}
