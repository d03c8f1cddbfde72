// Issue 23: a figure that includes a provisional conference-year says so in one line with the
// share of its slots resolved; mixed with complete years it says that too; the scope marks the
// years; a question without a year stays on the complete years (fixture database).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asker } from '../../src/query/asker.ts';
import { openAsker } from '../../src/query/openAsker.ts';
import { isParseError } from '../../src/query/model/types.ts';
import { renderText } from '../../src/render/text.ts';
import { createFixtureDatabase, FIXTURE_PAPERS } from '../helpers/fixtureDb.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'airank-provisional-'));
let asker: Asker;

beforeAll(async () => {
  const file = path.join(dir, 'fixture.sqlite');
  const known = FIXTURE_PAPERS.find((p) => p.sourceId === 'P1')!.authors;
  // Two papers: one with the fixture's resolved authors, one whose three slots have no evidence (3 of 6 resolved).
  const unknown = [{ name: 'No One' }, { name: 'Nobody Else' }, { name: 'Still Nobody' }];
  await createFixtureDatabase(file, {
    extraPapers: [
      { conference: 'iclr', year: 2025, sourceId: 'N1', title: 'A provisional paper', status: 'unknown', track: 'main', authors: known, files: ['fixture'] },
      { conference: 'iclr', year: 2025, sourceId: 'N2', title: 'Another one', status: 'unknown', track: 'main', authors: unknown, files: ['fixture'] },
    ],
    extraConferenceYears: [{ conference: 'iclr', year: 2025, officialPapers: 2, hasAffiliations: false, provisional: true }],
  });
  asker = openAsker(file);
});
afterAll(() => {
  asker.close();
  rmSync(dir, { recursive: true, force: true });
});

function text(q: string): string {
  const a = asker.ask(q);
  if (isParseError(a)) throw new Error(a.message);
  return renderText(a);
}

describe('provisional conference-years', () => {
  it('a figure including one says so once, with the share of its slots resolved', () => {
    const out = text('top 10 2025');
    expect(out.match(/⚠/g)).toHaveLength(1);
    expect(out).toContain('⚠ 2025 provisional: ICLR 2025 50.0% of author slots in scope resolved');
    expect(out).toContain(' · 2025 (provisional) · ');
    expect(out).not.toContain('compared with complete');
  });
  it('mixed with complete years, it says the comparison is not like for like', () => {
    const out = text('compare US CN 2020-2025');
    expect(out).toContain(' · 2020–2025 (2025 provisional) · ');
    expect(out).toContain('; compared with complete 2020, 2024, part of any change is missing data');
  });
  it('a question without a year covers the complete years, and the scope says so', () => {
    const out = text('top 10');
    expect(out).toContain(' · 2024 (complete) · ');
    expect(out).not.toContain('provisional');
    expect(text('compare US CN')).toContain(' · 2020–2024 (complete) · ');
  });
  it('coverage lists it with every figure it lists for a complete year, and says the values are linked', () => {
    const a = asker.ask('coverage');
    if (isParseError(a)) throw new Error(a.message);
    const keys = a.columns.map((c) => c.key);
    const row = a.rows.find((r) => r[0] === 'ICLR' && r[1] === '2025')!;
    const cell = (key: string) => row[keys.indexOf(key)];
    // 6 slots: 3 carry a value, all 3 resolve.
    expect(cell('affiliation')).toBeCloseTo(0.5);
    expect(cell('evidence')).toBeCloseTo(0.5);
    expect(cell('resolved')).toBeCloseTo(0.5);
    expect(cell('resolved_of_evidence')).toBeCloseTo(1);
    // Said once, in the notes behind "Caveats & method" (where those columns show), not in every linked row.
    expect(a.meta.notes.join(' ')).toContain('In a year filled only by linking, the affiliation and e-mail columns count the values linking gave.');
    expect(String(cell('note'))).toMatch(/provisional.*filled only by linking$/);
    // A gap year nothing filled stays blank, never 0%.
    const iclr24 = a.rows.find((r) => r[0] === 'ICLR' && r[1] === '2024')!;
    expect(iclr24[keys.indexOf('affiliation')]).toBeNull();
  });
});
