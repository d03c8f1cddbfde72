// The one venue table: data/conferences.json. Conferences, their years and sources, tracks
// and tiers, with labels in three languages and the words that name them. The readers, the
// lexicon, filter labels, help and coverage all read venues through this module.
import venuesFile from '../../data/conferences.json' with { type: 'json' };
import type { Conference } from './ids.ts';
import { LANGS, type Lang } from './lang.ts';

export type Labels = Record<Lang, string>;

export interface VenueYear {
  year: number;
  /** Source file names: entries of data/sources.json, joined by their roles (ingest/assembleConferenceYear.ts). */
  files: string[];
  /** Official number of accepted papers (all tracks we read). */
  official: number;
  /** Where the official number is uncertain or composed. */
  officialNote?: string;
  /** False where no source gives per-author affiliations. */
  hasAffiliations: boolean;
  /** True while the year's sources are incomplete: every figure including it says so (query/figures/provisional.ts). */
  provisional?: boolean;
}

/** A conference, track or tier: its id, labels and the question words that name it (first: canonical). */
export interface VenueTerm {
  id: string;
  label: Labels;
  words: string[];
}
export interface VenueConference extends VenueTerm {
  years: VenueYear[];
}
export interface VenueTrack extends VenueTerm {
  /** Shown after the conference-year in `papers` rows ("D&B"). */
  mark?: string;
}

export interface VenueTable {
  conferences: VenueConference[];
  tracks: VenueTrack[];
  tiers: VenueTerm[];
}

const ID = /^[a-z][a-z0-9_]*$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * The table from the file's contents. Throws, naming every faulty entry ("conferences[1] (icml)
 * years[2]: ..."), when anything is missing, mistyped, unknown or named twice: a bad edit must not load.
 */
export function loadVenues(raw: unknown, file = 'data/conferences.json'): VenueTable {
  const faults: string[] = [];
  const root = isObject(raw) ? raw : {};
  if (!isObject(raw)) faults.push('the file must hold an object');
  const wordOwner = new Map<string, string>();

  function term(kind: 'conferences' | 'tracks' | 'tiers', e: unknown, i: number, ids: Set<string>): string | null {
    const where = `${kind}[${i}]${isObject(e) && typeof e.id === 'string' ? ` (${e.id})` : ''}`;
    const fault = (detail: string) => faults.push(`${where}: ${detail}`);
    if (!isObject(e)) {
      fault('must be an object');
      return null;
    }
    if (typeof e.id !== 'string' || !ID.test(e.id)) fault('"id" must be a lower-case word (a-z, 0-9, _)');
    else if (ids.has(e.id)) fault(`"id" ${e.id} is given twice`);
    else ids.add(e.id);
    if (!isObject(e.label) || !LANGS.every((l) => isText((e.label as Record<string, unknown>)[l]))) fault('"label" must give en, zh and ja text');
    if (!Array.isArray(e.words) || !e.words.every(isText)) fault('"words" must be a list of words');
    else
      for (const w of e.words as string[]) {
        const key = w.toLowerCase();
        if (/\s/.test(w)) fault(`word "${w}" has a space; a filter word is one token`);
        const other = wordOwner.get(key);
        if (other) fault(`word "${w}" already names ${other}`);
        wordOwner.set(key, where);
      }
    return where;
  }

  function year(y: unknown, where: string, seen: Set<number>): void {
    const w = `${where} years[${isObject(y) && typeof y.year === 'number' ? y.year : '?'}]`;
    const fault = (detail: string) => faults.push(`${w}: ${detail}`);
    if (!isObject(y)) {
      fault('must be an object');
      return;
    }
    if (typeof y.year !== 'number' || !Number.isInteger(y.year) || y.year < 1900 || y.year > 2100) fault('"year" must be a year such as 2024');
    else if (seen.has(y.year)) fault(`year ${y.year} is given twice`);
    else seen.add(y.year);
    if (!Array.isArray(y.files) || y.files.length === 0 || !y.files.every(isText)) fault('"files" must list at least one source file name');
    if (typeof y.official !== 'number' || !Number.isInteger(y.official) || y.official <= 0)
      fault('"official" must be a positive whole number of accepted papers');
    if (y.officialNote !== undefined && !isText(y.officialNote)) fault('"officialNote" must be text when given');
    if (typeof y.hasAffiliations !== 'boolean') fault('"hasAffiliations" must be true or false');
    if (y.provisional !== undefined && typeof y.provisional !== 'boolean') fault('"provisional" must be true or false when given');
  }

  const list = (kind: 'conferences' | 'tracks' | 'tiers'): unknown[] => {
    if (Array.isArray(root[kind]) && (root[kind] as unknown[]).length > 0) return root[kind] as unknown[];
    faults.push(`"${kind}" must be a non-empty list`);
    return [];
  };
  const conferences = list('conferences');
  const confIds = new Set<string>();
  conferences.forEach((e, i) => {
    const where = term('conferences', e, i, confIds);
    if (!where || !isObject(e)) return;
    if (!Array.isArray(e.years) || e.years.length === 0) faults.push(`${where}: "years" must be a non-empty list`);
    else {
      const seen = new Set<number>();
      for (const y of e.years) year(y, where, seen);
    }
  });
  const tracks = list('tracks');
  const trackIds = new Set<string>();
  tracks.forEach((e, i) => {
    const where = term('tracks', e, i, trackIds);
    if (where && isObject(e) && e.mark !== undefined && !isText(e.mark)) faults.push(`${where}: "mark" must be text when given`);
  });
  const tiers = list('tiers');
  const tierIds = new Set<string>();
  tiers.forEach((e, i) => term('tiers', e, i, tierIds));

  if (faults.length > 0) throw new Error(`${file}: ${faults.join('; ')}`);
  return root as unknown as VenueTable;
}

/** The venue table of data/conferences.json, checked when first imported. */
export const VENUES: VenueTable = loadVenues(venuesFile);

// Status: accepted tiers, normalised across the sources' vocabularies (Talk/Top-5% → oral, ...).
// Track `unknown`: no source says which track (NeurIPS 2024 papers outside the DBLP proceedings list).
export const CONFERENCES: readonly Conference[] = VENUES.conferences.map((c) => c.id as Conference);

/** Every year any conference has, in order. */
export function venueYears(table: VenueTable = VENUES): number[] {
  return [...new Set(table.conferences.flatMap((c) => c.years.map((y) => y.year)))].sort((a, b) => a - b);
}
export const YEARS: readonly number[] = venueYears();

/** The label of a conference, track or tier id in a language (the id itself when unknown). */
export function venueLabel(kind: keyof VenueTable, id: string, lang: Lang = 'en', table: VenueTable = VENUES): string {
  const entries: VenueTerm[] = table[kind];
  return entries.find((e) => e.id === id)?.label[lang] ?? id;
}

/** The canonical question word of a conference, track or tier (its first word). */
export function venueWord(kind: keyof VenueTable, id: string, table: VenueTable = VENUES): string | undefined {
  const entries: VenueTerm[] = table[kind];
  return entries.find((e) => e.id === id)?.words[0];
}
