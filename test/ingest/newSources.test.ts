// Readers and assembly steps for the issue 11 sources: DBLP NeurIPS 2024 tracks,
// cx_iclr2024_authorids.json and cx_profile_cache.json (hand-written fixtures).
import { describe, expect, it } from 'vitest';
import { attachAuthorIds, idFitsName } from '../../src/ingest/assemble/iclrAuthorIds.ts';
import { markNeuripsTracks } from '../../src/ingest/assemble/neuripsTracks.ts';
import { readCxIclr2024AuthorIds } from '../../src/ingest/readers/cxIclr2024AuthorIds.ts';
import { readCxProfileCache } from '../../src/ingest/readers/cxProfileCache.ts';
import { readDblp } from '../../src/ingest/readers/dblp.ts';
import type { SourcePaper } from '../../src/ingest/records/types.ts';
import { fillFromCache } from '../../src/link/profileCache.ts';
import { fixture, sourceError } from './fixtures.ts';

const paper = (title: string, names: string[], extra: Partial<SourcePaper> = {}): SourcePaper => ({
  conference: 'neurips',
  year: 2024,
  sourceId: title,
  title,
  status: 'poster',
  track: 'main',
  files: ['pc.json'],
  authors: names.map((name) => ({ name })),
  ...extra,
});

describe('dblp_neurips_2024: proceedings track from bib', () => {
  const rows = readDblp(fixture('dblp_neurips_2024.jsonl'), 'dblp_neurips_2024.jsonl');
  it('reads the track from the proceedings URL, and none without one', () => {
    expect(rows.map((r) => r.proceedingsTrack)).toEqual(['main', 'datasets_benchmarks', undefined, 'main']);
  });
  it('an unknown track in the URL fails naming file and record', () => {
    const line = JSON.stringify({ author: 'A B', title: 'T.', bib: 'url = {https://x/hash/1-Abstract-Position_Track.html}' });
    const err = sourceError(() => readDblp(line, 'dblp_neurips_2024.jsonl'));
    expect([err.file, err.record]).toEqual(['dblp_neurips_2024.jsonl', 'line 1 "T"']);
    expect(err.message).toMatch(/unknown proceedings track "Position_Track"/);
  });
  it('a truncated line fails naming the line', () => {
    const text = fixture('dblp_neurips_2024.jsonl').split('\n').slice(0, 2).join('\n').slice(0, -20);
    expect(sourceError(() => readDblp(text, 'dblp_neurips_2024.jsonl')).record).toBe('line 2');
  });

  it('marks tracks by title, then author list, then a nearly identical list; the rest stay unknown and one listing of a paper twice is dropped', () => {
    const papers = [
      paper('Main Track Paper', ['Ana Lima', 'Bo Chen']),
      paper('A Benchmark With Its Old Title', ['Cem Dar', 'Dee Eko', 'Fay Gul']),
      paper('No Proceedings Page', ['Hal Ito', 'Ivo Jun']),
      paper('Spelled differently there', ['Kai Lu', 'Mo Ng', 'Nia Oh', 'Pia Qu', 'Extra Person']),
      paper('A Journal Track Paper', ['Ray Sol']),
      paper('A Journal Track Paper', ['Ray Sol'], { sourceId: 'dup' }),
    ];
    const r = markNeuripsTracks(papers, { file: 'dblp_neurips_2024.jsonl', papers: rows });
    expect(r.papers.map((p) => p.track)).toEqual(['main', 'datasets_benchmarks', 'unknown', 'main', 'unknown']);
    expect(r.matched).toEqual({ title: 2, authors: 1, tolerant: 1 });
    expect(r.byTrack).toEqual({ main: 2, datasets_benchmarks: 1, unknown: 2 });
    expect(r.duplicates).toEqual(['A Journal Track Paper']);
    expect(r.papers[0].files).toEqual(['pc.json', 'dblp_neurips_2024.jsonl']);
  });
});

