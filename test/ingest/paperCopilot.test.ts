import { describe, expect, it } from 'vitest';
import { readPaperCopilot } from '../../src/ingest/readers/paperCopilot.ts';
import { fixture } from './fixtures.ts';

describe('Paper Copilot reader', () => {
  it('reads `authors` with ", " separators, decodes entities, normalises status and track', () => {
    const rows = readPaperCopilot(fixture('pc_nips2023.json'), 'pc_nips2023.json');
    expect(rows[0]).toMatchObject({ title: 'Finite Population Widgets & Their Guarantees', status: 'spotlight', track: 'main' });
    expect(rows[0].authors).toHaveLength(5);
    expect(rows[1]).toMatchObject({ status: 'poster', track: 'datasets_benchmarks' });
    expect(rows[2].status).toBeNull();
    expect(rows[3].authors).toEqual(['José Ramos', 'Eve Stone']);
  });

  it('reads `author` with ";" separators without cutting entities, and maps Top-5%/Top-25%/Talk', () => {
    const rows = readPaperCopilot(fixture('pc_iclr2022.json'), 'pc_iclr2022.json');
    expect(rows[0].authors).toEqual(['Texas A&M Person', 'René Vidal', 'Ann Lee']);
    expect(rows.map((r) => r.status)).toEqual(['oral', 'spotlight', null, 'oral']);
    expect(rows[1].authors).toEqual(['Ann Lee', '', 'Bo Li']); // a lost name stays visible
    expect(rows[2].authors).toEqual([]);
  });
});
