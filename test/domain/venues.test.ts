// data/conferences.json is the one source of venues: it loads and is checked (a malformed
// entry is refused naming the entry), the generated id unions match it, every file it names is
// in data/sources.json, and a venue added to it alone is read, counted and labelled.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATA_DIR, PROJECT_ROOT } from '../../src/config.ts';
import { idsSource } from '../../src/domain/idsSource.ts';
import { CONFERENCES, type Labels, loadVenues, venueLabel, type VenueTable, venueWord, YEARS } from '../../src/domain/venues.ts';
import { CONFERENCE_YEARS } from '../../src/domain/conferenceYears.ts';
import { keywordOf } from '../../src/query/context/lexicon.ts';
import { FIRST_YEAR as PACKED_FIRST_YEAR, YEARS as PACKED_YEARS } from '../../src/db/packing.ts';

const raw = (): VenueTable => JSON.parse(readFileSync(path.join(DATA_DIR, 'conferences.json'), 'utf8'));

describe('data/conferences.json', () => {
  it('loads, and the program reads its conferences, years, words and labels', () => {
    expect(CONFERENCES).toEqual(raw().conferences.map((c) => c.id));
    expect(YEARS).toEqual([...new Set(raw().conferences.flatMap((c) => c.years.map((y) => y.year)))].sort((a, b) => a - b));
    expect(CONFERENCE_YEARS).toHaveLength(raw().conferences.reduce((n, c) => n + c.years.length, 0));
    for (const kind of ['conferences', 'tracks', 'tiers'] as const) {
      for (const entry of raw()[kind] as VenueTable['tiers']) {
        for (const w of entry.words)
          expect(keywordOf(w), `${kind} ${entry.id}: ${w}`).toMatchObject({
            [kind === 'conferences' ? 'conference' : kind === 'tracks' ? 'track' : 'status']: entry.id,
          });
        expect(venueWord(kind, entry.id)).toBe(entry.words[0]);
        expect(venueLabel(kind, entry.id, 'ja')).toBe(entry.label.ja);
      }
    }
  });

  it('matches the generated id unions (src/domain/ids.ts; `npm run data:ids` rewrites it)', () => {
    expect(readFileSync(path.join(PROJECT_ROOT, 'src/domain/ids.ts'), 'utf8')).toBe(idsSource());
  });

  it('gives only years the packed people counts can hold (src/db/packing.ts)', () => {
    for (const y of YEARS) expect(y - PACKED_FIRST_YEAR, String(y)).toBeGreaterThanOrEqual(0);
    for (const y of YEARS) expect(y - PACKED_FIRST_YEAR, String(y)).toBeLessThan(PACKED_YEARS);
  });

  it('names only source files that data/sources.json lists', () => {
    const listed = new Set((JSON.parse(readFileSync(path.join(DATA_DIR, 'sources.json'), 'utf8')).files as Array<{ file: string }>).map((f) => f.file));
    for (const cy of CONFERENCE_YEARS) for (const file of cy.files) expect(listed.has(file), `${cy.conference} ${cy.year}: ${file}`).toBe(true);
  });

  it.each([
    [
      'a year without files',
      (d: VenueTable) => (d.conferences[1].years[1].files = []),
      'conferences[1] (icml) years[2021]: "files" must list at least one source file name',
    ],
    [
      'a missing Japanese label',
      (d: VenueTable) => delete (d.tracks[1].label as Partial<Labels>).ja,
      'tracks[1] (datasets_benchmarks): "label" must give en, zh and ja text',
    ],
    ['a word naming two things', (d: VenueTable) => d.tiers[0].words.push('main'), 'tiers[0] (oral): word "main" already names tracks[0] (main)'],
    [
      'a year given twice',
      (d: VenueTable) => d.conferences[2].years.push({ ...d.conferences[2].years[0] }),
      'conferences[2] (iclr) years[2020]: year 2020 is given twice',
    ],
    [
      'an official count that is not a count',
      (d: VenueTable) => (d.conferences[0].years[4].official = '4,494' as never),
      'conferences[0] (neurips) years[2024]: "official" must be a positive whole number',
    ],
    [
      'a conference id given twice',
      (d: VenueTable) => d.conferences.push({ ...d.conferences[0], words: ['neurips2'] }),
      'conferences[3] (neurips): "id" neurips is given twice',
    ],
    ['no tiers', (d: VenueTable) => (d.tiers = []), '"tiers" must be a non-empty list'],
  ])('refuses %s, naming the entry', (_what, spoil, message) => {
    const data = raw();
    spoil(data);
    expect(() => loadVenues(data)).toThrow(`data/conferences.json: `);
    expect(() => loadVenues(data)).toThrow(message);
  });
});

