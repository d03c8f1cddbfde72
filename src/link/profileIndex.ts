// What OpenReview profiles say about people, collected from every per-author record we
// hold (accepted and rejected papers alike): id → affiliations by year, and name → ids.
// Measured on these files, the jy affiliation of an id follows the conference year (the
// profile's history entry for that year: Microsoft in 2021, Baidu from 2022), while pco
// lists all of a profile's current affiliations joined by `+`. So a value is taken from
// the nearest year's jy records, and pco (or position-aligned) values only as a last resort.
//
// Rules and what the held-out experiment (`npm run eval:link`, eval/linkHoldOut.ts: random
// 20% of slots / whole conference-years / all of 2021 hidden) measured for them, November 2026:
//  - same calendar year, one profile's values always agree; one year apart only 86-88%
//    of the time (eval:link prints the table). So a value is borrowed only when the
//    year's own records, or records on both sides of it, confirm it;
//  - exact unique name, value so confirmed, a colliding name settled by the one holder who
//    wrote another paper with a co-author, and 2020 printed affiliations as one side
//    (printedRecords.ts; the build default): its current figures are in data/link-holdout.json
//    (`npm run eval:link -- default --write`), about 99% precision for names;
//  - a paper's institution set (ICLR 2024) vouching for a value the year rule left open
//    (linkEvidence.ts `vouchBySet`, simulated with each paper's own values as its set): those
//    values 93.1% / 92.6% right, settled colliding names 98.6% / 98.5%; the build takes
//    both, as issue 6 asks (a linked value on the paper's list is confirmed).
// Rules measured and rejected, whose code was then removed (see the git history of
// linkEvidence.ts and this file):
//  - a co-author's institution vouching instead of a set: settled names 93.4% / 94.0%,
//    open values about 90%;
//  - looser spellings (hyphens and spaces, ä=ae, a middle name on one side): a name no
//    profile carries exactly but one carries loosely was the same person in 18% / 41% of
//    cases (Linxin Yang ≠ Lin Xinyang, Xi Li ≠ Xi yun Li); with a co-author's
//    confirmation 14 of 16, too few to certify;
//  - a value seen on one side of the year only: from the nearest year when one year away,
//    right 84.5% / 85.1%; when the two nearest years agree, 81.8% / 83.2%.
import { compactName, nameTokens, normalizeName, profileIdToName } from '../ingest/records/normalizeText.ts';
import { isInternPosition, type Alignment } from '../ingest/records/types.ts';

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
  /** The profile's position at this affiliation (`Intern`, ...). */
  profilePosition?: string;
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
  /** The position was `Intern` (see internRule.ts). */
  intern: boolean;
}

export interface ProfileIndex {
  /** Profile id → what its records say, one entry per distinct (year, strength, value). */
  byId: Map<string, Observation[]>;
  /** Exact normalised full name → the profile ids that carry it. */
  idsByName: Map<string, Set<string>>;
  /** First and last name token only → profile ids, to spot names differing by middle names. */
  idsByLooseName: Map<string, Set<string>>;
  /** Profile id → the names it carries, as printed (for compatibleNames). */
  namesById: Map<string, Set<string>>;
  /** Profile id → the papers (OpenReview paper ids) it is an author of in the files. */
  papersById: Map<string, Set<string>>;
}

/** German transliteration (`Müller` = `Mueller`), applied before accents are dropped. */
function transliterate(name: string): string {
  return name
    .replace(/[äÄ]/g, (c) => (c === 'ä' ? 'ae' : 'Ae'))
    .replace(/[öÖ]/g, (c) => (c === 'ö' ? 'oe' : 'Oe'))
    .replace(/[üÜ]/g, (c) => (c === 'ü' ? 'ue' : 'Ue'))
    .replace(/ß/g, 'ss');
}

/**
 * Whole name words: split on spaces only, each word compacted (`Yi-Ling` → `yiling`), so
 * a hyphenated given name stays one word and never looks like a first name plus a middle name.
 */
function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => nameTokens(w).join(''))
    .filter(Boolean);
}

/**
 * True when two spellings can be the same person: same first and last word, and every
 * middle word of the shorter is matched, in order, by a middle word of the longer or is
 * its initial (`Cyd R Mott` fits `Cyd Robin Mott` and `Cyd Mott`, not `Cyd Q Mott`).
 */
export function compatibleNames(a: string, b: string): boolean {
  for (const fa of [a, transliterate(a)]) for (const fb of [b, transliterate(b)]) if (compatibleForms(fa, fb)) return true;
  return false;
}

