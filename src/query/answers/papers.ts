// `papers Tsinghua 2024 neurips`: the author slots behind a figure, with the raw
// affiliation next to the resolved institution, so an editor can spot mistakes.
import { yearsLabel } from '../../i18n/years.ts';
import { all } from '../../db/run.ts';
import { groupColumns, LINKED_EVIDENCE } from '../aggregate.ts';
import type { QueryContext } from '../context.ts';
import { buildMeta, CONFERENCE_LABEL } from '../meta.ts';
import { entityKey, entityLabel, institutionLabel } from '../names.ts';
import type { Answer, ParsedQuery } from '../types.ts';
import type { Conference } from '../../ingest/types.ts';

export function papersAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'papers' }, pageOffset: number): Answer {
  const { options } = q;
  const cols = groupColumns(options.rollup);
  const f = options.filters;
  let query = ctx.db
    .selectFrom('authorships as a')
    .innerJoin('papers as p', 'p.id', 'a.paper_id')
    .where('a.year', 'in', q.years)
    .where(q.entity.kind === 'country' ? cols.country : cols.institution, '=', entityKey(q.entity));
  if (f.conferences.length > 0) query = query.where('a.conference', 'in', f.conferences);
  if (f.track) query = query.where('a.track', '=', f.track);
  if (f.status) query = query.where('a.status', '=', f.status);
  if (f.country) query = query.where(`a.${cols.country}`, '=', f.country);
  if (f.exact) query = query.where((eb) => eb.or([eb('a.evidence', 'is', null), eb('a.evidence', 'not in', [...LINKED_EVIDENCE])]));
  if (options.method === 'first') query = query.where('a.position', '=', 0);
  const rows = all(
    ctx.sqlite,
    query
      .select(['p.title', 'a.conference', 'a.year', 'a.status', 'a.track', 'a.name', 'a.position', 'a.n_authors', 'a.raw_affiliation', 'a.email_domain', 'a.unit_id', 'a.evidence', 'a.rule'])
      .orderBy('a.year')
      .orderBy('a.conference')
      .orderBy('p.title')
      .orderBy('a.position'),
  );
  const offset = Math.max(0, Math.min(q.offset ?? pageOffset, rows.length - 1));
  const paperCount = new Set(rows.map((r) => `${r.conference}${r.year}:${r.title}`)).size;
  return {
    kind: 'papers',
    title: `Papers behind ${entityLabel(ctx, q.entity, options.lang)}, ${yearsLabel(q.years)}: ${rows.length.toLocaleString('en-US')} author slots on ${paperCount.toLocaleString('en-US')} papers`,
    columns: [
      { key: 'title', label: 'Paper', type: 'text' },
      { key: 'conference', label: 'Conference', type: 'text' },
      { key: 'status', label: 'Status', type: 'text' },
      { key: 'author', label: 'Author', type: 'text' },
      { key: 'position', label: 'Position', type: 'text' },
      { key: 'raw', label: 'Affiliation as given', type: 'text' },
      { key: 'resolved', label: 'Resolved as', type: 'text' },
      { key: 'how', label: 'Evidence / rule', type: 'text' },
    ],
    rows: rows.slice(offset).map((r) => [
      r.title,
      `${CONFERENCE_LABEL[r.conference as Conference]} ${r.year}${r.track === 'main' ? '' : ' (D&B)'}`,
      r.status,
      r.name,
      `${r.position + 1}/${r.n_authors}`,
      r.raw_affiliation ?? (r.email_domain ? `e-mail: ${r.email_domain}` : ''),
      institutionLabel(ctx, r.unit_id, options.lang),
      `${r.evidence ?? '-'} / ${r.rule ?? '-'}`,
    ]),
    totalRows: rows.length,
    offset,
    meta: buildMeta(ctx, q, q.years, {
      notes: [`One row per author slot: the row count equals the \`authors\` figure for the same filters; ${paperCount} distinct papers equal the \`papers\` figure.`],
    }),
  };
}
