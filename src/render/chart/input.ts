// Reads an Answer into the two shapes a chart can show, and refuses anything else.
//
// Input rules (what the query side must produce; see also Column.series):
//
// TREND (compare/trend answers, line chart or grouped bars):
// - columns[0].key === 'year'; its cells are years: an integer or a 4-digit string.
// - Series: the columns marked `series: true`, in column order. If no column is
//   marked, every 'int'/'float' column after `year`. 'percent', 'multiple' and
//   'text' columns (shares, growth, notes) are never plotted.
// - Series name on the chart = column.label (so the query side localizes it, e.g.
//   with countryName/institutionName).
// - Rows whose first cell is not a year ('Total', 'All years', ...) are summary rows
//   and are skipped. A year appearing twice is an error.
// - A null cell is "no figure" (coverage gap) and is drawn as a gap, never as 0.
//   Any other non-number in a series cell is an error: nothing is coerced.
//
// RANKING (top/countries answers, horizontal bars):
// - A label column: key 'name', else the first 'text' column other than 'rank'.
// - One value column: the first `series: true` column, else the first 'int'/'float'
//   column other than 'rank'.
// - Bars keep the row order of the answer (its ranking, ties included).
// - If a 'rank' column exists, rows whose rank cell is null are summary rows
//   ('Total', 'Others') and are skipped.
// - A null or non-number value is an error.
import type { Answer } from '../../query/model/types.ts';
import type { Cell, Column } from '../../domain/table.ts';

export class ChartInputError extends Error {
  constructor(message: string) {
    super(`chart: ${message}`);
    this.name = 'ChartInputError';
  }
}

export interface TrendPoint {
  year: string;
  series: string; // column label
  value: number | null;
}

export interface TrendInput {
  shape: 'trend';
  years: string[];
  series: Column[];
  points: TrendPoint[];
}

export interface Bar {
  label: string;
  value: number;
  order: number;
}

export interface RankingInput {
  shape: 'ranking';
  labelColumn: Column;
  valueColumn: Column;
  bars: Bar[];
}

export type ChartInput = TrendInput | RankingInput;

const NUMERIC = new Set<Column['type']>(['int', 'float']);

function yearOf(cell: Cell): string | null {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2100) return String(cell);
  if (typeof cell === 'string' && /^\s*\d{4}\s*$/.test(cell)) return cell.trim();
  return null;
}

function checkNumber(cell: Cell, where: string, allowNull: boolean): number | null {
  if (cell === null && allowNull) return null;
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  throw new ChartInputError(`${where}: expected a number${allowNull ? ' or null' : ''}, got ${JSON.stringify(cell)}`);
}

function marked(answer: Answer): Column[] {
  const cols = answer.columns.filter((c) => c.series);
  for (const c of cols) {
    if (!NUMERIC.has(c.type)) throw new ChartInputError(`column '${c.key}' is marked series but has type '${c.type}'`);
  }
  return cols;
}

function readTrend(answer: Answer): TrendInput {
  const explicit = marked(answer);
  const series = explicit.length > 0 ? explicit : answer.columns.slice(1).filter((c) => NUMERIC.has(c.type));
  if (series.length === 0) throw new ChartInputError('no int/float column to plot after `year`');
  const index = new Map(answer.columns.map((c, i) => [c.key, i]));
  const labels = new Set<string>();
  for (const s of series) {
    if (labels.has(s.label)) throw new ChartInputError(`two series share the label '${s.label}'`);
    labels.add(s.label);
  }

  const years: string[] = [];
  const points: TrendPoint[] = [];
  for (const row of answer.rows) {
    const year = yearOf(row[0]);
    if (year === null) continue; // summary row
    if (years.includes(year)) throw new ChartInputError(`year ${year} appears twice`);
    years.push(year);
    for (const s of series) {
      const value = checkNumber(row[index.get(s.key)!] ?? null, `${year} / ${s.key}`, true);
      points.push({ year, series: s.label, value });
    }
  }
  if (years.length === 0) throw new ChartInputError('no year rows');
  years.sort();
  return { shape: 'trend', years, series, points };
}

function readRanking(answer: Answer): RankingInput {
  const cols = answer.columns;
  const labelColumn = cols.find((c) => c.key === 'name') ?? cols.find((c) => c.type === 'text' && c.key !== 'rank');
  if (!labelColumn) throw new ChartInputError('ranking answer has no label column');
  const valueColumn = marked(answer)[0] ?? cols.find((c) => NUMERIC.has(c.type) && c.key !== 'rank');
  if (!valueColumn) throw new ChartInputError('ranking answer has no int/float value column');
  const li = cols.indexOf(labelColumn);
  const vi = cols.indexOf(valueColumn);
  const ri = cols.findIndex((c) => c.key === 'rank');

  const bars: Bar[] = [];
  answer.rows.forEach((row) => {
    if (ri >= 0 && (row[ri] === null || row[ri] === '')) return; // summary row
    let label = String(row[li] ?? '');
    // Bars are keyed by label; two entities with the same display name would merge
    // into one bar, so later ones get invisible zero-width spaces to stay distinct.
    while (bars.some((b) => b.label === label)) label += '\u200b';
    const value = checkNumber(row[vi] ?? null, `row '${label}' / ${valueColumn.key}`, false) as number;
    bars.push({ label, value, order: bars.length });
  });
  if (bars.length === 0) throw new ChartInputError('no rows to plot');
  return { shape: 'ranking', labelColumn, valueColumn, bars };
}

export function readChartInput(answer: Answer): ChartInput {
  if (answer.columns.length === 0) throw new ChartInputError(`a '${answer.kind}' answer has no table to chart`);
  return answer.columns[0].key === 'year' ? readTrend(answer) : readRanking(answer);
}
