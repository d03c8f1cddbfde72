// `teamsize 2020-2024`: mean and median authors per accepted paper, by year.
import { all } from '../../db/run.ts';
import { yearsLabel } from '../../i18n/years.ts';
import type { QueryContext } from '../context.ts';
import { buildMeta } from '../meta.ts';
import type { Answer, Cell, ParsedQuery } from '../types.ts';

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function teamsizeAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'teamsize' }): Answer {
  const f = q.options.filters;
  let query = ctx.db.selectFrom('papers').select(['year', 'n_authors']).where('year', 'in', q.years);
  if (f.conferences.length > 0) query = query.where('conference', 'in', f.conferences);
  if (f.track) query = query.where('track', '=', f.track);
  if (f.status) query = query.where('status', '=', f.status);
  const sizes = new Map<number, number[]>();
  for (const r of all(ctx.sqlite, query.orderBy('n_authors'))) sizes.set(r.year, [...(sizes.get(r.year) ?? []), r.n_authors]);
  const years = [...q.years].sort((a, b) => a - b);
  const rows: Cell[][] = years.map((y) => {
    const s = sizes.get(y) ?? [];
    return [String(y), s.length, s.length ? s.reduce((a, b) => a + b, 0) / s.length : null, median(s)];
  });
  return {
    kind: 'teamsize',
    title: `Authors per accepted paper, ${yearsLabel(years)}`,
    columns: [
      { key: 'year', label: 'Year', type: 'text' },
      { key: 'papers', label: 'Accepted papers', type: 'int' },
      { key: 'mean', label: 'Mean authors', type: 'float', series: true },
      { key: 'median', label: 'Median authors', type: 'float' },
    ],
    rows,
    totalRows: rows.length,
    offset: 0,
    meta: buildMeta(ctx, q, [], { years, notes: ['Counts every accepted paper in scope, whether or not its authors have affiliations.'] }),
  };
}
