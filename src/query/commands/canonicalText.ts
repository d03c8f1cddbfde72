// Putting a query back into command text, shared by the commands' canonical forms: the
// years, a name that resolves back to the same entity, the options in a fixed order.
import { venueWord } from '../../domain/venues.ts';
import type { Entity, QueryOptions } from '../model/types.ts';
import type { Conference } from '../../domain/ids.ts';
import { INSTITUTION_TYPES } from '../../domain/institutionTypes.ts';
import type { Lexicon } from '../model/lexiconInterface.ts';

/** 2020-2024 for a run of years, else the years one by one. */
export function formatYears(years: number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, k) => k === 0 || y === sorted[k - 1] + 1);
  if (sorted.length > 1 && contiguous) return `${sorted[0]}-${sorted[sorted.length - 1]}`;
  return sorted.join(' ');
}

/** The shortest form that resolves back to exactly this entity: a code, a quoted name or inst:id. */
export function entityToken(entity: Entity, prefer: 'country' | 'institution', lexicon: Lexicon): string {
  if (entity.kind === 'country') return entity.code;
  const name = lexicon.institutionName(entity.id);
  if (name && !/["“”]/.test(name)) {
    const back = lexicon.resolve(name, prefer);
    if (back?.kind === 'entity' && back.entity.kind === 'institution' && back.entity.id === entity.id) {
      return `"${name}"`;
    }
  }
  return `inst:${entity.id}`;
}

function optionWords(options: QueryOptions): string[] {
  const { filters } = options;
  // In the order written, so the command parses back to exactly the same query.
  // Conference, track and tier words are each entry's first word in data/conferences.json.
  const words: string[] = filters.conferences.flatMap((c: Conference) => venueWord('conferences', c) ?? []);
  if (filters.track) words.push(venueWord('tracks', filters.track) ?? filters.track);
  if (filters.status) words.push(venueWord('tiers', filters.status) ?? filters.status);
  if (filters.country) words.push(`country:${filters.country}`);
  if (filters.exact) words.push('exact');
  if (filters.instType) words.push(INSTITUTION_TYPES[filters.instType].words[0]);
  if (options.method !== 'authors') words.push(options.method);
  if (!options.rollup) words.push('units');
  if (options.located) words.push('located');
  if (options.lang !== 'en') words.push(`lang:${options.lang}`);
  return words;
}

/** A command's own words, then the options, then `page N`. */
export function withOptions(parts: string[], options: QueryOptions, page?: { limit?: number; offset?: number }): string {
  const words = [...parts, ...optionWords(options)];
  if (page?.offset && page.limit) words.push('page', String(page.offset / page.limit + 1));
  return words.join(' ');
}

/** A command without options: only the language is written after it. */
export function withLang(text: string, options: QueryOptions): string {
  return options.lang === 'en' ? text : `${text} lang:${options.lang}`;
}
