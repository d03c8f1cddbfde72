import { describe, expect, it } from 'vitest';
import { readAtIclr2024 } from '../../src/ingest/readers/atIclr2024.ts';
import { readDblp } from '../../src/ingest/readers/dblp.ts';
import { readIvanov } from '../../src/ingest/readers/ivanov.ts';
import { readOpenReviewAuthorLines, readOpenReviewAuthors } from '../../src/ingest/readers/openReviewAuthors.ts';
import { readPaperCopilot } from '../../src/ingest/readers/paperCopilot.ts';
import { fixture, sourceError } from './fixtures.ts';

describe('malformed input throws SourceError naming file and record', () => {
  it('truncated JSON array', () => {
    const text = fixture('jy_nips2023_authors.json').slice(0, 300);
    const err = sourceError(() => readOpenReviewAuthors(text, 'jy_nips2023_authors.json'));
    expect(err.file).toBe('jy_nips2023_authors.json');
    expect(err.message).toMatch(/truncated/);
  });

  it('truncated JSON line names the line', () => {
    const text = fixture('pco_icml2023_authors.jsonl').split('\n')[0].slice(0, 80);
    const err = sourceError(() => readOpenReviewAuthorLines(text, 'pco_icml2023_authors.jsonl'));
    expect(err.record).toBe('line 1');
  });

  it('pc record without any author field', () => {
    const text = JSON.stringify([
      { id: 'ok1', title: 'T', status: 'Poster', author: 'A B' },
      { id: 'bad2', title: 'T2', status: 'Poster' },
    ]);
    const err = sourceError(() => readPaperCopilot(text, 'pc_x.json'));
    expect([err.file, err.record]).toEqual(['pc_x.json', 'bad2']);
  });

  it('pc record without a title, and an unknown status', () => {
    expect(sourceError(() => readPaperCopilot(JSON.stringify([{ id: 'p1', title: '', status: 'Poster', author: 'A' }]), 'pc.json')).record).toBe('p1');
    const err = sourceError(() => readPaperCopilot(JSON.stringify([{ id: 'p2', title: 'T', status: 'Maybe', author: 'A' }]), 'pc.json'));
    expect(err.message).toMatch(/unknown status "Maybe"/);
  });

  it('jy record without an author field', () => {
    const err = sourceError(() => readOpenReviewAuthors(JSON.stringify([{ id: 'zz9', authorids: '' }]), 'jy.json'));
    expect([err.file, err.record]).toEqual(['jy.json', 'zz9']);
  });

  it('ivanov record with a title but no authors', () => {
    const err = sourceError(() => readIvanov('Title One\nA B (X)\n\nLonely Title\n', 'ivanov_x.txt'));
    expect(err.record).toMatch(/#2 "Lonely Title"/);
  });

  it('csv row without authors, and dblp line without a title', () => {
    const csv = 'title,year,source,authors,class,keywords,abstract,pdf_link\nA Paper,2023,ICLR,,poster,,x,y\n';
    expect(sourceError(() => readAtIclr2024(csv, 'at.csv')).record).toMatch(/row 2 "A Paper"/);
    expect(sourceError(() => readDblp('{"author": "A B", "title": ""}\n', 'dblp.jsonl')).record).toBe('line 1');
  });
});
