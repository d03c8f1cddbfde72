import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeTitle, splitEntityAware } from '../../src/ingest/records/normalizeText.ts';
import { sameNameLoosely } from '../../src/ingest/assemble/nameMatch.ts';

describe('normalizeTitle', () => {
  it('makes spellings of one title equal', () => {
    const a = normalizeTitle('$\\textit{Fast}$ $\\alpha$-Widgets &amp; Caf&#233;s: Don’t Stop.');
    const b = normalizeTitle('Fast alpha widgets & Cafés: dont stop');
    expect(a).toBe(b);
  });
  it('keeps different titles different', () => {
    expect(normalizeTitle('Learning to Rank')).not.toBe(normalizeTitle('Learning to Rank Fast'));
  });
});

describe('names', () => {
  it('normalises accents, case and punctuation', () => {
    expect(normalizeName('Jan-Willem  VAN de Méent')).toBe('jan willem van de meent');
  });
  it('splits ; lists but not through entities', () => {
    expect(splitEntityAware('Ren&#233; Vidal;Texas A&M;B', ';')).toEqual(['Ren&#233; Vidal', 'Texas A&M', 'B']);
  });
  it('loose name test accepts middle names and initials, not different people', () => {
    expect(sameNameLoosely('David P Wipf', 'David Wipf')).toBe(true);
    expect(sameNameLoosely('Vojta Jina', 'Vojta J')).toBe(true);
    expect(sameNameLoosely('Wei Zhang', 'Wei Zhao')).toBe(false);
  });
});
