// `compare US CN 2020-2024`: groups side by side, year by year, with share and growth.
import { t, joinList } from '../../i18n/t.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { col, valueColumn } from '../figures/columns.ts';
import type { QueryContext } from '../context/context.ts';
import { Figures } from '../figures/figures.ts';
import { buildMeta, shareNote } from '../figures/meta.ts';
import { entityKey, entityLabel } from '../context/names.ts';
import type { Answer, Entity, ParsedQuery } from '../model/types.ts';
import { countryRule } from '../figures/countryRule.ts';
import { linkedShare } from './linked.ts';
import type { Cell, Column } from '../../domain/table.ts';
import { formatCell } from '../../i18n/numbers.ts';
import { methodDef } from '../model/methods.ts';

/** One Figures table per kind of entity asked about (countries, institutions). */
export function figuresByKind(ctx: QueryContext, q: ParsedQuery, entities: Entity[], years: number[]) {
  const out = new Map<Entity['kind'], Figures>();
  for (const kind of new Set(entities.map((e) => e.kind))) {
    const keys = entities.filter((e) => e.kind === kind).map(entityKey);
    out.set(kind, new Figures(ctx, kind, years, q.options, keys));
  }
  return (e: Entity) => out.get(e.kind)!;
}

/** The country rule when countries are compared or a country filter is in force. */
function countryRuleOf(ctx: QueryContext, q: ParsedQuery & { kind: 'compare' }, years: number[]) {
  const codes = q.entities.flatMap((e) => (e.kind === 'country' ? [e.code] : []));
  return codes.length > 0 || q.options.filters.country ? countryRule(ctx, years, q.options, codes) : null;
}

const share = (value: number, of: number): number | null => (of > 0 ? value / of : null);

export function compareAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'compare' }): Answer {
  const { lang } = q.options;
  const years = [...q.years].sort((a, b) => a - b);
  const figuresOf = figuresByKind(ctx, q, q.entities, years);
  const series = q.entities.map((entity) => ({ entity, key: entityKey(entity), label: entityLabel(ctx, entity, lang), figures: figuresOf(entity) }));
  const columns: Column[] = [col.year(lang)];
  for (const s of series) {
    columns.push(
      { ...valueColumn(q.options.method, lang, s.key, s.label), series: true },
      // A 700 px message shows counts and growth first; shares are in the CSV (and growth too beyond two groups).
      { ...col.share(lang, `${s.key}_share`, `${s.label} ${t(lang, 'col.share').toLowerCase()}`), detail: true },
      { ...col.growth(lang, `${s.key}_growth`, `${s.label} ×${years[0]}`), ...(series.length > 2 ? { detail: true as const } : {}) },
    );
  }
  const rows: Cell[][] = years.map((year) => {
    const row: Cell[] = [String(year)];
    for (const s of series) {
      const value = s.figures.get(s.key, year).value;
      const base = s.figures.get(s.key, years[0]).value;
      row.push(value, share(value, s.figures.total(year)), base > 0 ? value / base : null);
    }
    return row;
  });
  if (years.length > 1) {
    const row: Cell[] = [t(lang, 'col.total')];
    for (const s of series) {
      const value = s.figures.get(s.key).value;
      row.push(value, share(value, s.figures.total()), null);
    }
    rows.push(row);
  }
  const first = years[0];
  const last = years[years.length - 1];
  const growthNotes =
    years.length > 1
      ? series.map((s) => {
          const base = s.figures.get(s.key, first).value;
          return base > 0
            ? `${s.label}: x${(s.figures.get(s.key, last).value / base).toFixed(1)} from ${first} to ${last}.`
            : `${s.label}: no figure in ${first}, so no growth multiple.`;
        })
      : [];
  const linkedByYear = years.map((y) => ({ y, share: linkedShare(series.map((s) => s.figures.get(s.key, y))) })).filter((l) => l.share);
  const rule = countryRuleOf(ctx, q, years);
  const type = methodDef(q.options.method).type;
  const items = series.map((s) => {
    const value = formatCell(s.figures.get(s.key, last).value, type);
    const base = s.figures.get(s.key, first).value;
    return years.length > 1 && base > 0
      ? t(lang, 'head.compareGrowth', { name: s.label, value, growth: (s.figures.get(s.key, last).value / base).toFixed(1), first })
      : `${s.label} ${value}`;
  });
  return {
    kind: 'compare',
    headline: t(lang, 'head.compare', { year: last, list: items.join(t(lang, 'word.listSep')) }),
    title: t(lang, 'title.compare', {
      names: joinList(
        lang,
        series.map((s) => s.label),
      ),
      years: yearsLabel(years),
    }),
    columns,
    rows,
    totalRows: rows.length,
    offset: 0,
    meta: buildMeta(ctx, q, years, {
      linkedShare: linkedShare(series.map((s) => s.figures.get(s.key))),
      notes: [
        ...growthNotes,
        ...(linkedByYear.length > 0 ? [`Linked evidence by year: ${linkedByYear.map((l) => `${l.y} ${(l.share! * 100).toFixed(1)}%`).join(', ')}.`] : []),
        shareNote(
          lang,
          q.options.method,
          q.entities.map((e) => e.kind),
          'inYear',
        ),
        ...(rule ? [rule.line] : []),
      ],
      caveats: rule?.caveat ? [rule.caveat] : [],
    }),
  };
}
