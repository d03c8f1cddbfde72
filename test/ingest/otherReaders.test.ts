import { describe, expect, it } from 'vitest';
import { parsePythonNameList, readAtIclr2024 } from '../../src/ingest/readers/atIclr2024.ts';
import { readDblp } from '../../src/ingest/readers/dblp.ts';
import { readEuIclr2024 } from '../../src/ingest/readers/euIclr2024.ts';
import { fixture } from './fixtures.ts';

describe('at_iclr2024 CSV', () => {
  it('reads tiers and Python-list names, including names with apostrophes', () => {
    const rows = readAtIclr2024(fixture('at_iclr2024_accepted.csv'), 'at_iclr2024_accepted.csv');
    expect(rows.map((r) => r.status)).toEqual(['oral', 'spotlight', 'poster']);
    expect(rows[1].authors).toEqual(["Stéphane d'Exemple", 'Sören Test', 'Carlo Second']);
    expect(rows[2].authors).toEqual(['Riad Example', "Carlo D'Invent"]);
  });
  it('reads double-quoted items too', () => {
    expect(parsePythonNameList(`['A B', "C O'D", 'E F']`)).toEqual(['A B', "C O'D", 'E F']);
  });
});

describe('dblp JSON lines', () => {
  it('splits on "; " without cutting numeric entities and drops the final period', () => {
    const rows = readDblp(fixture('dblp_icml_2022.jsonl'), 'dblp_icml_2022.jsonl');
    expect(rows[0]).toMatchObject({ title: 'Semicolon Lists', authors: ['René Vidal', 'Ann Lee'] });
  });
});

describe('eu_iclr2024 markdown (shifted labels)', () => {
  it('returns names from "Affiliation:", institutions from "Country:", countries from "Rating:"', () => {
    const rows = readEuIclr2024(fixture('eu_iclr2024_submissions.md'), 'eu_iclr2024_submissions.md');
    expect(rows[0]).toEqual({
      title: 'An Invented Submission',
      authors: ['Ana Lima', 'Bo Chen'],
      institutions: ['Lakeside University', 'Northfield Institute'],
      countries: ['United States', 'Canada'],
    });
    expect(rows[1]).toMatchObject({ title: 'Another: With A Colon', authors: ['Solo Writer'], institutions: [], countries: [] });
  });
});
