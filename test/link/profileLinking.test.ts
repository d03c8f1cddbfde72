// Name and id linking on invented profiles: collisions refuse, accents do not matter,
// middle initials are a different name, own evidence is never replaced.
import { describe, expect, it } from 'vitest';
import type { SourcePaper } from '../../src/ingest/types.ts';
import { linkEvidence, type RootOf } from '../../src/link/linkEvidence.ts';
import { buildProfileIndex, linkName, profileValue, type ProfileRecord } from '../../src/link/profileIndex.ts';

const rec = (name: string, openreviewId: string, affiliation: string, year = 2021, paperId = `p-${name}-${year}`): ProfileRecord => ({
  paperId, name, openreviewId, affiliation, alignment: 'id', year,
});
// Invented institutions: the root is the text up to the first comma.
const root: RootOf = (aff) => (aff ? aff.split(',')[0].trim().toLowerCase() : null);
const strict = { guardMiddleNames: true, requireStable: true };

describe('linkName', () => {
  it('refuses a name two different people share', () => {
    const index = buildProfileIndex([rec('Ana Lopo', '~Ana_Lopo1', 'Univ Alpha'), rec('Ana Lopo', '~Ana_Lopo2', 'Univ Beta')]);
    expect(linkName(index, 'Ana Lopo', strict)).toEqual({ refused: 'name_collision' });
  });

  it('refuses a person with two profile ids, even when both say the same', () => {
    const index = buildProfileIndex([rec('Bo Quill', '~Bo_Quill1', 'Univ Alpha'), rec('Bo Quill', '~Bo_Quill3', 'Univ Alpha')]);
    expect(linkName(index, 'Bo Quill', strict)).toEqual({ refused: 'name_collision' });
  });

  it('treats names that differ only by accents or case as the same name', () => {
    const index = buildProfileIndex([rec('Zoë Ångström', '~Zoë_Ångström1', 'Univ Gamma')]);
    expect(linkName(index, 'zoe angstrom', strict)).toEqual({ id: '~Zoë_Ångström1' });
  });

  it('does not take a middle initial as optional, and with the guard refuses both spellings', () => {
    const one = buildProfileIndex([rec('Cyd R. Mott', '~Cyd_R_Mott1', 'Univ Alpha')]);
    expect(linkName(one, 'Cyd Mott', strict)).toEqual({ refused: 'unknown_name' });
    const two = buildProfileIndex([rec('Cyd R. Mott', '~Cyd_R_Mott1', 'Univ Alpha'), rec('Cyd Mott', '~Cyd_Mott1', 'Univ Beta')]);
    expect(linkName(two, 'Cyd Mott', strict)).toEqual({ refused: 'loose_collision' });
    expect(linkName(two, 'Cyd R. Mott', strict)).toEqual({ refused: 'loose_collision' });
    expect(linkName(two, 'Cyd Mott', { ...strict, guardMiddleNames: false })).toEqual({ id: '~Cyd_Mott1' });
  });
});

describe('profileValue', () => {
  it('takes the same year, or agreeing years on both sides, and calls a one-sided value unstable', () => {
    const index = buildProfileIndex([
      rec('Dee Park', '~Dee_Park1', 'Univ Alpha', 2021),
      rec('Dee Park', '~Dee_Park1', 'Univ Alpha, Lab', 2023),
      rec('Dee Park', '~Dee_Park1', 'Univ Beta', 2024),
    ]);
    expect(profileValue(index, '~Dee_Park1', 2021, root)).toMatchObject({ value: { affiliation: 'Univ Alpha' }, distance: 0, stable: true });
    expect(profileValue(index, '~Dee_Park1', 2022, root)).toMatchObject({ distance: 1, stable: true });
    // 2023 says Alpha, 2024 says Beta: nothing pins 2025 down, and 2020 has only one side.
    expect(profileValue(index, '~Dee_Park1', 2020, root)?.stable).toBe(false);
    expect(profileValue(index, '~Dee_Park1', 2025, root)?.stable).toBe(false);
  });
});

describe('linkEvidence', () => {
  const index = buildProfileIndex([rec('Eli Voss', '~Eli_Voss1', 'Univ Alpha', 2022), rec('Fay Orr', '~Fay_Orr1', 'Univ Beta', 2022)]);
  const paper = (authors: SourcePaper['authors']): SourcePaper => ({
    conference: 'icml', year: 2022, sourceId: 's1', title: 'T', status: 'poster', track: 'main', authors, files: [],
  });

  it('fills by id, then by unique name, and labels each', () => {
    const { papers, stats } = linkEvidence([paper([{ name: 'Someone', openreviewId: '~Eli_Voss1' }, { name: 'Fay Orr' }])], index, root, strict);
    expect(papers[0].authors.map((a) => [a.affiliation, a.evidence])).toEqual([['Univ Alpha', 'linked_id'], ['Univ Beta', 'linked_name']]);
    expect(stats.get('icml2022')).toMatchObject({ empty: 2, linkedId: 1, linkedName: 1 });
  });

  it('never replaces own evidence and never links an author with another id by name', () => {
    const own = { name: 'Fay Orr', affiliation: 'Univ Delta', evidence: 'profile' as const };
    const otherId = { name: 'Fay Orr', openreviewId: '~Fay_Orr2' };
    const { papers } = linkEvidence([paper([own, otherId])], index, root, strict);
    expect(papers[0].authors[0]).toBe(own);
    expect(papers[0].authors[1].affiliation).toBeUndefined();
  });
});
