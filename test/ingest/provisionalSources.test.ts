// The 2025/2026 source formats (hand-written fixtures): the tier CSV, oral-session pages and the
// conference-site events; and a provisional conference-year added through data/conferences.json
// and data/sources.json alone (in memory here), assembled from fixture files by their roles.
import { describe, expect, it } from 'vitest';
import { readEventsCsv } from '../../src/ingest/readers/eventsCsv.ts';
import { readOralSession } from '../../src/ingest/readers/oralSessions.ts';
import { readTierCsv } from '../../src/ingest/readers/tierCsv.ts';
import { fakeEntry, fixture, fixtureSourcesDir, sourceError, withAddedYear } from './fixtures.ts';

describe('tier CSV (wh_iclr2025_papers.csv)', () => {
  it('reads the tier of accepted titles only', () => {
    const tiers = readTierCsv(fixture('wh_iclr2027_papers.csv'), 'wh.csv');
    expect([...tiers]).toEqual([
      ['learning invented things', 'oral'],
      ['a title changed at camera ready', 'poster'],
    ]);
  });
  it('an unknown decision fails naming the row', () => {
    const err = sourceError(() => readTierCsv('Title,Authors,Affiliations,Decision\nT,A,B,Maybe Later\n', 'wh.csv'));
    expect(err.record).toBe('row 2 "T"');
    expect(err.message).toMatch(/unknown decision "Maybe Later"/);
  });
});

describe('oral-session page (dr_icml2025_orals/*.md)', () => {
  it('reads the poster ids of its rows', () => {
    expect(readOralSession(fixture('dr_orals_session.md'), 'orals.md')).toEqual(['501', '502']);
  });
  it('a page whose rows disagree with its badge fails', () => {
    const cut = fixture('dr_orals_session.md').split('\n').slice(0, -2).join('\n');
    expect(sourceError(() => readOralSession(cut, 'orals.md')).message).toMatch(/the badge says 2 papers, the table has 1 rows/);
  });
});

describe('conference-site events (jm_icml2026_events.csv)', () => {
  const papers = readEventsCsv(fixture('jm_icml2027_events.csv'), 'jm.csv');
  it('one paper per Poster row; oral = an Oral row repeats the title, spotlight = Accept (spotlight), else poster', () => {
    expect(papers.map((p) => [p.eventId, p.status])).toEqual([
      ['101', 'oral'],
      ['102', 'spotlight'],
      ['103', 'poster'],
    ]);
  });
  it('keeps the ordered names and the per-paper institution set apart', () => {
    expect(papers[1]).toMatchObject({ authors: ['Grace Hopper'], institutions: ['Yale University', 'Harvard University'] });
    expect(papers[2].institutions).toEqual([]);
  });
});

describe('a provisional conference-year added to the data files alone', () => {
  it('is assembled from its entries by their roles: ids exact, printed names where the list agrees, tiers by title', async () => {
    const files = ['cx_iclr2027_authorids.json', 'dblp_iclr_2027.jsonl', 'wh_iclr2027_papers.csv'];
    const entries = [
      fakeEntry(files[0], 'author_ids_json', 'author_ids'),
      fakeEntry(files[1], 'dblp_jsonl', 'author_names'),
      fakeEntry(files[2], 'tier_csv', 'tier'),
    ];
    await withAddedYear('iclr', { year: 2027, files, official: 3, hasAffiliations: false, provisional: true }, entries, async () => {
      const { readConferenceYearWithNotes } = await import('../../src/ingest/readConferenceYear.ts');
      const { PROVISIONAL_YEARS, COMPLETE_YEARS } = await import('../../src/query/read/years.ts');
      expect(PROVISIONAL_YEARS).toContain(2027);
      expect(COMPLETE_YEARS).not.toContain(2027);
      const { papers, notes } = await readConferenceYearWithNotes(fixtureSourcesDir(files), 'iclr', 2027);
      expect(papers.map((p) => [p.sourceId, p.title, p.status])).toEqual([
        ['AAAA1', 'Learning Invented Things', 'oral'],
        ['BBBB2', 'A Title Changed at Camera-Ready', 'poster'],
        ['CCCC3', 'Nobody Lists This One', 'unknown'],
      ]);
      expect(papers.map((p) => p.authors.map((a) => [a.name, a.openreviewId]))).toEqual([
        [
          ['Ada Lovelace', '~Ada_Lovelace1'],
          ['Alan M. Turing', '~Alan_Turing2'],
        ],
        [['Grace B. Hopper', '~Grace_Hopper1']],
        // The name list lost a name: the slots are named from their ids.
        [
          ['Edsger Dijkstra', '~Edsger_Dijkstra1'],
          ['Barbara Liskov', '~Barbara_Liskov1'],
          ['Donald Knuth', '~Donald_Knuth1'],
        ],
      ]);
      expect(notes.join(' ')).toMatch(/3 joined to dblp_iclr_2027\.jsonl \(1 by forum id, 2 by title\), 2 with its printed names; 2 with a tier/);
    });
  });

  it('an entry whose role cannot join the paper list fails naming it, and a file without an entry fails too', async () => {
    const files = ['cx_iclr2027_authorids.json', 'dblp_iclr_2027.jsonl'];
    const entries = [fakeEntry(files[0], 'author_ids_json', 'author_ids'), fakeEntry(files[1], 'dblp_jsonl', 'tracks')];
    await withAddedYear('iclr', { year: 2027, files, official: 3, hasAffiliations: false, provisional: true }, entries, async () => {
      const { readConferenceYearWithNotes } = await import('../../src/ingest/readConferenceYear.ts');
      await expect(readConferenceYearWithNotes(fixtureSourcesDir(files), 'iclr', 2027)).rejects.toThrow(
        'iclr 2027: dblp_iclr_2027.jsonl (tracks, name_list records) cannot join a paper list of author_ids records (cx_iclr2027_authorids.json)',
      );
    });
    await withAddedYear('iclr', { year: 2027, files, official: 3, hasAffiliations: false }, entries.slice(0, 1), async () => {
      const { readConferenceYearWithNotes } = await import('../../src/ingest/readConferenceYear.ts');
      await expect(readConferenceYearWithNotes(fixtureSourcesDir(files), 'iclr', 2027)).rejects.toThrow(
        'iclr 2027: dblp_iclr_2027.jsonl has no entry with a "use" in data/sources.json',
      );
    });
  });
});
