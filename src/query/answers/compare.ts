// `compare US CN 2020-2024`: groups side by side, year by year, with share and growth.
import { t, joinList } from '../../i18n/t.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { aggregate, type AggregateRequest, type AggregateRow } from '../aggregate.ts';
import { col, valueColumn } from '../columns.ts';
import type { QueryContext } from '../context.ts';
import { buildMeta } from '../meta.ts';
import { entityKey, entityLabel } from '../names.ts';
import type { Answer, Cell, Column, Entity, ParsedQuery } from '../types.ts';
import { linkedShare } from './linked.ts';

export interface Series {
  entity: Entity;
  label: string;
  byYear: Map<number, AggregateRow>;
  total: AggregateRow | undefined;
}

/** Figures for each entity per year and over all years, plus the denominators for shares. */
export function seriesFor(ctx: QueryContext, q: ParsedQuery, entities: Entity[], years: number[]) {
  const series: Series[] = entities.map((entity) => {
    const request: AggregateRequest = { years, options: q.options, groupBy: entity.kind, only: [entityKey(entity)] };
    return {
      entity,
      label: entityLabel(ctx, entity, q.options.lang),
      byYear: new Map(aggregate(ctx, { ...request, byYear: true }).map((r) => [r.year!, r])),
      total: aggregate(ctx, request)[0],
    };
  });
  const denominators = (kind: Entity['kind']) => {
    const request = { years, options: q.options, groupBy: kind, total: true } as const;
    return {
      byYear: new Map(aggregate(ctx, { ...request, byYear: true }).map((r) => [r.year!, r.value])),
      total: aggregate(ctx, request)[0]?.value ?? 0,
    };
  };
  const totals = { country: denominators('country'), institution: denominators('institution') };
  return { series, totals };
}

const share = (value: number, of: number | undefined): number | null => (of ? value / of : null);

export function compareAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'compare' }): Answer {
  const { lang } = q.options;
  const years = [...q.years].sort((a, b) => a - b);
  const { series, totals } = seriesFor(ctx, q, q.entities, years);
  const columns: Column[] = [col.year(lang)];
  for (const s of series) {
    const key = entityKey(s.entity);
    columns.push(
      { ...valueColumn(q.options.method, lang, key, s.label), series: true },
      col.share(lang, `${key}_share`, `${s.label} ${t(lang, 'col.share').toLowerCase()}`),
      col.growth(lang, `${key}_growth`, `${s.label} ×${years[0]}`),
    );
  }
  const rows: Cell[][] = years.map((year) => {
    const row: Cell[] = [String(year)];
    for (const s of series) {
      const value = s.byYear.get(year)?.value ?? 0;
      const base = s.byYear.get(years[0])?.value ?? 0;
      row.push(value, share(value, totals[s.entity.kind].byYear.get(year)), base > 0 ? value / base : null);
    }
    return row;
  });
  if (years.length > 1) {
    const row: Cell[] = [t(lang, 'col.total')];
    for (const s of series) {
      const value = s.total?.value ?? 0;
      row.push(value, share(value, totals[s.entity.kind].total), null);
    }
    rows.push(row);
  }
  const growthNotes = years.length > 1
    ? series.map((s) => {
        const first = s.byYear.get(years[0])?.value ?? 0;
        const last = s.byYear.get(years[years.length - 1])?.value ?? 0;
        return first > 0 ? `${s.label}: x${(last / first).toFixed(1)} from ${years[0]} to ${years[years.length - 1]}.` : `${s.label}: no figure in ${years[0]}, so no growth multiple.`;
      })
    : [];
  return {
    kind: 'compare',
    title: t(lang, 'title.compare', { names: joinList(lang, series.map((s) => s.label)), years: yearsLabel(years) }),
    columns,
    rows,
    totalRows: rows.length,
    offset: 0,
    meta: buildMeta(ctx, q, years, {
      linkedShare: linkedShare(series.flatMap((s) => (s.total ? [s.total] : []))),
      notes: [...growthNotes, 'Share: of the same figure over all author slots of that year with a known country (countries) or a resolved institution (institutions).'],
    }),
  };
}