function compatibleForms(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length < 2 || wb.length < 2) return false;
  if (compactName(a) === compactName(b)) return true;
  if (wa[0] !== wb[0] || wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const fits = (m: string, l: string) => l === m || (m.length === 1 && l.startsWith(m)) || (l.length === 1 && m.startsWith(l));
  let j = 1;
  for (const m of short.slice(1, -1)) {
    while (j < long.length - 1 && !fits(m, long[j])) j++;
    if (j >= long.length - 1) return false;
    j++;
  }
  return true;
}

/** `jose a garcia lopez` → `jose lopez`: what remains when middle names and initials go. */
function looseNameKey(name: string): string {
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
  const namesById = new Map<string, Set<string>>();
  const papersById = new Map<string, Set<string>>();
  const obs = new Map<string, Map<string, Observation>>();
  for (const r of records) {
    const id = r.openreviewId;
    if (!id) continue;
    // Both the name printed on the paper and the name the id was made from identify the person.
    for (const name of r.name ? [r.name, profileIdToName(id) ?? ''] : [profileIdToName(id) ?? '']) {
      // A person's records repeat the same names: each (id, name) is keyed once (adding it again
      // changes nothing; every key ignores surrounding spaces, and an empty name has none).
      const trimmed = name.trim();
      if (!trimmed || namesById.get(id)?.has(trimmed)) continue;
      addTo(idsByName, normalizeName(name), id);
      addTo(idsByLooseName, looseNameKey(name), id);
      addTo(namesById, id, trimmed);
    }
    if (r.paperId) addTo(papersById, id, r.paperId);
    if (!r.affiliation && !r.domain) continue;
    const weak = Boolean(r.snapshot) || r.alignment === 'position' || r.alignment === 'none';
    const intern = isInternPosition(r.profilePosition);
    const key = `${r.year}\u0000${weak}\u0000${intern}\u0000${r.affiliation ?? ''}\u0000${r.domain ?? ''}`;
    const byKey = obs.get(id) ?? new Map<string, Observation>();
    obs.set(id, byKey);
    const o = byKey.get(key);
    if (o) o.count++;
    else {
      const value: ProfileValue = {};
      if (r.affiliation) value.affiliation = r.affiliation;
      if (r.domain) value.domain = r.domain;
      byKey.set(key, { year: r.year, weak, value, count: 1, intern });
    }
  }
  const byId = new Map<string, Observation[]>();
  for (const [id, byKey] of obs) byId.set(id, [...byKey.values()]);
  return { byId, idsByName, idsByLooseName, namesById, papersById };
}

/**
 * How a value was pinned down (see profileValue): 'same_year' when the year's strong
 * records agree on one root institution; 'bracket' when, with no record that year, the
 * nearest strong records before and after it agree (someone at X in 2021 and in 2023 was
 * at X in 2022); 'moved' when neither holds.
 */
export type YearBasis = 'same_year' | 'bracket' | 'moved';

export interface YearValue {
  value: ProfileValue;
  /** Years between `year` and the observation used (0: the same year's records). */
  distance: number;
  /** The year of the observation used. */
  from: number;
  /** True when the year rule accepts the value (basis other than 'moved'). */
  stable: boolean;
  basis: YearBasis;
  /** True when intern records were set aside for the person's non-intern ones (see profileValue). */
  internSetAside?: boolean;
}

/**
 * The affiliation an id's records give for `year`: strong records before weak ones, then
 * the nearest year (the earlier on a tie: work precedes publication), then the most
 * common value, then the lexically first, so the build is deterministic. A value seen
 * on one side only is not `stable` (measured, a third of such people had moved).
 */
export function profileValue(
  index: ProfileIndex,
  id: string,
  year: number,
  root: (affiliation?: string, domain?: string) => string | null,
): YearValue | undefined {
  const all = index.byId.get(id);
  if (!all || all.length === 0) return undefined;
  // The intern rule (internRule.ts) for linked values: an intern record is set aside when
  // the person has a non-intern record of the same strength (papers print the home institution).
  const nonIntern = all.filter((o) => !o.intern);
  const internSetAside = nonIntern.length < all.length && nonIntern.some((o) => !o.weak);
  const list = internSetAside ? nonIntern : all;
  const rank = (o: Observation) => [o.weak ? 1 : 0, Math.abs(o.year - year), o.year > year ? 1 : 0, -o.count];
  const text = (o: Observation) => `${o.value.affiliation ?? ''}\u0000${o.value.domain ?? ''}`;
  const sorted = [...list].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0;
  });
  const best = sorted[0];
  const result = (basis: YearBasis): YearValue => ({
    value: best.value,
    distance: Math.abs(best.year - year),
    from: best.year,
    stable: basis !== 'moved',
    basis,
    ...(internSetAside ? { internSetAside } : {}),
  });
  if (best.weak) return result('moved');
  const strong = list.filter((o) => !o.weak);
  const agree = (os: Observation[]) => {
    const roots = new Set(os.map((o) => root(o.value.affiliation, o.value.domain)));
    return roots.size === 1 && !roots.has(null);
  };
  const same = strong.filter((o) => o.year === year);
  if (same.length > 0) return result(agree(same) ? 'same_year' : 'moved');
  const beforeYears = strong.filter((o) => o.year < year).map((o) => o.year);
  const afterYears = strong.filter((o) => o.year > year).map((o) => o.year);
  if (beforeYears.length > 0 && afterYears.length > 0) {
    const before = Math.max(...beforeYears);
    const after = Math.min(...afterYears);
    return result(agree(strong.filter((o) => o.year === before || o.year === after)) ? 'bracket' : 'moved');
  }
  // One side only: `best` is the nearest year's value, a guess.
  return result('moved');
}

