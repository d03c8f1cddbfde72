// `2024 top10` and `countries 2024`: institutions or countries ranked by the method.
import { countryName } from '../../i18n/countries.ts';
import { t } from '../../i18n/t.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { Figures } from '../figures/figures.ts';
import { col, valueColumn } from '../figures/columns.ts';
import type { QueryContext } from '../context/context.ts';
import { buildMeta, shareNote } from '../figures/meta.ts';
import { countryLabel, institutionLabel } from '../context/names.ts';
import type { Answer, ParsedQuery } from '../model/types.ts';
import type { GroupBy } from '../model/types.ts';
import { countryRule } from '../figures/countryRule.ts';
import { linkedShare } from './linked.ts';
import { scopePhrase, scopeWords, unitWord } from '../figures/headline.ts';
import { formatCell } from '../../i18n/numbers.ts';
import type { QueryOptions } from '../model/types.ts';
import { methodDef, type Method } from '../model/methods.ts';

interface Ranked {
  rank: number;
  name: string;
  value: number;
}

/** "Google had the most authors in 2024: 1,796 (4.4% of 41,028); Tsinghua University 2nd, 1,382." */
export function rankingHeadline(options: QueryOptions, years: number[], ranked: Ranked[], total: number, from: number, to: number): string {
  const { lang } = options;
  const method: Method = options.method;
  const type = methodDef(method).type;
  const words = { unit: unitWord(method, lang), scope: scopePhrase(options), years: yearsLabel(years) };
  const [top, next] = ranked;
  if (!top) return t(lang, 'head.none', words);
  if (from > 0) return t(lang, 'head.topPage', { ...words, from: from + 1, to, name: top.name, value: formatCell(top.value, type) });
  const second = next && next.rank === 2 ? t(lang, 'head.second', { name: next.name, value: formatCell(next.value, type) }) : '';
  return t(lang, 'head.top', {
    ...words,
    name: top.name,
    value: formatCell(top.value, type),
    share: formatCell(total > 0 ? top.value / total : 0, 'percent'),
    total: formatCell(Math.round(total), 'int'),
    second,
  });
}

type RankingQuery = ParsedQuery & { kind: 'top' | 'countries' };

/** The ranking of `by` (the command says which: `top` institutions, `countries` countries). */
export function rankingAnswer(ctx: QueryContext, q: RankingQuery, pageOffset: number, by: GroupBy): Answer {
  const { lang } = q.options;
  const byCountry = by === 'country';
  const figures = new Figures(ctx, by, q.years, q.options);
  // `page 2` of `top 10` is ranks 11-20: the limit is the page size. Front ends page
  // through the rows of one answer themselves; `pageOffset` asks for the rows after it.
  const from = q.offset ?? 0;
  const all = figures.ranking().filter((r) => r.rank > from && r.rank <= from + q.limit);
  const offset = Math.max(0, Math.min(pageOffset, all.length - 1));
  const page = all.slice(offset);
  const denominator = figures.total();
  const table = page.map((r) => {
    const inst = byCountry ? undefined : ctx.institutions.get(r.key ?? '');
    return [
      r.rank,
      byCountry ? countryLabel(r.key, lang) : institutionLabel(ctx, r.key, lang),
      // Short forms (US, UK) keep English tables narrow; zh/ja get their names (美国, アメリカ).
      ...(byCountry ? [] : [inst?.country ? countryName(inst.country, lang, { short: true }) : null]),
      r.value,
      denominator > 0 ? r.value / denominator : null,
    ];
  });
  const scoped = byCountry ? null : scopeWords(q.options);
  const title =
    from > 0
      ? t(lang, byCountry ? 'title.rankedCountries' : 'title.rankedInstitutions', { from: from + 1, to: from + q.limit, years: yearsLabel(q.years) })
      : scoped
        ? t(lang, 'title.topScoped', { ...scoped, n: q.limit, years: yearsLabel(q.years) })
        : t(lang, byCountry ? 'title.topCountries' : 'title.topInstitutions', { n: q.limit, years: yearsLabel(q.years) });
  const rule = byCountry || q.options.filters.country ? countryRule(ctx, q.years, q.options, byCountry ? undefined : []) : null;
  const named = all
    .slice(0, 2)
    .map((r) => ({ rank: r.rank, value: r.value, name: byCountry ? countryLabel(r.key, lang) : institutionLabel(ctx, r.key, lang) }));
  return {
    kind: q.kind,
    headline: rankingHeadline(q.options, q.years, named, denominator, from, from + q.limit),
    title,
    columns: [
      col.rank(lang),
      byCountry ? col.country(lang) : col.institution(lang),
      ...(byCountry ? [] : [{ ...col.country(lang), key: 'country' }]),
      valueColumn(q.options.method, lang),
      col.share(lang),
    ],
    rows: table,
    totalRows: all.length,
    offset,
    meta: buildMeta(ctx, q, q.years, {
      linkedShare: linkedShare(page),
      notes: [shareNote(lang, q.options.method, [by], 'inScope', denominator), ...(rule ? [rule.line] : [])],
      caveats: rule?.caveat ? [rule.caveat] : [],
    }),
  };
}
