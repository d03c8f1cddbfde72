// `teamsize 2020-2024`: mean and median authors per accepted paper, by year.
import { all } from '../../db/run.ts';
import { t } from '../../i18n/t.ts';
import { formatCell } from '../../i18n/numbers.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { col } from '../figures/columns.ts';
import type { QueryContext } from '../context/context.ts';
import { buildMeta } from '../figures/meta.ts';
import type { Answer, ParsedQuery } from '../model/types.ts';
import type { Cell } from '../../domain/table.ts';

/** Median of a histogram given as [value, count] pairs sorted by value. */
function median(histogram: Array<[number, number]>, n: number): number | null {
  if (n === 0) return null;
  const at = (i: number) => {
    let seen = 0;
    for (const [value, count] of histogram) if ((seen += count) > i) return value;
    return histogram[histogram.length - 1][0];
  };
  return n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

export function teamsizeAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'teamsize' }): Answer {
  const { lang } = q.options;
  const f = q.options.filters;
  let query = ctx.db
    .selectFrom('papers')
    .select((eb) => ['year', 'n_authors', eb.fn.countAll<number>().as('papers')])
    .where('year', 'in', q.years)
    .groupBy(['year', 'n_authors'])
    .orderBy('n_authors');
  if (f.conferences.length > 0) query = query.where('conference', 'in', f.conferences);
  if (f.track) query = query.where('track', '=', f.track);
  if (f.status) query = query.where('status', '=', f.status);
  const histograms = new Map<number, Array<[number, number]>>();
  for (const r of all(ctx.sqlite, query)) histograms.set(r.year, [...(histograms.get(r.year) ?? []), [r.n_authors, r.papers]]);
  const years = [...q.years].sort((a, b) => a - b);
  const rows: Cell[][] = years.map((y) => {
    const h = histograms.get(y) ?? [];
    const n = h.reduce((s, [, count]) => s + count, 0);
    const slots = h.reduce((s, [size, count]) => s + size * count, 0);
    return [String(y), n, n > 0 ? slots / n : null, median(h, n)];
  });
  const [firstRow, lastRow] = [rows[0], rows[rows.length - 1]];
  const mean = (r: Cell[]) => formatCell(r[2], 'float');
  const headline = t(lang, rows.length > 1 ? 'head.teamsizeSince' : 'head.teamsize', {
    year: String(lastRow[0]),
    mean: mean(lastRow),
    median: formatCell(lastRow[3], 'float'),
    firstMean: mean(firstRow),
    first: String(firstRow[0]),
  });
  return {
    kind: 'teamsize',
    headline,
    title: t(lang, 'title.teamsize', { years: yearsLabel(years) }),
    columns: [
      col.year(lang),
      { key: 'papers', label: t(lang, 'col.papersAccepted'), type: 'int' },
      { key: 'mean', label: t(lang, 'col.meanAuthors'), type: 'float', series: true },
      { key: 'median', label: t(lang, 'col.medianAuthors'), type: 'float' },
    ],
    rows,
    totalRows: rows.length,
    offset: 0,
    meta: buildMeta(ctx, q, [], { years, notes: [t(lang, 'note.teamsize')] }),
  };
}
