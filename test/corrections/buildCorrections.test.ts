// The build applies data/corrections.json: an entry that no longer matches a slot fails the
// build loudly, naming the entry, and the previous database keeps answering.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/build.ts';
import type { Correction } from '../../src/corrections/entry.ts';
import { DATA_DIR } from '../../src/config.ts';
import { CONFERENCE_YEARS } from '../../src/domain/conferenceYears.ts';
import { openAsker } from '../../src/query/openAsker.ts';
import { isParseError, type Answer } from '../../src/query/model/types.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { correction } from './helpers/correction.ts';
import { fixtureSourcesDir } from '../ingest/fixtures.ts';

const dir = tempDir('airank-corrections-build-');
const mirror = path.join(dir, 'mirror');
const dataDir = path.join(dir, 'data');
const dbPath = path.join(dir, 'airank.sqlite');
const YEARS = CONFERENCE_YEARS.filter((c) => c.conference === 'neurips' && c.year === 2023);

const entry = (over: Partial<Correction>): Correction => correction({ year: 2023, paper: 'paperAAA01', author: 'Mehrdad Ghadiri', ...over });

function run(corrections: unknown[]) {
  writeFileSync(path.join(dataDir, 'corrections.json'), JSON.stringify(corrections));
  const manifest = readdirSync(mirror).map((file) => ({
    file,
    url: `https://example.invalid/${file}`,
    sha256: createHash('sha256')
      .update(readFileSync(path.join(mirror, file)))
      .digest('hex'),
    role: 'fixture',
  }));
  return build({ dbPath, sourcesDir: path.join(dir, 'sources'), mirror, manifest, dataDir, conferenceYears: YEARS });
}

function ask(q: string): Answer {
  const asker = openAsker(dbPath);
  try {
    const r = asker.ask(q);
    if (isParseError(r)) throw new Error(r.message);
    return r;
  } finally {
    asker.close();
  }
}

beforeAll(async () => {
  mkdirSync(mirror);
  cpSync(DATA_DIR, dataDir, { recursive: true });
  fixtureSourcesDir(['pc_nips2023.json', 'jy_nips2023_authors.json'], mirror);
  await run([entry({})]);
});

describe('corrections at build time', () => {
  it('a matching entry moves the slot (found by source id, or by title and name)', async () => {
    const rows = ask('papers MIT 2023').rows;
    expect(rows.map((r) => [r[3], r[7]])).toEqual([
      ['Mehrdad Ghadiri', expect.stringMatching(/^correction #1 \(printed on the paper; .*was Georgia Institute of Technology\)$/)],
    ]);
    await run([entry({ paper: 'Finite population widgets & their guarantees', position: undefined, author: 'mehrdad ghadiri' })]);
    expect(ask('papers MIT 2023').rows.map((r) => r[3])).toEqual(['Mehrdad Ghadiri']);
  });

  it.each([
    [
      'a paper that is not there',
      entry({ id: 7, paper: 'No Such Paper' }),
      /entry 7 \(neurips 2023 "No Such Paper" author 1 "Mehrdad Ghadiri"\): no accepted paper "No Such Paper" at neurips 2023/,
    ],
    ['a position held by someone else', entry({ id: 8, author: 'Tung Mai' }), /entry 8 .*: author 1 is "Mehrdad Ghadiri", not "Tung Mai"/],
    ['a position past the author list', entry({ id: 9, position: 9, author: undefined }), /entry 9 .*: the paper has 5 authors, no author 9/],
    ['an institution that is not curated', entry({ id: 10, institution: 'nowhere-lab' }), /entry 10 .*: "nowhere-lab" is not a curated institution id/],
  ])('%s fails the build naming the entry, and the previous database keeps answering', async (_label, bad, message) => {
    const beforeRows = ask('papers MIT 2023').rows;
    const beforeSnapshot = ask('coverage').meta.snapshot;
    await expect(run([entry({}), bad])).rejects.toThrow(message);
    expect(ask('papers MIT 2023').rows).toEqual(beforeRows);
    expect(ask('coverage').meta.snapshot).toBe(beforeSnapshot);
  });

  it('two entries for one slot, and a malformed entry, fail naming them', async () => {
    await expect(run([entry({}), entry({ id: 2, institution: 'adobe' })])).rejects.toThrow(/entry 2 .*: the same author slot as entry 1/);
    await expect(run([entry({}), { id: 3, conference: 'neurips', year: 2023, paper: 'paperAAA01' }])).rejects.toThrow(
      /entry 3 .*"institution" \(a curated institution id\) is missing/,
    );
  });

  it('a correction changes the snapshot', async () => {
    await run([]);
    const plain = ask('coverage').meta.snapshot;
    await run([entry({})]);
    expect(ask('coverage').meta.snapshot).not.toBe(plain);
  });
});
