// `2024 top10` and `countries 2024`: institutions or countries ranked by the method.
import { countryName } from '../../i18n/countries.ts';
import { t } from '../../i18n/t.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { Figures } from '../figures.ts';
import { col, valueColumn } from '../columns.ts';
import type { QueryContext } from '../context.ts';
import { buildMeta, shareNote } from '../meta.ts';
import { countryLabel, institutionLabel } from '../names.ts';
import type { Answer, ParsedQuery } from '../types.ts';
import { countryRuleLine } from '../countryRule.ts';
import { linkedShare } from './linked.ts';
import type { GroupBy } from '../types.ts';

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
  const title = from > 0
    ? t(lang, byCountry ? 'title.rankedCountries' : 'title.rankedInstitutions', { from: from + 1, to: from + q.limit, years: yearsLabel(q.years) })
    : t(lang, byCountry ? 'title.topCountries' : 'title.topInstitutions', { n: q.limit, years: yearsLabel(q.years) });
  return {
    kind: q.kind,
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
      notes: [
        shareNote(lang, q.options.method, [by], 'inScope', denominator),
        ...(byCountry || q.options.filters.country ? [countryRuleLine(ctx, q.years, q.options, byCountry ? undefined : [])] : []),
      ],
    }),
  };
}
