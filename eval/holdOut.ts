// The held-out experiment that measures the linking method itself: hide some author
// slots whose affiliation we know, rebuild the profile index without them, link their
// papers with the build's own code (linkPaperSlots; the hidden slots by id, or by bare
// name as on ICML 2021/2022, the others keeping their own records), and compare.
import { createHash } from 'node:crypto';
import { normalizeName } from '../src/ingest/records/normalizeText.ts';
import type { SourceAuthor, SourcePaper } from '../src/ingest/records/types.ts';
import { emptyStats, linkPaperSlots, type LinkOptions, type RootOf } from '../src/link/linkEvidence.ts';
import { buildProfileIndex, type ProfileIndex, type ProfileRecord } from '../src/link/profileIndex.ts';
import { addPrintedRecords, type PrintedRecord } from '../src/link/printedRecords.ts';

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
  /** Of byName: the links settled by a co-author (linkName `coauthors`). */
  byCoauthor: KindResult;
  /** Of byName: the values or names the paper's institution set vouched for (`vouchBySet`). */
  byVouched: KindResult;
  /** Of byVouched: by what the year rule had said and the value's distance in years. */
  vouchedBy: Map<string, KindResult>;
}

/** A slot's identity across files: the jy and pco files repeat the same paper. */
export const slotKey = (r: ProfileRecord): string => `${r.paperId}\u0000${normalizeName(r.name)}`;

/** Deterministic pseudo-random sample: a slot is in it when its seeded hash falls under `share`. */
export function inSample(key: string, seed: string, share: number): boolean {
  const h = createHash('sha1').update(`${seed}\u0000${key}`).digest();
  return h.readUInt32BE(0) / 2 ** 32 < share;
}

const newKind = (): KindResult => ({ hidden: 0, filled: 0, comparable: 0, correct: 0 });

/** A slot is scored when its own record is strongly aligned and its value resolves. */
export const scorable = (r: ProfileRecord): r is ProfileRecord & { openreviewId: string } =>
  Boolean(r.openreviewId && !r.snapshot && r.alignment !== 'position' && r.alignment !== 'none' && (r.affiliation || r.domain));

/** One paper's slots in author order, one record each (a strongly aligned year record first). */
function papersOf(records: ProfileRecord[]): Map<string, ProfileRecord[]> {
  const slots = new Map<string, Map<string, ProfileRecord>>();
  for (const r of records) {
    const bySlot = slots.get(r.paperId) ?? new Map<string, ProfileRecord>();
    slots.set(r.paperId, bySlot);
    const key = slotKey(r);
    const had = bySlot.get(key);
    if (!had || (!scorable(had) && scorable(r))) bySlot.set(key, r);
  }
  return new Map([...slots].map(([id, bySlot]) => [id, [...bySlot.values()]]));
}

export interface HoldOutSetting {
  /** Give each paper the institution set it would print (its slots' own values), as ICLR 2024 has. */
  simulateSets?: boolean;
  /** 2020 printed affiliations to add to the index, as the build does (printedRecords.ts). */
  printed?: PrintedRecord[];
}

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
  setting: HoldOutSetting = {},
): HoldOutResult {
  const index = buildProfileIndex(records.filter((r) => !hidden(r)));
  if (setting.printed) addPrintedRecords(index, setting.printed, root);
  const result: HoldOutResult = { byId: newKind(), byName: newKind(), byCoauthor: newKind(), byVouched: newKind(), vouchedBy: new Map() };
  for (const [paperId, slots] of papersOf(records)) {
    const truths = slots.map((r) => (hidden(r) && scorable(r) ? root(r.affiliation, r.domain) : null));
    if (truths.every((t) => t === null)) continue;
    const year = slots.find((r) => !r.snapshot)?.year ?? slots[0].year;
    for (const byId of [true, false]) {
      const authors = slots.map((r): SourceAuthor => {
        if (hidden(r)) return byId && r.openreviewId ? { name: r.name, openreviewId: r.openreviewId } : { name: r.name };
        const own: SourceAuthor = { name: r.name, ...(r.openreviewId ? { openreviewId: r.openreviewId } : {}) };
        return r.affiliation || r.domain ? { ...own, affiliation: r.affiliation, domain: r.domain, evidence: 'profile' } : own;
      });
      const set = setting.simulateSets ? new Set(slots.map((r) => root(r.affiliation, r.domain)).filter((r): r is string => r !== null)) : undefined;
      const linked = linkOne(paperId, year, authors, index, root, options, set);
      truths.forEach((truth, i) => {
        if (!truth) return;
        const value = linked.paper.authors[i];
        const how = linked.slots[i];
        const score = (kind: KindResult, counted = true) => {
          if (counted) kind.hidden++;
          if (!how) return;
          kind.filled++;
          const imputed = root(value.affiliation, value.domain);
          if (!imputed) return;
          kind.comparable++;
          if (imputed === truth) kind.correct++;
        };
        if (byId) return score(result.byId);
        score(result.byName);
        // The subsets count every hidden slot but fill only their own links.
        for (const [kind, mine] of [
          [result.byCoauthor, how?.via === 'coauthor'],
          [result.byVouched, how?.vouchedFrom !== undefined],
        ] as const) {
          kind.hidden++;
          if (mine) score(kind, false);
        }
        if (how?.vouchedFrom) {
          const key = `${how.vouchedFrom.outcome}, ${how.vouchedFrom.distance} y`;
          const kind = result.vouchedBy.get(key) ?? newKind();
          result.vouchedBy.set(key, kind);
          score(kind, false);
        }
      });
    }
  }
  return result;
}

function linkOne(paperId: string, year: number, authors: SourceAuthor[], index: ProfileIndex, root: RootOf, options: LinkOptions, set?: Set<string>) {
  const paper: SourcePaper = { conference: 'iclr', year, sourceId: paperId, title: '', status: 'poster', track: 'main', authors, files: [] };
  return linkPaperSlots(paper, index, root, options, emptyStats(), set);
}
