// The NeurIPS 2024 join by author names: the tolerant pass (invented names and places).
import { describe, expect, it } from 'vitest';
import { pairAuthorNames } from '../../src/ingest/assemble/authorListMatch.ts';
import { assemblePcByAuthorNames, tolerable } from '../../src/ingest/assemble/fromPcByAuthorNames.ts';
import type { OrPaper } from '../../src/ingest/readers/openReviewAuthors.ts';
import type { PcPaper } from '../../src/ingest/readers/paperCopilot.ts';

const pc = (id: string, authors: string[]): PcPaper => ({ id, title: `Title ${id}`, status: 'poster', track: 'main', authors });

/** A jy record where every author's affiliation names the author, so a wrong pairing shows. */
const rec = (id: string, names: string[]): OrPaper => ({
  id,
  authors: names.map((name) => ({ name, affiliation: `Institute of ${name}`, evidence: 'profile', alignment: 'id' })),
});

const join = (rows: PcPaper[], jy: OrPaper[]) => assemblePcByAuthorNames('neurips', 2024, { file: 'pc.json', papers: rows }, { file: 'jy.json', papers: jy });

const affs = (r: ReturnType<typeof join>, i: number) => r.papers[i].authors.map((a) => [a.name, a.affiliation ?? null]);

const TEAM = ['Orla Brennick', 'Tavi Quendal', 'Marek Sollis', 'Ines Varga-Holt'];

describe('tolerant join by author names', () => {
  it('takes a record with one misspelled name; the misspelled author gets no evidence', () => {
    const r = join([pc('site_1', ['Orla Brenick', 'Tavi Quendal', 'Marek Sollis', 'Ines Varga-Holt'])], [rec('or1', TEAM)]);
    expect(r.byKind).toEqual({ exact: 0, loose: 0, tolerant: 1 });
    expect(r.joinKind.get('site_1')).toBe('tolerant');
    expect(affs(r, 0)).toEqual([
      ['Orla Brenick', null],
      ['Tavi Quendal', 'Institute of Tavi Quendal'],
      ['Marek Sollis', 'Institute of Marek Sollis'],
      ['Ines Varga-Holt', 'Institute of Ines Varga-Holt'],
    ]);
    expect(r.papers[0].authors[0]).toEqual({ name: 'Orla Brenick', alignment: 'none' });
    expect(r.papers[0].files).toEqual(['pc.json', 'jy.json']);
    expect(r.notes[0]).toContain('(0 exact, 0 loose, 1 tolerant)');
  });

  it('takes a record with reordered authors and spelling variants, in pc order', () => {
    const r = join(
      [pc('site_1', ['Marek J Sollis', 'Orla Brennick', 'Ines Varga Holt', 'Tavi Quendal', 'Pell Aumont'])],
      [rec('or1', ['Orla Brennick', 'Tavi Quendal', 'Marek Sollis', 'Ines Varga-Holt', 'Pell Aumonte'])],
    );
    expect(r.byKind.tolerant).toBe(1);
    expect(affs(r, 0)).toEqual([
      ['Marek Sollis', 'Institute of Marek Sollis'],
      ['Orla Brennick', 'Institute of Orla Brennick'],
      ['Ines Varga-Holt', 'Institute of Ines Varga-Holt'],
      ['Tavi Quendal', 'Institute of Tavi Quendal'],
      ['Pell Aumont', null],
    ]);
  });

  it('takes a record that lists one extra author, and drops that author', () => {
    const r = join([pc('site_1', TEAM)], [rec('or1', ['Orla Brennick', 'Tavi Quendal', 'Nils Extraby', 'Marek Sollis', 'Ines Varga-Holt'])]);
    expect(r.byKind.tolerant).toBe(1);
    expect(r.papers[0].authors.map((a) => a.name)).toEqual(TEAM);
    expect(r.papers[0].authors.every((a) => a.affiliation === `Institute of ${a.name}`)).toBe(true);
  });

  it('never assigns by position: an unmatched author keeps no evidence even in the same slot', () => {
    const r = join(
      [pc('site_1', ['Orla Brennick', 'Tavi Quendal', 'Zed Unrelated', 'Marek Sollis', 'Ines Varga-Holt'])],
      [rec('or1', ['Orla Brennick', 'Tavi Quendal', 'Ygritte Other', 'Marek Sollis', 'Ines Varga-Holt'])],
    );
    expect(r.byKind.tolerant).toBe(1);
    expect(r.papers[0].authors[2]).toEqual({ name: 'Zed Unrelated', alignment: 'none' });
    expect(r.papers[0].authors.filter((a) => a.evidence)).toHaveLength(4);
  });

  it('refuses when two jy records score equally for the paper', () => {
    const r = join(
      [pc('site_1', ['Orla Brenick', 'Tavi Quendal', 'Marek Sollis', 'Ines Varga-Holt'])],
      [rec('or1', TEAM), rec('or2', ['Tavi Quendal', 'Marek Sollis', 'Ines Varga-Holt', 'Quill Dawes'])],
    );
    expect([r.matched, r.unmatched]).toEqual([0, 1]);
    expect(r.papers[0].authors.every((a) => a.affiliation === undefined)).toBe(true);
    expect(r.papers[0].files).toEqual(['pc.json']);
  });

  it('refuses when another pc paper scores the same record as high', () => {
    const r = join(
      [
        pc('site_1', ['Orla Brenick', 'Tavi Quendal', 'Marek Sollis', 'Ines Varga-Holt']),
        pc('site_2', ['Tavi Quendal', 'Marek Sollis', 'Ines Varga-Holt', 'Quill Dawes']),
      ],
      [rec('or1', TEAM)],
    );
    expect(r.matched).toBe(0);
  });

  it('lets the better of two pc papers take a record, and the other stays unmatched', () => {
    const r = join(
      [
        pc('site_1', ['Orla Brenick', 'Tavi Quendal', 'Marek Sollis', 'Ines Varga-Holt']),
        pc('site_2', ['Tavi Quendal', 'Marek Sollis', 'Ines Varga-Holt', 'Orla Brennick', 'Quill Dawes']),
      ],
      [rec('or1', TEAM)],
    );
    expect(r.joinKind.get('site_2')).toBe('tolerant');
    expect(r.joinKind.has('site_1')).toBe(false);
  });

  it('refuses when too few names match', () => {
    const r = join(
      [
        // 3 authors, 2 paired: fewer than 3 names in common
        pc('site_1', ['Orla Brenick', 'Tavi Quendal', 'Marek Sollis']),
        // 5 authors, 2 unpaired: more than 25% of the list
        pc('site_2', ['Ada Pelling', 'Bram Oster', 'Cleo Fenwick', 'Dov Rask', 'Edda Lune']),
        // count differs by two
        pc('site_3', ['Fay Morrow', 'Gus Tarrant', 'Hal Bexley', 'Ivo Strand']),
      ],
      [
        rec('or1', ['Orla Brennick', 'Tavi Quendal', 'Marek Solis']),
        rec('or2', ['Ada Pelling', 'Bram Ostler', 'Cleo Fenwick', 'Dov Rask', 'Edna Lune']),
        rec('or3', ['Fay Morrow', 'Gus Tarrant', 'Hal Bexley', 'Ivo Strand', 'Jo Kettle', 'Kit Lamb']),
      ],
    );
    expect([r.matched, r.unmatched]).toEqual([0, 3]);
  });

  it('keeps the exact and loose passes first, and does not let a tolerant match take their record', () => {
    const r = join(
      [pc('site_1', ['Orla Brenick', 'Tavi Quendal', 'Marek Sollis', 'Ines Varga-Holt']), pc('site_2', TEAM), pc('site_3', ['Ada Pelling', 'Bram J Oster'])],
      [rec('or1', TEAM), rec('or2', ['Ada Pelling', 'Bram Oster'])],
    );
    expect(r.joinKind.get('site_2')).toBe('exact');
    expect(r.joinKind.get('site_3')).toBe('loose');
    expect(r.joinKind.has('site_1')).toBe(false);
    expect(r.byKind).toEqual({ exact: 1, loose: 1, tolerant: 0 });
    expect(r.notes).toEqual(['2 joined to jy.json by author names (1 exact, 1 loose, 0 tolerant), 1 not (names only)']);
  });
});

