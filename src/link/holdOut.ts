// The held-out experiment that measures the linking method itself: hide some author
// slots whose affiliation we know, rebuild the profile index without them, impute them
// as the build would (by id, or by bare name as for ICML 2021/2022), and compare.
import { createHash } from 'node:crypto';
import { normalizeName } from '../ingest/normalizeText.ts';
import type { LinkOptions, RootOf } from './linkEvidence.ts';
import { buildProfileIndex, exactNameId, linkName, profileValue, type ProfileRecord, type YearValue } from './profileIndex.ts';

export interface KindResult {
  /** Hidden slots with a known, resolvable affiliation. */
  hidden: number;
  /** Hidden slots the method filled. */
  filled: number;
  /** Filled slots whose imputed value resolves. */
  comparable: number;
  /** Comparable slots whose imputed root institution equals the true one. */
  correct: number;
}

export interface HoldOutResult {
  byId: KindResult;
  byName: KindResult;
  /** Of byName: the links found under a looser spelling (linkName `spellings`). */
  bySpelling: KindResult;
  /** Of byName: the values accepted by the graded year rule ('adjacent', 'two_nearest'). */
  byGraded: KindResult;
  /** Of byName: the links settled by a co-author (linkName `coauthors`). */
  byCoauthor: KindResult;
}

/** A slot's identity across files: the jy and pco files repeat the same paper. */
export const slotKey = (r: ProfileRecord): string => `${r.paperId}\u0000${normalizeName(r.name)}`;

/** Deterministic pseudo-random sample: a slot is in it when its seeded hash falls under `share`. */
export function inSample(key: string, seed: string, share: number): boolean {
  const h = createHash('sha1').update(`${seed}\u0000${key}`).digest();
  return h.readUInt32BE(0) / 2 ** 32 < share;
}

const newKind = (): KindResult => ({ hidden: 0, filled: 0, comparable: 0, correct: 0 });

/**
 * `hidden` says which slots to hide. Every record of a hidden slot leaves the index; the
 * slot's own strongly aligned value is the truth it is scored against (slots without
 * one, or whose truth does not resolve, are not scored).
 */
export function runHoldOut(
  records: ProfileRecord[],
  hidden: (r: ProfileRecord) => boolean,
  options: LinkOptions,
  root: RootOf,
): HoldOutResult {
  const index = buildProfileIndex(records.filter((r) => !hidden(r)));
  const result: HoldOutResult = { byId: newKind(), byName: newKind(), bySpelling: newKind(), byGraded: newKind(), byCoauthor: newKind() };
  // Co-authors are known by name only, as on ICML 2021/2022, and the hidden paper itself never counts as shared.
  const namesByPaper = new Map<string, Set<string>>();
  if (options.coauthors) {
    for (const r of records) {
      const s = namesByPaper.get(r.paperId) ?? new Set<string>();
      s.add(r.name);
      namesByPaper.set(r.paperId, s);
    }
  }
  const scored = new Set<string>();
  for (const r of records) {
    if (!hidden(r) || !r.openreviewId || r.snapshot || r.alignment === 'position' || r.alignment === 'none') continue;
    if (!r.affiliation && !r.domain) continue;
    const key = slotKey(r);
    if (scored.has(key)) continue;
    scored.add(key);
    const truth = root(r.affiliation, r.domain);
    if (!truth) continue;
    const score = (kind: KindResult, value: { affiliation?: string; domain?: string } | undefined, count = true) => {
      if (count) kind.hidden++;
      if (!value) return;
      kind.filled++;
      const imputed = root(value.affiliation, value.domain);
      if (!imputed) return;
      kind.comparable++;
      if (imputed === truth) kind.correct++;
    };
    const usable = (v: YearValue | undefined) => (v && (!options.requireStable || v.stable) ? v.value : undefined);
    score(result.byId, usable(profileValue(index, r.openreviewId, r.year, root, options.yearPolicy)));
    const context = options.coauthors
      ? {
          coauthorIds: [...(namesByPaper.get(r.paperId) ?? [])]
            .filter((n) => n !== r.name)
            .map((n) => exactNameId(index, n))
            .filter((id): id is string => id !== null),
          excludePaper: r.paperId,
        }
      : undefined;
    const link = linkName(index, r.name, options, context);
    const found = 'id' in link ? profileValue(index, link.id, r.year, root, options.yearPolicy) : undefined;
    const value = usable(found);
    score(result.byName, value);
    // The subsets count every hidden slot but fill only their own links.
    result.bySpelling.hidden++;
    result.byGraded.hidden++;
    result.byCoauthor.hidden++;
    if ('id' in link && link.via === 'coauthor') score(result.byCoauthor, value, false);
    if ('id' in link && link.via === 'spelling') score(result.bySpelling, value, false);
    if (found?.basis === 'adjacent' || found?.basis === 'two_nearest') score(result.byGraded, value, false);
  }
  return result;
}
