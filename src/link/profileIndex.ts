// What OpenReview profiles say about people, collected from every per-author record we
// hold (accepted and rejected papers alike): id → affiliations by year, and name → ids.
// Measured on these files, the jy affiliation of an id follows the conference year (the
// profile's history entry for that year: Microsoft in 2021, Baidu from 2022), while pco
// lists all of a profile's current affiliations joined by `+`. So a value is taken from
// the nearest year's jy records, and pco (or position-aligned) values only as a last resort.
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
  /** Conference year of the file; for a snapshot file (pco) the snapshot year. */
  year: number;
  /** True for pco records (a profile snapshot listing every affiliation, not the year's). */
  snapshot?: boolean;
}

export interface ProfileValue {
  affiliation?: string;
  domain?: string;
}

export interface Observation {
  year: number;
  /** Position-aligned or snapshot records: used only when no strong record exists. */
  weak: boolean;
  value: ProfileValue;
  count: number;
}

export interface ProfileIndex {
  /** Profile id → what its records say, one entry per distinct (year, strength, value). */
  byId: Map<string, Observation[]>;
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
  const obs = new Map<string, Map<string, Observation>>();
  for (const r of records) {
    const id = r.openreviewId;
    if (!id) continue;
    // Both the name printed on the paper and the name the id was made from identify the person.
    for (const name of [r.name, profileIdToName(id) ?? '']) {
      addTo(idsByName, normalizeName(name), id);
      addTo(idsByLooseName, looseNameKey(name), id);
    }
    if (!r.affiliation && !r.domain) continue;
    const weak = Boolean(r.snapshot) || r.alignment === 'position' || r.alignment === 'none';
    const key = `${r.year}\u0000${weak}\u0000${r.affiliation ?? ''}\u0000${r.domain ?? ''}`;
    const byKey = obs.get(id) ?? new Map<string, Observation>();
    obs.set(id, byKey);
    const o = byKey.get(key);
    if (o) o.count++;
    else {
      const value: ProfileValue = {};
      if (r.affiliation) value.affiliation = r.affiliation;
      if (r.domain) value.domain = r.domain;
      byKey.set(key, { year: r.year, weak, value, count: 1 });
    }
  }
  const byId = new Map<string, Observation[]>();
  for (const [id, byKey] of obs) byId.set(id, [...byKey.values()]);
  return { byId, idsByName, idsByLooseName };
}

export interface YearValue {
  value: ProfileValue;
  /** Years between `year` and the observation used (0: the same year's records). */
  distance: number;
  /**
   * True when the records pin the year down: the same year's strong records agree on one
   * root institution, or, with no record that year, the nearest strong records before and
   * after it agree (someone at X in 2021 and in 2023 was at X in 2022). A value seen only
   * on one side is a guess: measured, a third of such people had moved.
   */
  stable: boolean;
}

/**
 * The affiliation an id's records give for `year`: strong records before weak ones, then
 * the nearest year (the earlier on a tie: work precedes publication), then the most
 * common value, then the lexically first, so the build is deterministic.
 */
export function profileValue(
  index: ProfileIndex,
  id: string,
  year: number,
  root: (affiliation?: string, domain?: string) => string | null,
): YearValue | undefined {
  const list = index.byId.get(id);
  if (!list || list.length === 0) return undefined;
  const rank = (o: Observation) => [o.weak ? 1 : 0, Math.abs(o.year - year), o.year > year ? 1 : 0, -o.count];
  const text = (o: Observation) => `${o.value.affiliation ?? ''}\u0000${o.value.domain ?? ''}`;
  const sorted = [...list].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0;
  });
  const best = sorted[0];
  const strong = list.filter((o) => !o.weak);
  const rootsOf = (os: Observation[]) => new Set(os.map((o) => root(o.value.affiliation, o.value.domain)));
  const same = strong.filter((o) => o.year === year);
  let roots: Set<string | null>;
  if (same.length > 0) roots = rootsOf(same);
  else {
    const before = Math.max(...strong.filter((o) => o.year < year).map((o) => o.year));
    const after = Math.min(...strong.filter((o) => o.year > year).map((o) => o.year));
    const bracket = strong.filter((o) => o.year === before || o.year === after);
    roots = Number.isFinite(before) && Number.isFinite(after) ? rootsOf(bracket) : new Set();
  }
  const stable = !best.weak && roots.size === 1 && !roots.has(null);
  return { value: best.value, distance: Math.abs(best.year - year), stable };
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
