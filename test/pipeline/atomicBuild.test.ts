// A failed build (malformed source, wrong checksum) names the file and record, and the
// previous database keeps answering. Built from hand-written fixture sources.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/build.ts';
import { CONFERENCE_YEARS } from '../../src/domain/conferenceYears.ts';
import { openAsker } from '../../src/query/openAsker.ts';
import { isParseError, type Answer } from '../../src/query/model/types.ts';
import type { SourceFile } from '../../src/sources/manifest.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { fixtureSourcesDir } from '../ingest/fixtures.ts';

const YEARS = CONFERENCE_YEARS.filter((c) => (c.conference === 'neurips' && c.year === 2023) || (c.conference === 'iclr' && c.year === 2024));

const dir = tempDir('airank-build-');
const mirror = path.join(dir, 'mirror');
const dbPath = path.join(dir, 'airank.sqlite');

function manifest(): SourceFile[] {
  return readdirSync(mirror).map((file) => ({
    file,
    url: `https://example.invalid/${file}`,
    sha256: createHash('sha256')
      .update(readFileSync(path.join(mirror, file)))
      .digest('hex'),
    role: 'fixture',
  }));
}

function run(m = manifest(), sourcesDir = path.join(dir, `sources-${Math.random().toString(36).slice(2)}`)) {
  return build({ dbPath, sourcesDir, mirror, manifest: m, conferenceYears: YEARS });
}

function coverageRows(): Answer['rows'] {
  const asker = openAsker(dbPath);
  try {
    const r = asker.ask('coverage');
    if (isParseError(r)) throw new Error(r.message);
    return r.rows;
  } finally {
    asker.close();
  }
}

beforeAll(async () => {
  mkdirSync(mirror);
  fixtureSourcesDir(
    [
      'pc_nips2023.json',
      'jy_nips2023_authors.json',
      'at_iclr2024_accepted.csv',
      'cx_iclr2024_authorids.json',
      'cx_profile_cache.json',
      'eu_iclr2024_submissions.md',
    ],
    mirror,
  );
  await run();
});

describe('atomic builds', () => {
  it('builds from the mirror and answers', () => {
    const rows = coverageRows();
    expect(rows.length).toBe(2);
    expect(rows.every((r) => Number(r[2]) > 0)).toBe(true);
  });

  it('a truncated JSON source fails naming the file, and the old database still answers', async () => {
    const before = coverageRows();
    const text = readFileSync(path.join(mirror, 'pc_nips2023.json'), 'utf8');
    writeFileSync(path.join(mirror, 'pc_nips2023.json'), text.slice(0, Math.floor(text.length / 2)));
    await expect(run()).rejects.toThrow(/pc_nips2023\.json/);
    expect(coverageRows()).toEqual(before);
    writeFileSync(path.join(mirror, 'pc_nips2023.json'), text);
  });

  it('builds ICLR 2024 slots from their author ids: the profile entry of 2024 is labelled id_profile', () => {
    const asker = openAsker(dbPath);
    try {
      const r = asker.ask('papers Tsinghua 2024 iclr');
      if (isParseError(r)) throw new Error(r.message);
      expect(r.rows.map((row) => [row[3], row[7]])).toContainEqual(['Kevin Example', "id_profile (the author's id, profile entry active in 2024) / alias"]);
    } finally {
      asker.close();
    }
  });

  it('a malformed new source (author ids, profile cache) fails naming the file and record, and the old database still answers', async () => {
    const before = coverageRows();
    for (const [file, bad] of [
      ['cx_iclr2024_authorids.json', (t: string) => t.replace('"~Dan_Sample1"', '"Dan Sample"')],
      ['cx_profile_cache.json', (t: string) => t.slice(0, Math.floor(t.length / 2))],
    ] as const) {
      const text = readFileSync(path.join(mirror, file), 'utf8');
      writeFileSync(path.join(mirror, file), bad(text));
      await expect(run()).rejects.toThrow(
        file === 'cx_iclr2024_authorids.json' ? /cx_iclr2024_authorids\.json \(record #4 "Invented Paper One"\)/ : /cx_profile_cache\.json: invalid JSON/,
      );
      expect(coverageRows()).toEqual(before);
      writeFileSync(path.join(mirror, file), text);
    }
  });

  it('a record without authors fails naming the file and the record', async () => {
    const before = coverageRows();
    const file = path.join(mirror, 'at_iclr2024_accepted.csv');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.trimEnd()}\nA Paper With No Authors,2023,ICLR,"",poster,,abstract,https://example.org/x\n`);
    await expect(run()).rejects.toThrow(/at_iclr2024_accepted\.csv.*(record|row|line)/i);
    expect(coverageRows()).toEqual(before);
    writeFileSync(file, text);
  });

  it('a wrong checksum is an error naming the file, never a warning', async () => {
    const before = coverageRows();
    const m = manifest().map((f) => (f.file === 'at_iclr2024_accepted.csv' ? { ...f, sha256: '0'.repeat(64) } : f));
    await expect(run(m)).rejects.toThrow(/at_iclr2024_accepted\.csv: checksum mismatch/);
    expect(coverageRows()).toEqual(before);
  });

  it('a file found nowhere names the file and both places looked', async () => {
    const m = [...manifest(), { file: 'missing.json', url: 'http://127.0.0.1:9/missing.json', sha256: 'a'.repeat(64), role: 'fixture' }];
    await expect(run(m)).rejects.toThrow(/missing\.json: could not be obtained.*mirror .*missing\.json.*download http:\/\/127\.0\.0\.1:9/);
  });
});
