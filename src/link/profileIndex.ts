// What OpenReview profiles say about people, collected from every per-author record we
// hold (accepted and rejected papers alike): id → affiliation, and name → profile ids.
// The affiliations are one profile snapshot, so any record of an id is as good as another.
import { normalizeName, profileIdToName } from '../ingest/normalizeText.ts';
import type { Alignment } from '../ingest/types.ts';

/** One author slot of one record in a jy/pco file. */
export interface ProfileRecord {
  /** OpenReview paper id of the record (the same paper may appear in jy and pco). */
  paperId: string;
  name: string;
  openreviewId?: string;
  affiliation?: string;
  domain?: string;
  alignment?: Alignment;
}

export interface ProfileValue {
  affiliation?: string;
  domain?: string;
}

export interface ProfileIndex {
  /** Profile id → its affiliation/domain (most common non-empty value across records). */
  byId: Map<string, ProfileValue>;
  /** Exact normalised full name → the profile ids that carry it. */
  idsByName: Map<string, Set<string>>;
  /** First and last name token only → profile ids, to spot names differing by middle names. */
  idsByLooseName: Map<string, Set<string>>;
}

/** `jose a garcia lopez` → `jose lopez`: what remains when middle names and initials go. */
export function looseNameKey(name: string): string {
  const t = normalizeName(name).split(' ').filter(Boolean);
  return t.length <= 2 ? t.join(' ') : `${t[0]} ${t[t.length - 1]}`;
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  if (!key) return;
  const s = map.get(key);
  if (s) s.add(id);
  else map.set(key, new Set([id]));
}

/**
 * Builds the index. A slot aligned only by position (jy_iclr2023) is too weak to define a
 * profile's affiliation; it is used only for ids that no better-aligned record covers.
 */
export function buildProfileIndex(records: Iterable<ProfileRecord>): ProfileIndex {
  const idsByName = new Map<string, Set<string>>();
  const idsByLooseName = new Map<string, Set<string>>();
  const votes = new Map<string, { strong: Map<string, number>; weak: Map<string, number> }>();
  for (const r of records) {
    const id = r.openreviewId;
    if (!id) continue;
    // Both the name printed on the paper and the name the id was made from identify the person.
    for (const name of [r.name, profileIdToName(id) ?? '']) {
      addTo(idsByName, normalizeName(name), id);
      addTo(idsByLooseName, looseNameKey(name), id);
    }
    if (!r.affiliation && !r.domain) continue;
    const v = votes.get(id) ?? { strong: new Map(), weak: new Map() };
    votes.set(id, v);
    const bucket = r.alignment === 'position' || r.alignment === 'none' ? v.weak : v.strong;
    const key = `${r.affiliation ?? ''}\u0000${r.domain ?? ''}`;
    bucket.set(key, (bucket.get(key) ?? 0) + 1);
  }
  const byId = new Map<string, ProfileValue>();
  for (const [id, v] of votes) {
    const bucket = v.strong.size > 0 ? v.strong : v.weak;
    // Most common value; ties go to the lexically first so the build is deterministic.
    const [best] = [...bucket.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const [affiliation, domain] = best.split('\u0000');
    byId.set(id, { ...(affiliation ? { affiliation } : {}), ...(domain ? { domain } : {}) });
  }
  return { byId, idsByName, idsByLooseName };
}

export type NameLinkRefusal = 'unknown_name' | 'name_collision' | 'loose_collision' | 'no_affiliation';

/**
 * The one profile id a bare name identifies with certainty, or why not. The exact
 * normalised name (accents and case ignored, every token kept) must belong to exactly
 * one id; with `guardMiddleNames`, no other id may share its first and last tokens
 * either (`John A. Smith` ≠ `John Smith`, and neither links while both exist).
 */
export function linkName(
  index: ProfileIndex,
  name: string,
  options: { guardMiddleNames: boolean },
): { id: string } | { refused: NameLinkRefusal } {
  const ids = index.idsByName.get(normalizeName(name));
  if (!ids || ids.size === 0) return { refused: 'unknown_name' };
  if (ids.size > 1) return { refused: 'name_collision' };
  const [id] = ids;
  if (options.guardMiddleNames) {
    const loose = index.idsByLooseName.get(looseNameKey(name));
    if (loose && [...loose].some((other) => other !== id)) return { refused: 'loose_collision' };
  }
  if (!index.byId.has(id)) return { refused: 'no_affiliation' };
  return { id };
}