describe('pairAuthorNames', () => {
  it('pairs one-to-one by name and leaves ambiguous names unpaired', () => {
    expect(pairAuthorNames(['Wei Zhang', 'Ann Lee', 'Bo Li'], ['Bo Li', 'Wei Zhang', 'Ann Lee'])).toEqual([1, 2, 0]);
    // `Wei Zhang` fits both `Wei X Zhang` and `Wei Y Zhang`: no pairing
    expect(pairAuthorNames(['Wei Zhang', 'Ann Lee'], ['Wei X Zhang', 'Wei Y Zhang', 'Ann Lee'])).toEqual([-1, 2]);
    // identical names first: once `Wei Zhang` has its twin, `Wei Q Zhang` has one candidate left
    expect(pairAuthorNames(['Wei Zhang', 'Wei Q Zhang'], ['Wei Quinn Zhang', 'Wei Zhang'])).toEqual([1, 0]);
  });

  it('tolerable: counts, minimum pairs and the unpaired share', () => {
    expect(tolerable(4, 4, 3)).toBe(true);
    expect(tolerable(3, 3, 2)).toBe(false);
    expect(tolerable(4, 5, 4)).toBe(true);
    expect(tolerable(4, 6, 4)).toBe(false);
    expect(tolerable(8, 8, 6)).toBe(true);
    expect(tolerable(7, 7, 5)).toBe(false);
    expect(tolerable(12, 12, 9)).toBe(false);
  });
});
