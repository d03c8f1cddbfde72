// `Tsinghua`, `rank RIKEN 2024`, `JP`: one group's figure and rank, year by year.
import { t } from '../../i18n/t.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { aggregate, ranked } from '../aggregate.ts';
import { col, valueColumn } from '../columns.ts';
import type { QueryContext } from '../context.ts';
import { buildMeta } from '../meta.ts';
import { countryLabel, entityKey } from '../names.ts';
import type { Answer, Cell, ParsedQuery } from '../types.ts';
import { seriesFor } from './compare.ts';
import { linkedShare } from './linked.ts';

export function entityAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'institution' }): Answer {
  const { lang } = q.options;
  const years = [...q.years].sort((a, b) => a - b);
  const key = entityKey(q.entity);
  const { series, totals } = seriesFor(ctx, q, [q.entity], years);
  const [s] = series;
  const rankIn = (ys: number[]) =>
    ranked(aggregate(ctx, { years: ys, options: q.options, groupBy: q.entity.kind })).find((r) => r.key === key)?.rank ?? null;
  const denominators = totals[q.entity.kind];
  const rows: Cell[][] = years.map((year) => {
    const value = s.byYear.get(year)?.value ?? 0;
    const of = denominators.byYear.get(year);
    return [String(year), value, value > 0 ? rankIn([year]) : null, of ? value / of : null];
  });
  if (years.length > 1) {
    const value = s.total?.value ?? 0;
    rows.push([t(lang, 'col.total'), value, value > 0 ? rankIn(years) : null, denominators.total ? value / denominators.total : null]);
  }
  const inst = q.entity.kind === 'institution' ? ctx.institutions.get(q.entity.id) : undefined;
  const about: string[] = [];
  if (inst) {
    about.push(`${inst.name}: ${inst.type}${inst.country ? `, ${countryLabel(inst.country, 'en')}` : ''}.`);
    const units = [...ctx.institutions.values()].filter((i) => i.rootId === inst.id && i.id !== inst.id);
    if (q.options.rollup && units.length > 0) about.push(`Includes (roll-up policy): ${units.map((u) => u.name).join(', ')}.`);
    if (inst.rootId !== inst.id) {
      const root = ctx.institutions.get(inst.rootId);
      about.push(
        q.options.rollup
          ? `Rolls up into ${root?.name ?? inst.rootId} under the default policy, so it has no figures of its own here; add \`units\` to count it alone.`
          : `Counted as a unit (\`units\`); by default it rolls up into ${root?.name ?? inst.rootId}.`,
      );
    }
  }
  const rankOf = q.entity.kind === 'country' ? 'among countries' : 'among institutions';
  return {
    kind: 'institution',
    title: `${s.label}, ${yearsLabel(years)}`,
    columns: [col.year(lang), { ...valueColumn(q.options.method, lang), series: true }, { ...col.rank(lang), label: `${t(lang, 'col.rank')} (${rankOf})` }, col.share(lang)],
    rows,
    totalRows: rows.length,
    offset: 0,
    meta: buildMeta(ctx, q, years, { linkedShare: linkedShare(s.total ? [s.total] : []), notes: about }),
  };
}
