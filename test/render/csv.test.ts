// CSV cells that spreadsheets would misread: "1/5" (author position) must stay text.
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/csv.ts';
import { meta } from './chart-fixtures.ts';
import type { Answer } from '../../src/query/model/types.ts';

function csv(cells: Array<string | number | null>): string {
  const answer: Answer = {
    kind: 'papers',
    headline: 'h',
    title: 't',
    columns: cells.map((_, k) => ({ key: `c${k}`, label: `C${k}`, type: typeof cells[k] === 'number' ? 'int' : 'text' })),
    rows: [cells],
    totalRows: 1,
    offset: 0,
    meta: meta(),
  };
  return renderCsv(answer).split('\n')[1];
}

describe('CSV cells', () => {
  it('writes positions, ranges and formulas so a spreadsheet keeps them as text', () => {
    expect(csv(['1/5'])).toBe('"=""1/5"""');
    expect(csv(['3-4'])).toBe('"=""3-4"""');
    expect(csv(['=SUM(A1)'])).toBe('"=""=SUM(A1)"""');
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csv(['Tsinghua University', 1369, 'ICLR 2024', '–/5'])).toBe('Tsinghua University,1369,ICLR 2024,–/5');
    expect(csv(['a, b'])).toBe('"a, b"');
  });
});
