import { describe, expect, it } from 'vitest';
import { ChartInputError, readChartInput } from '../../src/render/chart/input.ts';
import { compareAnswer, rankingAnswer } from './chart-fixtures.ts';

describe('readChartInput: trends', () => {
  it('plots int columns after year, skips percent/multiple columns and the Total row', () => {
    const input = readChartInput(compareAnswer());
    if (input.shape !== 'trend') throw new Error('expected trend');
    expect(input.years).toEqual(['2022', '2023', '2024']);
    expect(input.series.map((s) => s.key)).toEqual(['US', 'CN']);
    expect(input.points).toHaveLength(6);
    expect(input.points.find((p) => p.year === '2024' && p.series === 'China')?.value).toBe(130);
  });

  it('keeps a missing figure as null, never 0', () => {
    const input = readChartInput(compareAnswer());
    if (input.shape !== 'trend') throw new Error('expected trend');
    expect(input.points.find((p) => p.year === '2023' && p.series === 'China')?.value).toBeNull();
  });

  it('uses only columns marked series when any is marked', () => {
    const a = compareAnswer();
    a.columns = a.columns.map((c) => (c.key === 'CN' ? { ...c, series: true } : c));
    const input = readChartInput(a);
    if (input.shape !== 'trend') throw new Error('expected trend');
    expect(input.series.map((s) => s.key)).toEqual(['CN']);
  });

  it('accepts integer years', () => {
    const a = compareAnswer({
      rows: [
        [2023, 1, 2, null, null],
        [2024, 3, 4, null, null],
      ],
    });
    const input = readChartInput(a);
    expect(input.shape === 'trend' && input.years).toEqual(['2023', '2024']);
  });

  it('rejects what it cannot plot faithfully', () => {
    expect(() => readChartInput(compareAnswer({ rows: [['2022', '120', 80, null, null]] }))).toThrow(ChartInputError);
    expect(() =>
      readChartInput(
        compareAnswer({
          rows: [
            ['2022', 1, 2, null, null],
            ['2022', 3, 4, null, null],
          ],
        }),
      ),
    ).toThrow(/twice/);
    expect(() => readChartInput(compareAnswer({ rows: [['Total', 1, 2, null, null]] }))).toThrow(/no year rows/);
    const marked = compareAnswer();
    marked.columns = marked.columns.map((c) => (c.key === 'CN_share' ? { ...c, series: true } : c));
    expect(() => readChartInput(marked)).toThrow(/percent/);
  });
});

describe('readChartInput: rankings', () => {
  it('keeps the answer order, ties included, and skips rank-less summary rows', () => {
    const input = readChartInput(rankingAnswer());
    if (input.shape !== 'ranking') throw new Error('expected ranking');
    expect(input.labelColumn.key).toBe('name');
    expect(input.valueColumn.key).toBe('authors');
    expect(input.bars.map((b) => [b.label, b.value])).toEqual([
      ['Alpha University', 300],
      ['Beta Institute', 200],
      ['Gamma Lab', 200],
    ]);
  });

  it('keeps two entities with the same display name as two bars', () => {
    const a = rankingAnswer({
      rows: [
        [1, 'Same', 'US', 5, null],
        [2, 'Same', 'CN', 4, null],
      ],
    });
    const input = readChartInput(a);
    if (input.shape !== 'ranking') throw new Error('expected ranking');
    expect(new Set(input.bars.map((b) => b.label)).size).toBe(2);
    expect(input.bars.map((b) => b.value)).toEqual([5, 4]);
  });

  it('refuses a null figure in a ranking', () => {
    expect(() => readChartInput(rankingAnswer({ rows: [[1, 'Alpha', 'US', null, null]] }))).toThrow(ChartInputError);
  });

  it('refuses an answer with no table', () => {
    expect(() => readChartInput(rankingAnswer({ kind: 'help', columns: [], rows: [] }))).toThrow(/no table/);
  });
});
