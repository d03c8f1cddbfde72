import { describe, expect, it } from 'vitest';
import { alignProfiles } from '../../src/ingest/readers/alignProfiles.ts';

describe('alignProfiles', () => {
  it('never aligns by position: two unmatched names stay unaligned', () => {
    const got = alignProfiles(
      [
        { name: 'Ann Lee', id: '~Ann_Lee1' },
        { name: 'Bo Li', id: '~Bo_Li1' },
      ],
      ['~Xavier_Q1', '~Yusuf_Z1'],
    );
    expect(got.map((m) => m.alignment)).toEqual(['none', 'none']);
  });

  it('refuses a name match that is ambiguous', () => {
    const got = alignProfiles(
      [
        { name: 'Wei Zhang', id: '~Wei_Zhang9' },
        { name: 'Wei Zhang', id: '~Wei_Zhang8' },
        { name: 'Ann Lee', id: '~Ann_Lee1' },
      ],
      ['~Wei_Zhang1', '~Wei_Zhang2', '~Ann_Lee1'],
    );
    expect(got.map((m) => m.slot)).toEqual([-1, -1, 2]);
  });

  it('matches case and punctuation variants of a profile id by name', () => {
    const got = alignProfiles(
      [
        { name: 'Lawson L.S. Wong', id: '~Lawson_L.S._Wong2' },
        { name: 'Jack Merullo', id: '~Jack_Merullo2' },
      ],
      ['~jack_merullo1', '~Lawson_L._S._Wong1'],
    );
    expect(got).toEqual([
      { slot: 1, alignment: 'name' },
      { slot: 0, alignment: 'name' },
    ]);
  });
});
