// `Tsinghua`, `rank RIKEN 2024`, `JP`: one group's figure and rank, year by year.
import { t, punct } from '../../i18n/t.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { col, valueColumn } from '../figures/columns.ts';
import type { QueryContext } from '../context/context.ts';
import { buildMeta, shareNote } from '../figures/meta.ts';
import { countryLabel, entityKey, entityLabel, institutionLabel } from '../context/names.ts';
import type { Answer, ParsedQuery } from '../model/types.ts';
import { Figures } from '../figures/figures.ts';
import { countryRule } from '../figures/countryRule.ts';
import { linkedShare } from './linked.ts';
import { unitWord } from '../figures/headline.ts';
import { formatCell } from '../../i18n/numbers.ts';
import { methodDef } from '../model/methods.ts';
import type { Cell } from '../../domain/table.ts';

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
    const sep = punct(lang).listSep;
    const kind = ['company', 'university', 'institute', 'government', 'nonprofit'].includes(inst.type)
      ? t(lang, `type.${inst.type as 'company'}`)
      : t(lang, 'type.other');
    about.push(t(lang, 'note.instKind', { name: label, type: kind, country: inst.country ? `${sep}${countryLabel(inst.country, lang)}` : '' }));
    const units = [...ctx.institutions.values()].filter((i) => i.rootId === inst.id && i.id !== inst.id);
    if (q.options.rollup && units.length > 0) about.push(t(lang, 'note.includes', { units: units.map((u) => institutionLabel(ctx, u.id, lang)).join(sep) }));
    if (inst.rootId !== inst.id) {
      const parent = institutionLabel(ctx, inst.rootId, lang);
      about.push(t(lang, q.options.rollup ? 'note.rollsUp' : 'note.asUnit', { parent }));
    }
  }
  const rankLabel = t(lang, q.entity.kind === 'country' ? 'col.rankAmongCountries' : 'col.rankAmongInstitutions');
  // The sentence: the whole span's figure and rank, and the last year's when there are several.
  const type = methodDef(q.options.method).type;
  const lastYear = years[years.length - 1];
  const whole = figures.get(key).value;
  const words = { name: label, unit: unitWord(q.options.method, lang), years: yearsLabel(years), among: t(lang, `head.among.${q.entity.kind}`) };
  const headline =
    whole === 0
      ? t(lang, 'head.entityNone', words)
      : years.length > 1
        ? t(lang, 'head.entityLast', {
            ...words,
            value: formatCell(whole, type),
            rank: figures.rank(key) ?? '–',
            lastValue: formatCell(figures.get(key, lastYear).value, type),
            last: lastYear,
            lastRank: figures.get(key, lastYear).value > 0 ? (figures.rank(key, lastYear) ?? '–') : '–',
          })
        : t(lang, 'head.entity', { ...words, value: formatCell(whole, type), rank: figures.rank(key) ?? '–' });
  const rule =
    q.entity.kind === 'country' || q.options.filters.country ? countryRule(ctx, years, q.options, q.entity.kind === 'country' ? [q.entity.code] : []) : null;
  return {
    kind: 'institution',
    headline,
    title: t(lang, 'title.trend', { name: label, years: yearsLabel(years) }),
    columns: [col.year(lang), { ...valueColumn(q.options.method, lang), series: true }, { ...col.rank(lang), label: rankLabel }, col.share(lang)],
    rows,
    totalRows: rows.length,
    offset: 0,
    meta: buildMeta(ctx, q, years, {
      linkedShare: linkedShare([figures.get(key)]),
      notes: [...about, shareNote(lang, q.options.method, [q.entity.kind], 'inYearTotal'), ...(rule ? [rule.line] : [])],
      // What the roll-up policy puts in or leaves out of this figure.
      caveats: [...about.slice(1).map((text) => ({ kind: 'rollup' as const, text })), ...(rule?.caveat ? [rule.caveat] : [])],
    }),
  };
}
