import { describe, expect, it } from 'vitest';
import { assembleIvanov } from '../../src/ingest/assemble/fromIvanov.ts';
import { assemblePcWithDblp } from '../../src/ingest/assemble/fromPcAndDblp.ts';
import { assemblePcByAuthorNames } from '../../src/ingest/assemble/fromPcByAuthorNames.ts';
import type { OrPaper } from '../../src/ingest/readers/openReviewAuthors.ts';
import type { PcPaper } from '../../src/ingest/readers/paperCopilot.ts';
import { readConferenceYear } from '../../src/ingest/readConferenceYear.ts';
import { readDblp } from '../../src/ingest/readers/dblp.ts';
import { readIvanov } from '../../src/ingest/readers/ivanov.ts';
import { fixture, fixtureSourcesDir } from './fixtures.ts';

const pc = (id: string, title: string, authors: string[], status: PcPaper['status'] = 'poster'): PcPaper => ({
  id,
  title,
  status,
  track: 'main',
  authors,
});

describe('readConferenceYear (pc + jy on id)', () => {
  it('keeps accepted rows, drops rejects and rows in no OpenReview file, takes authors from jy', async () => {
    const papers = await readConferenceYear(fixtureSourcesDir(['pc_nips2023.json', 'jy_nips2023_authors.json']), 'neurips', 2023);
    expect(papers.map((p) => [p.sourceId, p.status, p.track])).toEqual([
      ['paperAAA01', 'spotlight', 'main'],
      ['paperBBB02', 'poster', 'datasets_benchmarks'],
      ['paperDDD04', 'oral', 'main'],
    ]);
    const ghadiri = papers[0].authors[0];
    expect(ghadiri).toMatchObject({ name: 'Mehrdad Ghadiri', affiliation: 'Georgia Institute of Technology', evidence: 'profile' });
    expect(papers[0].files).toEqual(['pc_nips2023.json', 'jy_nips2023_authors.json']);
    // jy record without authors: the pc names are kept, without affiliations
    expect(papers[2].authors.map((a) => [a.name, a.affiliation])).toEqual([
      ['José Ramos', undefined],
      ['Eve Stone', undefined],
    ]);
  });
});

describe('NeurIPS 2020 style: site text + pc tiers', () => {
  it('takes the tier by title, then by author list', () => {
    const site = readIvanov(fixture('ivanov_neurips2020.txt'), 'iv.txt');
    const tiers = [pc('s1', 'Few shot widget generation!', ['X Y'], 'oral'), pc('s2', 'A Renamed Camera-Ready Title', ['Solo Writer'], 'spotlight')];
    const r = assembleIvanov('neurips', 2020, site, 'iv.txt', { papers: tiers, file: 'pc.json' });
    expect(r.papers.map((p) => p.status)).toEqual(['oral', 'spotlight']);
    expect(r.papers[0].authors[1]).toEqual({ name: 'Jingwan (Cynthia) Lu', affiliation: 'Pixel Research', evidence: 'site' });
    expect(r.unmatchedStatus).toEqual([]);
  });
});

describe('NeurIPS 2024 style: join by ordered author names', () => {
  const rec = (id: string, names: string[], aff: string): OrPaper => ({
    id,
    authors: names.map((name) => ({ name, affiliation: aff, evidence: 'profile', alignment: 'id' })),
  });
  it('joins exact and loosely spelled lists, leaves others without affiliations', () => {
    const jy = [
      rec('or1', ['Ann Lee', 'Bo Li'], 'Lakeside University'),
      rec('or2', ['Zhangyang Wang', 'David P Wipf'], 'Northfield Institute'),
      rec('or3', ['Cy Dee', 'Eve Fox'], 'Rejected Paper Lab'),
    ];
    const rows = [pc('site_1', 'T1', ['Ann Lee', 'Bo Li']), pc('site_2', 'T2', ['Zhangyang "Atlas" Wang', 'David Wipf']), pc('site_3', 'T3', ['Gil Ho'])];
    const r = assemblePcByAuthorNames('neurips', 2024, { file: 'pc.json', papers: rows }, { file: 'jy.json', papers: jy });
    expect(r.papers.map((p) => p.authors[0].affiliation)).toEqual(['Lakeside University', 'Northfield Institute', undefined]);
    expect([r.matched, r.unmatched]).toEqual([2, 1]);
  });
});

describe('ICML 2021/2022 style: pc names checked against DBLP', () => {
  it('replaces a defective pc list with the DBLP list of the same title', () => {
    const dblp = readDblp(fixture('dblp_icml_2022.jsonl'), 'dblp.jsonl');
    const rows = [pc('site_a', 'A Lost Coauthor', ['Tom Ron', 'Tamir Hazard']), pc('site_b', 'Semicolon Lists', ['René Vidal', 'Ann Lee'])];
    const r = assemblePcWithDblp('icml', 2022, { file: 'pc.json', papers: rows }, { file: 'dblp.jsonl', papers: dblp });
    expect(r.papers[0].authors.map((a) => a.name)).toEqual(['Tom Ron', 'Michal Weil', 'Tamir Hazard']);
    expect(r.papers[1].files).toEqual(['pc.json']);
    expect(r.replaced).toBe(1);
  });
});