describe('cx_iclr2024_authorids', () => {
  const records = readCxIclr2024AuthorIds(fixture('cx_iclr2024_authorids.json'), 'cx_iclr2024_authorids.json');
  it('reads ordered ids and the forum id', () => {
    expect(records[0]).toEqual({ title: 'An Invented Submission', forumId: 'Inv1', authorIds: ['~Ana_Lima1', 'bo@lakeside.edu'] });
  });
  it('malformed: truncated JSON, no records list, a bad id, a missing forum id', () => {
    const text = fixture('cx_iclr2024_authorids.json');
    expect(sourceError(() => readCxIclr2024AuthorIds(text.slice(0, 120), 'cx.json')).message).toMatch(/truncated/);
    expect(sourceError(() => readCxIclr2024AuthorIds('{"rows": []}', 'cx.json')).message).toMatch(/"records" array/);
    const bad = JSON.stringify({ records: [{ title: 'T', paper_url: 'https://openreview.net/forum?id=A', authorids: ['~A_B1', 'Jane Doe'] }] });
    const err = sourceError(() => readCxIclr2024AuthorIds(bad, 'cx.json'));
    expect([err.file, err.record]).toEqual(['cx.json', '#1 "T"']);
    expect(err.message).toMatch(/author id 2/);
    const noForum = JSON.stringify({ records: [{ title: 'T', paper_url: 'https://openreview.net/pdf', authorids: ['~A_B1'] }] });
    expect(sourceError(() => readCxIclr2024AuthorIds(noForum, 'cx.json')).message).toMatch(/forum id/);
  });
  it('gives each slot the id at its position when the surnames agree; e-mails give an institutional domain', () => {
    const papers = [
      paper('An Invented Submission', ['Ana Lima', 'Bo Chen'], { conference: 'iclr' }),
      paper('Ids Out Of Order', ['Wen Bo', 'Zhang Rongtao'], { conference: 'iclr' }),
      paper('Personal Mail', ['Solo Writer'], { conference: 'iclr' }),
    ];
    const r = attachAuthorIds(papers, 'cx.json', records);
    expect(r.papers[0].authors).toEqual([
      { name: 'Ana Lima', openreviewId: '~Ana_Lima1' },
      { name: 'Bo Chen', email: 'bo@lakeside.edu', domain: 'lakeside.edu', evidence: 'profile', alignment: 'id' },
    ]);
    // `~Someone_Else3` is not Wen Bo: that slot stays without an id; the other takes its id whichever way round the name is.
    expect(r.papers[1].authors.map((a) => a.openreviewId)).toEqual([undefined, '~Rongtao_Zhang2']);
    expect(r.papers[2].authors[0]).toEqual({ name: 'Solo Writer', email: 'solo.writer@gmail.com' });
    expect(r.stats).toMatchObject({ matchedByTitle: 3, withId: 2, withEmail: 2, disagreeing: 1 });
  });
  it('idFitsName', () => {
    expect(idFitsName('~Sarah_Monazam_Erfani1', 'Sarah Erfani')).toBe(true);
    expect(idFitsName('~Chen_Zhao6', 'Zhao Chen')).toBe(true);
    expect(idFitsName('~Chen_Zhao6', 'Wei Li')).toBe(false);
  });
});

describe('cx_profile_cache', () => {
  const entries = readCxProfileCache(fixture('cx_profile_cache.json'), 'cx_profile_cache.json');
  it('reads year, id, status; an affiliation only for ok entries', () => {
    expect(entries).toHaveLength(5);
    expect(entries[1]).toEqual({ year: 2024, authorId: '~Ana_Lima1', status: 'ok', affiliation: 'Lakeside University' });
    expect(entries[3]).toEqual({ year: 2024, authorId: '~Rongtao_Zhang2', status: 'no_affiliation' });
  });
  it('malformed: a bad key, an unknown status, no profiles object', () => {
    const err = sourceError(() => readCxProfileCache(JSON.stringify({ profiles: { '~A_B1': { status: 'ok' } } }), 'cache.json'));
    expect([err.file, err.record]).toEqual(['cache.json', '~A_B1']);
    expect(sourceError(() => readCxProfileCache(JSON.stringify({ profiles: { '2024:~A_B1': { status: 'maybe' } } }), 'cache.json')).message).toMatch(
      /unknown status "maybe"/,
    );
    expect(sourceError(() => readCxProfileCache('{"profiles": []}', 'cache.json')).message).toMatch(/"profiles" object/);
  });
  it("fills an id's empty slot from the entry of the paper's year, labelled id_profile; never another year's, never over own evidence", () => {
    const papers = [
      paper('P', ['Ana Lima', 'Rongtao Zhang'], {
        conference: 'iclr',
        authors: [
          { name: 'Ana Lima', openreviewId: '~Ana_Lima1' },
          { name: 'Rongtao Zhang', openreviewId: '~Rongtao_Zhang2' },
        ],
      }),
      paper('Q', ['Ana Lima'], { conference: 'iclr', year: 2022, authors: [{ name: 'Ana Lima', openreviewId: '~Ana_Lima1' }] }),
      paper('R', ['Ana Lima'], {
        conference: 'iclr',
        authors: [{ name: 'Ana Lima', openreviewId: '~Ana_Lima1', affiliation: 'Own Value', evidence: 'profile' }],
      }),
    ];
    const r = fillFromCache(papers, entries);
    expect(r.papers[0].authors[0]).toMatchObject({ affiliation: 'Lakeside University', evidence: 'id_profile', alignment: 'id' });
    expect(r.papers[0].authors[1].affiliation).toBeUndefined();
    expect(r.papers[1]).toBe(papers[1]);
    expect(r.papers[2]).toBe(papers[2]);
    expect([...r.filled]).toEqual([['iclr2024', 1]]);
  });
});
