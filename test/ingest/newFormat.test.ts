// A new source format is one reader plus data entries: an invented tab-separated paper list
// (`Name <Affiliation>` authors) gets a reader registered in the table, an entry in
// data/sources.json and a conference-year (ICML 2027) in data/conferences.json, and the real
// build reads it, writes it and counts it. No file under src/ changes.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/query/model/types.ts';
import type { ListedPaper, SourceReader } from '../../src/ingest/readers/registry.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { fakeEntry, fixtureSourcesDir, withAddedYear } from './fixtures.ts';

const FILE = 'tsv_icml2027_papers.tsv';

/** The new format's reader: header `title, decision, authors`; authors `Name <Affiliation>` joined by " | ". */
async function tsvReader(): Promise<SourceReader> {
  const { normaliseStatus } = await import('../../src/ingest/readers/sourceStatus.ts');
  const { SourceError } = await import('../../src/ingest/records/types.ts');
  return {
    format: 'invented_tsv',
    read(text, file) {
      const papers: ListedPaper[] = [];
      for (const [i, line] of text.trimEnd().split('\n').slice(1).entries()) {
        const [title, decision, authors] = line.split('\t');
        const status = normaliseStatus(decision ?? '');
        if (status === undefined || !authors) throw new SourceError(file, `line ${i + 2}`, 'needs a known decision and authors');
        if (status === null) continue;
        papers.push({
          sourceId: `tsv${i + 1}`,
          title,
          status,
          track: 'main',
          authors: authors.split(' | ').map((a) => {
            const m = /^(.*?)\s*<([^>]+)>$/.exec(a);
            return m ? { name: m[1], affiliation: m[2], evidence: 'site' as const } : { name: a };
          }),
        });
      }
      return { kind: 'papers', papers };
    },
  };
}

describe('a new source format: one reader and data entries', () => {
  it('builds ICML 2027 from the invented file, and every answer counts it', async () => {
    const dir = tempDir('airank-new-format-');
    const mirror = path.join(dir, 'mirror');
    mkdirSync(mirror);
    fixtureSourcesDir([FILE], mirror);
    const year = { year: 2027, files: [FILE], official: 2, hasAffiliations: true };
    await withAddedYear('icml', year, [fakeEntry(FILE, 'invented_tsv', 'papers')], async () => {
      const { registerReader } = await import('../../src/ingest/readers/registry.ts');
      registerReader(await tsvReader());
      const { CONFERENCE_YEARS } = await import('../../src/domain/conferenceYears.ts');
      const { build } = await import('../../src/pipeline/build.ts');
      const { openAsker } = await import('../../src/query/openAsker.ts');
      const dbPath = path.join(dir, 'airank.sqlite');
      const sha256 = createHash('sha256')
        .update(readFileSync(path.join(mirror, FILE)))
        .digest('hex');
      const manifest = [{ ...fakeEntry(FILE, 'invented_tsv', 'papers'), sha256 }];
      const summary = await build({
        dbPath,
        sourcesDir: path.join(dir, 'sources'),
        mirror,
        manifest,
        conferenceYears: CONFERENCE_YEARS.filter((c) => c.year === 2027),
      });
      // Two accepted papers (the rejected row is left out), four slots, three with a printed affiliation.
      expect(summary).toMatchObject({ papers: 2, authorships: 4, resolved: 3 });
      const asker = openAsker(dbPath);
      try {
        const rows = (q: string) => {
          const a = asker.ask(q) as Answer;
          if (!('rows' in a)) throw new Error(`${q}: ${JSON.stringify(a)}`);
          return a.rows;
        };
        // conference, year, papers listed, official, papers with an institution, slots; then the evidence and tiers.
        expect(rows('coverage').map((r) => [r[0], r[1], r[2], r[3], r[5], r[13], r[14]])).toEqual([
          ['ICML', '2027', 2, 2, 4, 'site 100.0%', 'main track: oral 1, poster 1'],
        ]);
        expect(rows('2027 icml top10').map((r) => r.slice(1, 4))).toEqual([
          ['Tsinghua University', 'China', 2],
          ['Stanford University', 'US', 1],
        ]);
      } finally {
        asker.close();
      }
    });
  });
});
