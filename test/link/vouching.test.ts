// A paper vouching for a profile value: ICLR 2024's institution set takes a value the
// year rule left open and settles a colliding name; co-authors alone do not (measured
// below 97%, see profileIndex.ts).
import { describe, expect, it } from 'vitest';
import type { SourceAuthor, SourcePaper } from '../../src/ingest/records/types.ts';
import { DEFAULT_LINK_OPTIONS, emptyStats, linkPaperSlots, type RootOf } from '../../src/link/linkEvidence.ts';
import { buildProfileIndex, type ProfileRecord } from '../../src/link/profileIndex.ts';

const rec = (name: string, openreviewId: string, affiliation: string, year: number, paperId = `p-${openreviewId}-${year}`): ProfileRecord => ({
  paperId,
  name,
  openreviewId,
  affiliation,
  alignment: 'id',
  year,
});
const root: RootOf = (aff) => (aff ? aff.split(',')[0].trim().toLowerCase() : null);
const paper = (authors: SourceAuthor[], year = 2024): SourcePaper => ({
  conference: 'iclr',
  year,
  sourceId: 'new',
  title: 'T',
  status: 'poster',
  track: 'main',
  authors,
  files: [],
});

// Moe Vance was at Univ Alpha in 2023 and has no 2024 record: the year rule leaves 2024 open.
// Two Ana Lopos, both confirmed for 2024, at Univ Beta and Univ Gamma.
const index = buildProfileIndex([
  rec('Moe Vance', '~Moe_Vance1', 'Univ Alpha', 2023),
  rec('Ana Lopo', '~Ana_Lopo1', 'Univ Beta', 2024),
  rec('Ana Lopo', '~Ana_Lopo2', 'Univ Gamma', 2024),
  rec('Kim Reyes', '~Kim_Reyes1', 'Univ Alpha', 2024),
]);

function link(authors: SourceAuthor[], setRoots?: Set<string>, options = DEFAULT_LINK_OPTIONS) {
  const stats = emptyStats();
  const r = linkPaperSlots(paper(authors), index, root, options, stats, setRoots);
  return { authors: r.paper.authors, slots: r.slots, stats };
}

describe('vouching by the paper', () => {
  it('takes an open value the institution set contains, and says so', () => {
    const r = link([{ name: 'Moe Vance' }], new Set(['univ alpha', 'univ delta']));
    expect(r.authors[0]).toMatchObject({ affiliation: 'Univ Alpha', evidence: 'linked_name', linkBasis: "1 y away, on the paper's list" });
    expect(r.slots[0]).toMatchObject({ vouchedFrom: { outcome: 'unstable', distance: 1 } });
    expect(r.stats).toMatchObject({ linkedName: 1, linkedVouched: 1, unstable: 0 });
  });

  it('leaves an open value out when the set does not contain it', () => {
    const r = link([{ name: 'Moe Vance' }], new Set(['univ delta']));
    expect(r.authors[0].affiliation).toBeUndefined();
    expect(r.stats).toMatchObject({ linkedName: 0, unstable: 1 });
  });

  it('settles a colliding name when exactly one holder is at an institution of the set', () => {
    expect(link([{ name: 'Ana Lopo' }], new Set(['univ gamma'])).authors[0]).toMatchObject({
      affiliation: 'Univ Gamma',
      evidence: 'linked_name',
      linkBasis: "same year, name settled by the paper's list",
    });
    const both = link([{ name: 'Ana Lopo' }], new Set(['univ beta', 'univ gamma']));
    expect(both.authors[0].affiliation).toBeUndefined();
    expect(both.stats.refused.name_collision).toBe(1);
  });

  it('by default, a co-author at the same institution vouches for nothing', () => {
    const authors = [{ name: 'Moe Vance' }, { name: 'Kim Reyes', affiliation: 'Univ Alpha', evidence: 'profile' as const }];
    expect(link(authors).authors[0].affiliation).toBeUndefined();
    // With a set that lists the same institution, the paper does vouch.
    expect(link(authors, new Set(['univ alpha'])).authors[0]).toMatchObject({ affiliation: 'Univ Alpha', evidence: 'linked_name' });
  });
});
