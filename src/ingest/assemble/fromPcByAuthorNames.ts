// NeurIPS 2024: pc rows carry conference-site ids, jy rows OpenReview ids (and include
// papers that were not accepted), so the join goes by the ordered list of author names.
// Three passes, strictest first: identical lists, then loosely spelled lists of the same
// length (position by position, or the same names reordered), then a tolerant pass
// (a few names spelled differently or missing, authors reordered) that only takes a
// record when it is the unique best candidate both ways.
// A pc paper that finds no jy record keeps its authors, without affiliations.
import { sameNameLoosely } from './nameMatch.ts';
import { compactName, nameTokens } from '../records/normalizeText.ts';
import type { OrPaper } from '../readers/openReviewAuthors.ts';
import type { PcPaper } from '../readers/paperCopilot.ts';
import { SourceError, type SourceAuthor, type SourcePaper } from '../records/types.ts';
import { pairAuthorNames, pairedCount } from './authorListMatch.ts';
import type { Conference } from '../../domain/ids.ts';

export type NameJoinKind = 'exact' | 'loose' | 'tolerant';

export interface NameJoinResult {
  papers: SourcePaper[];
  matched: number;
  unmatched: number;
  /** Matched papers per join kind (they sum to `matched`). */
  byKind: Record<NameJoinKind, number>;
  /** How each matched paper (by `sourceId`) was joined. */
  joinKind: Map<string, NameJoinKind>;
  /** Join diagnostics worth printing. */
  notes: string[];
}

export function authorListKey(names: string[]): string {
  return names.map(compactName).join('|');
}

type Pool = Map<string, OrPaper[]>;

/**
 * Second pass for lists that differ in spelling (middle names, nicknames, initials) or
 * in the order of a few names: the unused jy record with as many authors whose names
 * all match position by position, or whose sorted names are identical. Taken only when
 * exactly one distinct author list qualifies. `bySize` holds the pool keys per list length.
 */
function looseMatch(names: string[], pool: Pool, bySize: Map<number, string[]>): OrPaper | undefined {
  if (names.length === 0 || names.some((n) => n === '')) return undefined;
  const sorted = [...names.map(compactName)].sort().join('|');
  const keys = (bySize.get(names.length) ?? []).filter((key) => {
    const recs = pool.get(key);
    if (!recs || recs.length === 0) return false;
    // The key is the record's compact names joined by `|`: no need to re-normalise.
    if (key.split('|').sort().join('|') === sorted) return true;
    return recs[0].authors.every((a, i) => sameNameLoosely(a.name, names[i]));
  });
  return keys.length === 1 ? pool.get(keys[0])?.shift() : undefined;
}

/** Limits of the tolerant pass. */
const TOLERANT = {
  /** Author counts may differ by at most this much. */
  maxCountDifference: 1,
  /** At least this many names must pair up. */
  minPaired: 3,
  /** Names left unpaired on the longer list: at most this many ... */
  maxUnpaired: 2,
  /** ... and at most this share of the longer list. */
  maxUnpairedShare: 0.25,
} as const;

/** True when a pc list of `pcCount` names and a jy list of `jyCount` may be the same paper with `paired` names in common. */
export function tolerable(pcCount: number, jyCount: number, paired: number): boolean {
  const longer = Math.max(pcCount, jyCount);
  const unpaired = longer - paired;
  return (
    Math.abs(pcCount - jyCount) <= TOLERANT.maxCountDifference &&
    paired >= TOLERANT.minPaired &&
    unpaired <= TOLERANT.maxUnpaired &&
    unpaired <= TOLERANT.maxUnpairedShare * longer
  );
}

interface Candidate {
  /** Index into the open jy author lists. */
  list: number;
  /** pc author index → jy author index, or -1. */
  pairs: number[];
  score: number;
}

/**
 * Third pass. `open` are pc papers still unmatched, `lists` the distinct author lists of
 * unused jy records. The score of a pair is the number of names that pair up one-to-one
 * (`pairAuthorNames`). A pc paper takes a list only when that list is its single best
 * candidate, no other open pc paper scores that list as high or higher, and the pair is
 * `tolerable`. Any list sharing `minPaired` names counts as a competitor, even one too
 * different in length to be accepted itself. Decisions are taken all at once from the
 * same state, so they do not depend on the order of the files.
 */
function tolerantMatches(open: string[][], lists: string[][]): Map<number, Candidate> {
  // Candidate lists per pc paper: those sharing a name token (or compact name) with at
  // least `minPaired` of its names, which every pair `sameNameLoosely` accepts does.
  const index = new Map<string, Set<number>>();
  lists.forEach((names, l) => {
    for (const name of names) {
      for (const key of [...nameTokens(name), compactName(name)]) {
        if (!key) continue;
        let set = index.get(key);
        if (!set) index.set(key, (set = new Set()));
        set.add(l);
      }
    }
  });
  const scored: Candidate[][] = open.map((names) => {
    const hits = new Map<number, number>();
    for (const name of names) {
      const ls = new Set<number>();
      for (const key of [...nameTokens(name), compactName(name)]) for (const l of index.get(key) ?? []) ls.add(l);
      for (const l of ls) hits.set(l, (hits.get(l) ?? 0) + 1);
    }
    const out: Candidate[] = [];
    for (const [l, n] of hits) {
      if (n < TOLERANT.minPaired) continue;
      const pairs = pairAuthorNames(names, lists[l]);
      const score = pairedCount(pairs);
      if (score >= TOLERANT.minPaired) out.push({ list: l, pairs, score });
    }
    return out;
  });
  // The best score any open pc paper gives each list, and how many papers give it.
  const bestForList = new Map<number, { score: number; count: number }>();
  for (const cands of scored) {
    for (const c of cands) {
      const b = bestForList.get(c.list);
      if (!b || c.score > b.score) bestForList.set(c.list, { score: c.score, count: 1 });
      else if (c.score === b.score) b.count++;
    }
  }
  const accepted = new Map<number, Candidate>();
  scored.forEach((cands, p) => {
    if (cands.length === 0) return;
    const top = Math.max(...cands.map((c) => c.score));
    const best = cands.filter((c) => c.score === top);
    if (best.length !== 1) return; // two jy lists equally good for this paper
    const [c] = best;
    const rival = bestForList.get(c.list);
    if (!rival || rival.score !== top || rival.count !== 1) return; // another pc paper as good or better
    if (!tolerable(open[p].length, lists[c.list].length, c.score)) return;
    accepted.set(p, c);
  });
  return accepted;
}

