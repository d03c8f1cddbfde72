// Name and id linking on invented profiles: collisions refuse, accents do not matter,
// middle initials are a different name, own evidence is never replaced.
import { describe, expect, it } from 'vitest';
import type { SourcePaper } from '../../src/ingest/records/types.ts';
import { linkEvidence, type RootOf } from '../../src/link/linkEvidence.ts';
import { buildProfileIndex, compatibleNames, linkName, profileValue, type ProfileRecord } from '../../src/link/profileIndex.ts';

const rec = (name: string, openreviewId: string, affiliation: string, year = 2021, paperId = `p-${name}-${year}`): ProfileRecord => ({
  paperId,
  name,
  openreviewId,
  affiliation,
  alignment: 'id',
  year,
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
    expect(linkName(index, 'zoe angstrom', strict)).toEqual({ id: '~Zoë_Ångström1', via: 'exact' });
  });

  it('does not take a middle initial as optional, and with the guard refuses both spellings', () => {
    const one = buildProfileIndex([rec('Cyd R. Mott', '~Cyd_R_Mott1', 'Univ Alpha')]);
    expect(linkName(one, 'Cyd Mott', strict)).toEqual({ refused: 'unknown_name' });
    const two = buildProfileIndex([rec('Cyd R. Mott', '~Cyd_R_Mott1', 'Univ Alpha'), rec('Cyd Mott', '~Cyd_Mott1', 'Univ Beta')]);
    expect(linkName(two, 'Cyd Mott', strict)).toEqual({ refused: 'loose_collision' });
    expect(linkName(two, 'Cyd R. Mott', strict)).toEqual({ refused: 'loose_collision' });
    expect(linkName(two, 'Cyd Mott', { ...strict, guardMiddleNames: false })).toEqual({ id: '~Cyd_Mott1', via: 'exact' });
  });
});

describe('compatibleNames', () => {
  it('takes a middle name present on one side only, but not a different middle name', () => {
    expect(compatibleNames('Cyd Mott', 'Cyd Robin Mott')).toBe(true);
    expect(compatibleNames('Cyd R. Mott', 'Cyd Robin Mott')).toBe(true);
    expect(compatibleNames('Cyd Q. Mott', 'Cyd Robin Mott')).toBe(false);
  });

  it('keeps a hyphenated given name whole: Yi-Ren Tak is not Yi Tak', () => {
    expect(compatibleNames('Yi-Ren Tak', 'Yi Tak')).toBe(false);
  });
});

describe('linkName with co-authors', () => {
  const co = { ...strict, coauthors: true };
  // Two Ana Lopos; only ~Ana_Lopo2 has written a paper (pX) with Kim Reyes.
  const index = buildProfileIndex([
    rec('Ana Lopo', '~Ana_Lopo1', 'Univ Alpha', 2022, 'pA'),
    rec('Ana Lopo', '~Ana_Lopo2', 'Univ Beta', 2022, 'pX'),
    rec('Kim Reyes', '~Kim_Reyes1', 'Univ Beta', 2022, 'pX'),
    rec('Lev Dorn', '~Lev_Dorn1', 'Univ Gamma', 2022, 'pA'),
    rec('Lev Dorn', '~Lev_Dorn1', 'Univ Gamma', 2022, 'pX'),
  ]);

  it('settles a colliding name by the one candidate who wrote another paper with a co-author', () => {
    expect(linkName(index, 'Ana Lopo', co, { coauthorIds: ['~Kim_Reyes1'] })).toEqual({ id: '~Ana_Lopo2', via: 'coauthor' });
    // Without the option, or without a context, the collision refuses as before.
    expect(linkName(index, 'Ana Lopo', strict, { coauthorIds: ['~Kim_Reyes1'] })).toEqual({ refused: 'name_collision' });
    expect(linkName(index, 'Ana Lopo', co)).toEqual({ refused: 'name_collision' });
  });

  it('refuses when no candidate or both candidates share a co-author', () => {
    expect(linkName(index, 'Ana Lopo', co, { coauthorIds: [] })).toEqual({ refused: 'name_collision' });
    expect(linkName(index, 'Ana Lopo', co, { coauthorIds: ['~Lev_Dorn1'] })).toEqual({ refused: 'name_collision' });
  });

  it('does not count the paper being linked as a shared paper', () => {
    expect(linkName(index, 'Ana Lopo', co, { coauthorIds: ['~Kim_Reyes1'], excludePaper: 'pX' })).toEqual({ refused: 'name_collision' });
  });

  it('links by co-author in linkEvidence, co-authors known by their exact names', () => {
    const paper: SourcePaper = {
      conference: 'icml',
      year: 2022,
      sourceId: 's2',
      title: 'T',
      status: 'poster',
      track: 'main',
      authors: [{ name: 'Ana Lopo' }, { name: 'Kim Reyes' }],
      files: [],
    };
    const { papers, stats } = linkEvidence([paper], index, root, co);
    expect(papers[0].authors.map((a) => a.affiliation)).toEqual(['Univ Beta', 'Univ Beta']);
    expect(stats.get('icml2022')).toMatchObject({ linkedName: 2, linkedCoauthor: 1 });
    expect(linkEvidence([paper], index, root, strict).papers[0].authors[0].affiliation).toBeUndefined();
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

  it('takes no value seen on one side only, one year away or two agreeing years alike', () => {
    const index = buildProfileIndex([
      rec('Gil Ash', '~Gil_Ash1', 'Univ Alpha', 2022),
      rec('Gil Ash', '~Gil_Ash1', 'Univ Alpha, Lab', 2022, 'p2'),
      rec('Gil Ash', '~Gil_Ash1', 'Univ Beta', 2024),
      rec('Ivo Kent', '~Ivo_Kent1', 'Univ Alpha', 2023),
      rec('Ivo Kent', '~Ivo_Kent1', 'Univ Alpha', 2024),
    ]);
    expect(profileValue(index, '~Gil_Ash1', 2021, root)).toMatchObject({ value: { affiliation: 'Univ Alpha' }, stable: false, basis: 'moved', distance: 1 });
    // Bracketed by disagreeing years: a move.
    expect(profileValue(index, '~Gil_Ash1', 2023, root)).toMatchObject({ stable: false, basis: 'moved' });
    expect(profileValue(index, '~Ivo_Kent1', 2021, root)).toMatchObject({ stable: false, basis: 'moved', distance: 2 });
  });
});

describe('linkEvidence', () => {
  const index = buildProfileIndex([rec('Eli Voss', '~Eli_Voss1', 'Univ Alpha', 2022), rec('Fay Orr', '~Fay_Orr1', 'Univ Beta', 2022)]);
  const paper = (authors: SourcePaper['authors']): SourcePaper => ({
    conference: 'icml',
    year: 2022,
    sourceId: 's1',
    title: 'T',
    status: 'poster',
    track: 'main',
    authors,
    files: [],
  });

  it('fills by id, then by unique name, and labels each', () => {
    const { papers, stats } = linkEvidence([paper([{ name: 'Someone', openreviewId: '~Eli_Voss1' }, { name: 'Fay Orr' }])], index, root, strict);
    expect(papers[0].authors.map((a) => [a.affiliation, a.evidence, a.linkBasis])).toEqual([
      ['Univ Alpha', 'linked_id', 'same year'],
      ['Univ Beta', 'linked_name', 'same year'],
    ]);
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
