// `Tsinghua`, `rank RIKEN 2024`, `JP`: one group's figure and rank, year by year.
import { t } from '../../i18n/t.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { col, valueColumn } from '../columns.ts';
import type { QueryContext } from '../context.ts';
import { buildMeta, shareNote } from '../meta.ts';
import { countryLabel, entityKey, entityLabel } from '../names.ts';
import type { Answer, Cell, ParsedQuery } from '../types.ts';
import { Figures } from '../figures.ts';
import { countryRuleLine } from '../countryRule.ts';
import { linkedShare } from './linked.ts';

export function entityAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'institution' }): Answer {
  const { lang } = q.options;
  const years = [...q.years].sort((a, b) => a - b);
  const key = entityKey(q.entity);
  const figures = new Figures(ctx, q.entity.kind, years, q.options);
  const row = (label: string, year?: number): Cell[] => {
    const value = figures.get(key, year).value;
    const of = figures.total(year);
    return [label, value, value > 0 ? figures.rank(key, year) : null, of > 0 ? value / of : null];
  };
  const rows: Cell[][] = years.map((year) => row(String(year), year));
  if (years.length > 1) rows.push(row(t(lang, 'col.total')));
  const label = entityLabel(ctx, q.entity, lang);
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
  const rankLabel = t(lang, q.entity.kind === 'country' ? 'col.rankAmongCountries' : 'col.rankAmongInstitutions');
  return {
    kind: 'institution',
    title: t(lang, 'title.trend', { name: label, years: yearsLabel(years) }),
    columns: [col.year(lang), { ...valueColumn(q.options.method, lang), series: true }, { ...col.rank(lang), label: rankLabel }, col.share(lang)],
    rows,
    totalRows: rows.length,
    offset: 0,
    meta: buildMeta(ctx, q, years, {
      linkedShare: linkedShare([figures.get(key)]),
      notes: [
        ...about,
        shareNote(lang, q.options.method, [q.entity.kind], 'inYearTotal'),
        ...(q.entity.kind === 'country' || q.options.filters.country ? [countryRuleLine(ctx, years, q.options, q.entity.kind === 'country' ? [q.entity.code] : [])] : []),
      ],
    }),
  };
}
