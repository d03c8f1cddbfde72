import type { Lang } from '../domain/lang.ts';
// Institution display names: the zh/ja name where the data has one, else English.
// English is the canonical name in the data; a missing translation is never guessed
// (a machine-translated university name can name a different institution).

export interface NamedInstitution {
  name: string;
  names?: { zh?: string; ja?: string };
}

export function institutionName(inst: NamedInstitution, lang: Lang): string {
  if (lang === 'en') return inst.name;
  const local = inst.names?.[lang]?.trim();
  return local ? local : inst.name;
}
