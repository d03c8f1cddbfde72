// How answers name a conference, track, tier or institution-type filter in a language: the
// conference's own name (data/conferences.json), the rest from the language's locale.
import type { InstType } from '../domain/ids.ts';
import type { Lang } from '../domain/lang.ts';
import { LANGS } from '../domain/lang.ts';
import { VENUES, type VenueTable } from '../domain/venues.ts';
import { LOCALES } from './locales/byLang.ts';

/** The label of a conference, track or tier id in a language (the id itself when unknown). */
export function venueLabel(kind: keyof VenueTable, id: string, lang: Lang = 'en'): string {
  if (kind === 'conferences') return VENUES.conferences.find((c) => c.id === id)?.label ?? id;
  const names: Readonly<Record<string, string>> = LOCALES[lang].venues[kind];
  return names[id] ?? id;
}

/** How answers name an institution-type filter ("companies only"). */
export const instTypeLabel = (type: InstType, lang: Lang): string => LOCALES[lang].venues.instTypes[type];

/** The words every language adds for a track, tier or institution type, in the order of LANGS. */
export function localWords(kind: 'tracks' | 'tiers' | 'instTypes', id: string): string[] {
  return LANGS.flatMap((lang) => (LOCALES[lang].venues.words[kind] as Readonly<Record<string, string[]>> | undefined)?.[id] ?? []);
}
