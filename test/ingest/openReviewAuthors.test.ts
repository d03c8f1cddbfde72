import { describe, expect, it } from 'vitest';
import { readOpenReviewAuthorLines, readOpenReviewAuthors } from '../../src/ingest/readers/openReviewAuthors.ts';
import { fixture } from './fixtures.ts';

const papers = readOpenReviewAuthors(fixture('jy_nips2023_authors.json'), 'jy_nips2023_authors.json');
const byId = (id: string) => papers.find((p) => p.id === id)!;

describe('jy authors: or_profile alignment', () => {
  it('gives each author of the Ghadiri/Arbour record their own institution', () => {
    const got = byId('paperAAA01').authors.map((a) => [a.name, a.affiliation, a.domain, a.alignment]);
    expect(got).toEqual([
      ['Mehrdad Ghadiri', 'Georgia Institute of Technology', 'gatech.edu', 'name'],
      ['David Arbour', 'Adobe Systems', 'adobe.com', 'id'],
      ['Tung Mai', 'Adobe', 'adobe.com', 'id'],
      ['Cameron N Musco', 'University of Massachusetts, Amherst', 'umass.edu', 'id'],
      ['Anup Rao', 'Adobe Systems', 'adobe.com', 'id'],
    ]);
    expect(byId('paperAAA01').authors.every((a) => a.evidence === 'profile')).toBe(true);
  });

  it('matches ids that differ by a middle name, and e-mail ids exactly', () => {
    const [erfani, blume, olu] = byId('paperBBB02').authors;
    expect(erfani).toMatchObject({ affiliation: 'Lakeside University', alignment: 'name', openreviewId: '~Sarah_Erfani1' });
    expect(blume).toMatchObject({ affiliation: 'Northfield Institute', alignment: 'id' });
    // empty slot aff, but the e-mail is the author's own: its domain is evidence
    expect(olu).toMatchObject({ email: 'olu@cs.examplecollege.edu', domain: 'cs.examplecollege.edu', alignment: 'id' });
    expect(olu.affiliation).toBeUndefined();
  });

  it('aligns the last author by elimination and repairs an affiliation holding "; "', () => {
    const [lima, chen] = byId('paperCCC03').authors;
    expect(lima).toMatchObject({ affiliation: 'Lakeside University', alignment: 'id' });
    expect(chen).toMatchObject({ affiliation: 'Machine Learning Lab; Volkswagen Group', alignment: 'elimination' });
  });

  it('keeps a record that lists no authors as an empty list', () => {
    expect(byId('paperDDD04').authors).toEqual([]);
  });
});

describe('jy_iclr2023 (no or_profile): positional only when counts agree', () => {
  const recs = readOpenReviewAuthors(fixture('jy_iclr2023_authors.json'), 'jy_iclr2023_authors.json');
  it('aligns by position when aff has one entry per author', () => {
    expect(recs[0].authors.map((a) => [a.affiliation, a.alignment])).toEqual([
      ['Lakeside University', 'position'],
      ['Northfield Institute', 'position'],
    ]);
  });
  it('does not align at all when the counts differ', () => {
    expect(recs[1].authors.every((a) => !a.affiliation && !a.domain && a.alignment === 'none')).toBe(true);
  });
});

describe('pco JSON lines', () => {
  const recs = readOpenReviewAuthorLines(fixture('pco_icml2023_authors.jsonl'), 'pco_icml2023_authors.jsonl');
  it('reads lines, keeps a +-joined affiliation raw, takes the first domain, ignores personal mail', () => {
    expect(recs.map((r) => r.id)).toEqual(['pcoX1', 'pcoX2']);
    expect(recs[0].authors[0]).toMatchObject({ affiliation: 'Technion+Microsoft', domain: 'technion.ac.il' });
    expect(recs[0].authors[1]).toMatchObject({ email: 'dana@gmail.com' });
    expect(recs[0].authors[1].domain).toBeUndefined();
    expect(recs[0].authors[1].evidence).toBeUndefined();
  });
});