// "Adding CVPR means a reader, an assembler and a data entry": with only an entry added to the
// data file (in memory here) and papers as an assembler would give them, a question names the
// venue and a tier word, and the answer counts its papers and labels it.
describe('a venue added to the data file alone', () => {
  it('is read by the lexicon, counted, labelled in every language, listed in help, with the files that build it', async () => {
    const data = raw();
    data.conferences.push({
      id: 'cvpr',
      label: { en: 'CVPR', zh: 'CVPR 计算机视觉', ja: 'CVPR コンピュータビジョン', ko: 'CVPR 컴퓨터 비전' },
      words: ['cvpr', 'cvf'],
      years: [{ year: 2024, files: ['pc_cvpr2024.json', 'jy_cvpr2024_authors.json'], official: 2719, hasAffiliations: true }],
    });
    data.tiers.push({ id: 'highlight', label: { en: 'highlight', zh: '亮点', ja: 'ハイライト', ko: '하이라이트' }, words: ['highlight', 'highlights'] });
    vi.resetModules();
    vi.doMock('../../data/conferences.json', () => ({ default: data }));
    try {
      const { keywordOf: fakeKeywordOf } = await import('../../src/query/context/lexicon.ts');
      expect(fakeKeywordOf('CVF')).toEqual({ type: 'conference', conference: 'cvpr' });
      expect(fakeKeywordOf('highlights')).toEqual({ type: 'status', status: 'highlight' });
      const { CONFERENCE_YEARS: years } = await import('../../src/domain/conferenceYears.ts');
      expect(years.find((c) => c.conference === ('cvpr' as never))).toMatchObject({
        year: 2024,
        files: ['pc_cvpr2024.json', 'jy_cvpr2024_authors.json'],
        official: 2719,
      });
      const { helpText } = await import('../../src/query/help/help.ts');
      expect(helpText('filters')).toContain('`cvpr` (or `cvf`)');
      expect(helpText('filters', 'ja')).toContain('`highlight`');

      const { createFixtureDatabase, FIXTURE_PAPERS } = await import('../helpers/fixtureDb.ts');
      const { openAsker } = await import('../../src/query/openAsker.ts');
      const { renderText } = await import('../../src/render/text.ts');
      const { isParseError } = await import('../../src/query/model/types.ts');
      const { mkdtempSync, rmSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const dir = mkdtempSync(path.join(tmpdir(), 'airank-venue-'));
      const file = path.join(dir, 'fixture.sqlite');
      const authors = FIXTURE_PAPERS.find((p) => p.sourceId === 'P1')!.authors;
      await createFixtureDatabase(file, {
        extraPapers: [
          {
            conference: 'cvpr' as never,
            year: 2024,
            sourceId: 'C1',
            title: 'A CVPR paper',
            status: 'highlight' as never,
            track: 'main',
            authors,
            files: ['fixture'],
          },
        ],
        extraConferenceYears: [{ conference: 'cvpr' as never, year: 2024, officialPapers: 1, hasAffiliations: true }],
      });
      const asker = openAsker(file);
      try {
        const en = asker.ask('top 10 2024 cvpr highlight');
        if (isParseError(en)) throw new Error(en.message);
        expect(en.rows.map((r) => r[1])).toEqual(['Google', 'Stanford University', 'Tsinghua University']);
        // The full footer (--details) labels each part; the default footer names them once on one line.
        const text = renderText(en, { details: true });
        expect(text).toContain('Filters: CVPR, highlight papers only');
        expect(text).toContain('Reproduce with: airank top 10 2024 cvpr highlight');
        expect(renderText(en)).toContain('CVPR, highlight papers only · 2024');
        const zh = asker.ask('top 10 2024 cvpr highlight lang:zh');
        if (isParseError(zh)) throw new Error(zh.message);
        expect(renderText(zh)).toContain('CVPR 计算机视觉, 仅亮点论文');
      } finally {
        asker.close();
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      vi.doUnmock('../../data/conferences.json');
      vi.resetModules();
    }
  });
});
