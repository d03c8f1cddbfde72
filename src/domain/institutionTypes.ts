// The institution-type filters (companies, universities, institutes): one entry each in
// data/institution-types.json, with the words that name it (its name in each language is in the locales).
import institutionTypes from '../../data/institution-types.json' with { type: 'json' };
import type { InstType } from './ids.ts';

export interface InstitutionTypeEntry {
  words: string[];
  /** The `type` values of data/institutions.json it keeps (under the roll-up, the parent's). */
  types: string[];
}

export const INSTITUTION_TYPES = Object.fromEntries(Object.entries(institutionTypes).filter(([k]) => !k.startsWith('_'))) as unknown as Record<
  InstType,
  InstitutionTypeEntry
>;
