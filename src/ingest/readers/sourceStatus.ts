import type { Status, Track } from '../../domain/ids.ts';
// Maps the sources' decision and track vocabularies onto the contract's Status/Track.

const ACCEPTED: Record<string, Status> = {
  oral: 'oral',
  talk: 'oral',
  'top-5%': 'oral',
  spotlight: 'spotlight',
  'top-25%': 'spotlight',
  highlighted: 'spotlight',
  poster: 'poster',
};

const NOT_ACCEPTED = new Set(['reject', 'withdraw', 'desk reject']);

/**
 * The normalised tier, `null` for a decision that is not an acceptance, and
 * `undefined` for a vocabulary we have never seen (callers treat that as malformed,
 * so a new label cannot silently drop or admit papers).
 */
export function normaliseStatus(raw: string): Status | null | undefined {
  const key = raw.trim().toLowerCase();
  if (key in ACCEPTED) return ACCEPTED[key];
  if (NOT_ACCEPTED.has(key)) return null;
  return undefined;
}

/** `main`, or the datasets and benchmarks track under any of its spellings; undefined if unknown. */
export function normaliseTrack(raw: string | undefined): Track | undefined {
  const key = (raw ?? 'main').trim().toLowerCase();
  if (key === '' || key === 'main') return 'main';
  if (/^datasets?\s*(&|and)\s*benchmarks?$/.test(key)) return 'datasets_benchmarks';
  return undefined;
}
