// The intern rule (src/link/internRule.ts) on invented records.
import { describe, expect, it } from 'vitest';
import type { SourcePaper } from '../../src/ingest/records/types.ts';
import { applyInternRule } from '../../src/link/internRule.ts';
import type { RootOf } from '../../src/link/linkEvidence.ts';
import { buildProfileIndex, profileValue, type ProfileRecord } from '../../src/link/profileIndex.ts';

const root: RootOf = (aff) =>
  aff
    ? aff
        .split(',')[0]
        .replace(/ (Research|Brain)$/, '')
        .trim()
        .toLowerCase()
    : null;
const rec = (id: string, affiliation: string, year: number, extra: Partial<ProfileRecord> = {}): ProfileRecord => ({
  paperId: `p-${id}-${year}-${affiliation}`,
  name: id.slice(1, -1).replace('_', ' '),
  openreviewId: id,
  affiliation,
  alignment: 'id',
  year,
  ...extra,
});
const paper = (authors: SourcePaper['authors']): SourcePaper => ({
  conference: 'neurips',
  year: 2023,
  sourceId: 's',
  title: 'T',
  status: 'poster',
  track: 'main',
  files: [],
  authors,
});
const intern = (name: string, id: string, affiliation: string) => ({
  name,
  openreviewId: id,
  affiliation,
  evidence: 'profile' as const,
  alignment: 'id' as const,
  profilePosition: 'Intern',
});

describe('intern rule', () => {
  const index = buildProfileIndex([
    // Ana: intern at Google in 2023; PhD at Univ Alpha in 2022 and 2021, Univ Beta in 2024 (a tie at one year: the earlier wins).
    rec('~Ana_Lo1', 'Google Research', 2023, { profilePosition: 'Intern' }),
    rec('~Ana_Lo1', 'Univ Alpha', 2022, { profilePosition: 'PhD student' }),
    rec('~Ana_Lo1', 'Univ Alpha', 2021),
    rec('~Ana_Lo1', 'Univ Beta', 2024),
    // Bo: only ever recorded as an intern, or at the same company, or in a pco snapshot.
    rec('~Bo_Ma1', 'Google Brain', 2023, { profilePosition: 'Research Intern' }),
    rec('~Bo_Ma1', 'Google', 2021),
    rec('~Bo_Ma1', 'Univ Gamma', 2025, { snapshot: true }),
  ]);

  it('gives an intern slot the nearest non-intern affiliation at another institution, labelled intern_home', () => {
    const p = paper([
      intern('Ana Lo', '~Ana_Lo1', 'Google Research'),
      { name: 'Cy Ng', affiliation: 'Google', evidence: 'profile', profilePosition: 'Researcher' },
    ]);
    const r = applyInternRule([p], index, root);
    expect(r.papers[0].authors[0]).toMatchObject({
      affiliation: 'Univ Alpha',
      evidence: 'intern_home',
      profilePosition: 'Intern',
      linkBasis: 'intern at Google Research; home affiliation from the 2022 record',
    });
    expect(r.papers[0].authors[1]).toBe(p.authors[1]);
    expect(r.stats).toEqual({ interns: 1, replaced: 1 });
  });

  it('keeps the intern value when the person has no other institution in a year record (same company, snapshots and position-aligned records do not count)', () => {
    const p = paper(
      [intern('Bo Ma', '~Bo_Ma1', 'Google Brain'), intern('No Id', '', 'Microsoft')].map((a) => (a.openreviewId ? a : { ...a, openreviewId: undefined })),
    );
    const r = applyInternRule([p], index, root);
    expect(r.papers[0]).toBe(p);
    expect(r.stats).toEqual({ interns: 2, replaced: 0 });
  });

  it('leaves linked values and non-intern positions alone', () => {
    const p = paper([
      { ...intern('Ana Lo', '~Ana_Lo1', 'Google Research'), evidence: 'linked_id' },
      { ...intern('Ana Lo', '~Ana_Lo1', 'Google'), profilePosition: 'Internal Auditor' },
    ]);
    expect(applyInternRule([p], index, root).stats).toEqual({ interns: 0, replaced: 0 });
  });
});

describe('intern records in linked values (profileValue)', () => {
  it('sets an intern record aside when the person has a non-intern one, and says so', () => {
    const index = buildProfileIndex([
      rec('~Dan_Wu1', 'Google Research', 2021, { profilePosition: 'Intern' }),
      rec('~Dan_Wu1', 'Univ Alpha', 2020),
      rec('~Dan_Wu1', 'Univ Alpha', 2022),
    ]);
    expect(profileValue(index, '~Dan_Wu1', 2021, root)).toMatchObject({
      value: { affiliation: 'Univ Alpha' },
      basis: 'bracket',
      stable: true,
      internSetAside: true,
    });
  });
  it('keeps an intern value when there is nothing else', () => {
    const index = buildProfileIndex([rec('~Eve_Xu1', 'Google Research', 2021, { profilePosition: 'Intern' })]);
    expect(profileValue(index, '~Eve_Xu1', 2021, root)).toMatchObject({ value: { affiliation: 'Google Research' }, basis: 'same_year' });
    expect(profileValue(index, '~Eve_Xu1', 2021, root)?.internSetAside).toBeUndefined();
  });
});