export type NameLinkRefusal = 'unknown_name' | 'name_collision' | 'loose_collision' | 'no_affiliation';

/** The paper's other authors, for the co-author rule of linkName. */
export interface NameContext {
  /** Profile ids of the paper's other authors: their own ids, or names that link exactly. */
  coauthorIds: string[];
  /** A paper not to count as shared (the held-out paper itself). */
  excludePaper?: string;
}

/** The profile id an exact name gives with certainty (one id, no id sharing its loose key), else null. */
export function exactNameId(index: ProfileIndex, name: string): string | null {
  const ids = index.idsByName.get(normalizeName(name));
  if (!ids || ids.size !== 1) return null;
  const [id] = ids;
  const loose = index.idsByLooseName.get(looseNameKey(name));
  return loose && [...loose].some((other) => other !== id) ? null : id;
}

/**
 * Every profile id a printed name may be: the ids carrying the exact name, and namesakes
 * under a middle name or initial whose own names are compatible (`Cyd Mott`, `Cyd R. Mott`).
 */
export function nameCandidates(index: ProfileIndex, name: string): string[] {
  const out = new Set(index.idsByName.get(normalizeName(name)) ?? []);
  for (const c of index.idsByLooseName.get(looseNameKey(name)) ?? []) {
    if ([...(index.namesById.get(c) ?? [])].some((n) => compatibleNames(name, n))) out.add(c);
  }
  return [...out];
}

/** The candidates that have written another paper with one of the paper's co-authors. */
function coauthorConfirmed(index: ProfileIndex, candidates: Iterable<string>, context: NameContext): string[] {
  const out: string[] = [];
  for (const id of candidates) {
    const mine = index.papersById.get(id);
    if (!mine) continue;
    const shared = context.coauthorIds.some((co) => {
      if (co === id) return false;
      for (const p of index.papersById.get(co) ?? []) if (p !== context.excludePaper && mine.has(p)) return true;
      return false;
    });
    if (shared) out.push(id);
  }
  return out;
}

/**
 * The one profile id a bare name identifies with certainty, or why not. The exact
 * normalised name (accents and case ignored, every token kept) must belong to exactly
 * one id; with `guardMiddleNames`, no other id may share its first and last tokens
 * either (`John A. Smith` ≠ `John Smith`, and neither links while both exist).
 * With `coauthors` and a `context`, a name that collides links to the one candidate, among
 * those with a compatible name, that has written another paper with one of this paper's
 * co-authors; never when two candidates have. `via` says which rule found the id.
 */
export function linkName(
  index: ProfileIndex,
  name: string,
  options: { guardMiddleNames: boolean; coauthors?: boolean },
  context?: NameContext,
): { id: string; via: 'exact' | 'coauthor' } | { refused: NameLinkRefusal } {
  const byCoauthor = (candidates: Iterable<string>): { id: string; via: 'coauthor' } | null => {
    if (!options.coauthors || !context) return null;
    const confirmed = coauthorConfirmed(index, candidates, context);
    return confirmed.length === 1 && index.byId.has(confirmed[0]) ? { id: confirmed[0], via: 'coauthor' } : null;
  };
  const ids = index.idsByName.get(normalizeName(name));
  if (!ids || ids.size === 0) return { refused: 'unknown_name' };
  if (ids.size > 1) return byCoauthor(nameCandidates(index, name)) ?? { refused: 'name_collision' };
  const [id] = ids;
  if (options.guardMiddleNames) {
    const loose = index.idsByLooseName.get(looseNameKey(name));
    if (loose && [...loose].some((other) => other !== id)) return byCoauthor(nameCandidates(index, name)) ?? { refused: 'loose_collision' };
  }
  if (!index.byId.has(id)) return { refused: 'no_affiliation' };
  return { id, via: 'exact' };
}