const evidenceCount = (r: OrPaper) => r.authors.filter((a) => a.evidence).length;

export function assemblePcByAuthorNames(
  conference: Conference,
  year: number,
  pc: { file: string; papers: PcPaper[] },
  jy: { file: string; papers: OrPaper[] },
): NameJoinResult {
  // Several jy records can share an author list (the same team's other submission):
  // each is used once. Their affiliations come from the same people's profiles.
  const pool: Pool = new Map();
  const bySize = new Map<number, string[]>();
  for (const r of jy.papers) {
    if (r.authors.length === 0) continue;
    const key = authorListKey(r.authors.map((a) => a.name));
    const recs = pool.get(key);
    if (recs) recs.push(r);
    else {
      pool.set(key, [r]);
      bySize.set(r.authors.length, [...(bySize.get(r.authors.length) ?? []), key]);
    }
  }
  // Among records with one author list, use the best-documented first (some records
  // were scraped without any profile).
  for (const recs of pool.values()) recs.sort((a, b) => evidenceCount(b) - evidenceCount(a));

  const seen = new Set<string>();
  const accepted = pc.papers.filter((p) => {
    if (!p.status) return false;
    if (seen.has(p.id)) throw new SourceError(pc.file, p.id, 'the same paper id appears twice');
    seen.add(p.id);
    return true;
  });
  const authorsOf: (SourceAuthor[] | undefined)[] = accepted.map(() => undefined);
  const kinds: (NameJoinKind | undefined)[] = accepted.map(() => undefined);

  // 1. Identical lists, for every paper before any looser pass can take their record.
  accepted.forEach((p, i) => {
    const hit = pool.get(authorListKey(p.authors))?.shift();
    if (hit) [authorsOf[i], kinds[i]] = [hit.authors, 'exact'];
  });
  // 2. Same length, loosely spelled, in file order (as before).
  accepted.forEach((p, i) => {
    if (kinds[i]) return;
    const hit = looseMatch(p.authors, pool, bySize);
    if (hit) [authorsOf[i], kinds[i]] = [hit.authors, 'loose'];
  });
  // 3. Tolerant: evidence only for the authors whose names paired up, never by position.
  // A list with a lost name ('') is left out: it stays unmatched and is reported below.
  const openIdx = accepted.flatMap((p, i) => (kinds[i] || p.authors.length === 0 || p.authors.includes('') ? [] : [i]));
  const openKeys = [...pool.entries()].filter(([, recs]) => recs.length > 0).map(([key]) => key);
  const openLists = openKeys.map((key) => (pool.get(key) as OrPaper[])[0].authors.map((a) => a.name));
  const tolerant = tolerantMatches(
    openIdx.map((i) => accepted[i].authors),
    openLists,
  );
  for (const [p, c] of tolerant) {
    const i = openIdx[p];
    const rec = pool.get(openKeys[c.list])?.shift();
    if (!rec) continue;
    authorsOf[i] = accepted[i].authors.map((name, k) => (c.pairs[k] >= 0 ? rec.authors[c.pairs[k]] : { name, alignment: 'none' }));
    kinds[i] = 'tolerant';
  }

  const byKind: Record<NameJoinKind, number> = { exact: 0, loose: 0, tolerant: 0 };
  const joinKind = new Map<string, NameJoinKind>();
  const papers = accepted.map((p, i): SourcePaper => {
    const kind = kinds[i];
    let authors = authorsOf[i];
    if (kind) {
      byKind[kind]++;
      joinKind.set(p.id, kind);
    }
    if (!authors) {
      if (p.authors.length === 0 || p.authors.some((n) => n === '')) {
        throw new SourceError(pc.file, p.id, 'accepted paper has no complete author list');
      }
      authors = p.authors.map((name) => ({ name, alignment: 'none' }));
    }
    const files = kind ? [pc.file, jy.file] : [pc.file];
    return { conference, year, sourceId: p.id, title: p.title, status: p.status as NonNullable<PcPaper['status']>, track: p.track, authors, files };
  });
  const matched = byKind.exact + byKind.loose + byKind.tolerant;
  const unmatched = papers.length - matched;
  const notes = [
    `${matched} joined to ${jy.file} by author names (${byKind.exact} exact, ${byKind.loose} loose, ${byKind.tolerant} tolerant), ${unmatched} not (names only)`,
  ];
  return { papers, matched, unmatched, byKind, joinKind, notes };
}
