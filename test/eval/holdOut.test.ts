// The held-out experiment on invented profiles: hidden slots are linked by the build's
// code and scored against their own values.
import { describe, expect, it } from 'vitest';
import { runHoldOut } from '../../eval/holdOut.ts';
import { DEFAULT_LINK_OPTIONS, type RootOf } from '../../src/link/linkEvidence.ts';
import type { ProfileRecord } from '../../src/link/profileIndex.ts';

const rec = (name: string, year: number, paperId: string, affiliation: string): ProfileRecord => ({
  paperId,
  name,
  openreviewId: `~${name.replace(' ', '_')}1`,
  affiliation,
  alignment: 'id',
  year,
});
const root: RootOf = (aff) => (aff ? aff.toLowerCase() : null);
const records = [
  // Eli stays at Alpha: 2022 is bracketed right. Fay was at Gamma in 2022 only: the bracket says Beta, wrongly.
  rec('Eli Voss', 2021, 'pA', 'Alpha'),
  rec('Eli Voss', 2022, 'pB', 'Alpha'),
  rec('Eli Voss', 2023, 'pC', 'Alpha'),
  rec('Fay Orr', 2021, 'pD', 'Beta'),
  rec('Fay Orr', 2022, 'pE', 'Gamma'),
  rec('Fay Orr', 2023, 'pF', 'Beta'),
  // Gus has no other record. Hal has 2021 only; on pI his co-author Ivy is at Delta, as he is.
  rec('Gus Lind', 2022, 'pG', 'Delta'),
  rec('Hal Orm', 2021, 'pH', 'Delta'),
  rec('Hal Orm', 2022, 'pI', 'Delta'),
  rec('Ivy Tan', 2022, 'pI', 'Delta'),
];
const hidden = (r: ProfileRecord) => ['pB', 'pE', 'pG'].includes(r.paperId) || (r.paperId === 'pI' && r.name === 'Hal Orm');

describe('runHoldOut', () => {
  it('counts hidden, filled and correct slots by id and by name', () => {
    const r = runHoldOut(records, hidden, DEFAULT_LINK_OPTIONS, root);
    expect(r.byName).toEqual({ hidden: 4, filled: 2, comparable: 2, correct: 1 });
    expect(r.byId).toEqual({ hidden: 4, filled: 2, comparable: 2, correct: 1 });
    expect(r.byVouched.filled).toBe(0);
  });

  it('with simulated institution sets, the paper vouches for a one-sided value', () => {
    const r = runHoldOut(records, hidden, DEFAULT_LINK_OPTIONS, root, { simulateSets: true });
    expect(r.byName).toEqual({ hidden: 4, filled: 3, comparable: 3, correct: 2 });
    expect(r.byVouched).toEqual({ hidden: 4, filled: 1, comparable: 1, correct: 1 });
    expect(r.vouchedBy.get('unstable, 1 y')).toEqual({ hidden: 0, filled: 1, comparable: 1, correct: 1 });
  });
});
