// 2020 printed affiliations joined to profiles by unique name, so that they bracket 2021.
import { describe, expect, it } from 'vitest';
import type { SourcePaper } from '../../src/ingest/records/types.ts';
import type { RootOf } from '../../src/link/linkEvidence.ts';
import { addPrintedRecords, printedRecords } from '../../src/link/printedRecords.ts';
import { buildProfileIndex, profileValue, type ProfileRecord } from '../../src/link/profileIndex.ts';

const rec = (name: string, openreviewId: string, affiliation: string, year: number): ProfileRecord => ({
  paperId: `p-${openreviewId}-${year}`,
  name,
  openreviewId,
  affiliation,
  alignment: 'id',
  year,
});
const root: RootOf = (aff) => (aff ? aff.split(',')[0].trim().toLowerCase() : null);
const site = (authors: Array<[string, string?]>): SourcePaper => ({
  conference: 'neurips',
  year: 2020,
  sourceId: 's',
  title: 'T',
  status: 'poster',
  track: 'main',
  files: [],
  authors: authors.map(([name, affiliation]) => (affiliation ? { name, affiliation, evidence: 'site' } : { name })),
});

describe('printed 2020 affiliations', () => {
  const records = () => [
    rec('Dee Park', '~Dee_Park1', 'Univ Alpha', 2022),
    rec('Ana Lopo', '~Ana_Lopo1', 'Univ Beta', 2022),
    rec('Ana Lopo', '~Ana_Lopo2', 'Univ Beta', 2022),
    rec('Bo Quill', '~Bo_Quill1', 'Univ Gamma', 2022),
  ];

  it('reads only what the paper printed', () => {
    expect(printedRecords([site([['Dee Park', 'Univ Alpha, Lab'], ['No Affil']])])).toEqual([{ name: 'Dee Park', affiliation: 'Univ Alpha, Lab', year: 2020 }]);
  });

  it('brackets 2021 for the one profile a printed name names', () => {
    const index = buildProfileIndex(records());
    expect(profileValue(index, '~Dee_Park1', 2021, root)?.stable).toBe(false);
    const printed = printedRecords([
      site([
        ['Dee Park', 'Univ Alpha, Lab'],
        ['Ana Lopo', 'Univ Beta'],
        ['Bo Quill', 'Univ Gamma'],
      ]),
      site([['Bo Quill', 'Univ Delta']]),
    ]);
    // Ana Lopo names two profiles; Bo Quill was printed at two institutions: neither takes a value.
    expect(addPrintedRecords(index, printed, root)).toBe(1);
    expect(profileValue(index, '~Dee_Park1', 2021, root)).toMatchObject({ stable: true, basis: 'bracket' });
    expect(profileValue(index, '~Bo_Quill1', 2021, root)?.stable).toBe(false);
  });

  it('does not bracket when the printed institution differs from the later one', () => {
    const index = buildProfileIndex(records());
    addPrintedRecords(index, printedRecords([site([['Dee Park', 'Univ Omega']])]), root);
    expect(profileValue(index, '~Dee_Park1', 2021, root)).toMatchObject({ stable: false, basis: 'moved' });
  });
});
