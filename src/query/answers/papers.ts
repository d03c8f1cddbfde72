// `papers Tsinghua 2024 neurips`: the author slots behind a figure, with the raw
// affiliation next to the resolved institution, so an editor can spot mistakes.
import { t } from '../../i18n/t.ts';
import { formatCell } from '../../i18n/numbers.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { all } from '../../db/run.ts';
import { groupColumns, scopedAuthorships, scopedRows } from '../figures/aggregate.ts';
import type { QueryContext } from '../context/context.ts';
import { buildMeta, CONFERENCE_LABEL } from '../figures/meta.ts';
import { entityKey, entityLabel, institutionLabel } from '../context/names.ts';
import { movedAwayNotes } from '../figures/corrections.ts';
import type { Answer, ParsedQuery } from '../model/types.ts';
import { VENUES } from '../../domain/venues.ts';
import { slotBasis } from '../figures/slotBasis.ts';
import { slotMethod } from '../model/methods.ts';
import { countryRuleLine } from '../figures/countryRule.ts';
import type { Conference } from '../../domain/ids.ts';
import type { SlotRef } from '../../domain/slotRef.ts';
import { PAPER_INSTITUTIONS_EVIDENCE } from '../../domain/evidence.ts';

/** How the drill-down marks a paper's track: its `mark` in data/conferences.json (main: none). */
const TRACK_SUFFIX: Record<string, string> = Object.fromEntries(VENUES.tracks.flatMap((tr) => (tr.mark ? [[tr.id, ` (${tr.mark})`]] : [])));

export function papersAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'papers' }, pageOffset: number): Answer {
  const { options } = q;
  const cols = groupColumns(options);
  const rows = all(
    ctx.sqlite,
    scopedAuthorships(ctx, q.years, options)
      .where(`authorships.${q.entity.kind === 'country' ? cols.country : cols.institution}`, '=', entityKey(q.entity))
      .innerJoin('papers', 'papers.id', 'authorships.paper_id')
      .leftJoin('corrections', (j) => j.onRef('corrections.paper_id', '=', 'authorships.paper_id').onRef('corrections.position', '=', 'authorships.position'))
      .select([
        'corrections.id as correction_id',
        'corrections.evidence as correction_evidence',
        'corrections.accepted_by',
        'corrections.accepted_at',
        'corrections.before_unit_id',
      ])
      .select([
        'papers.title',
        'papers.source_id',
        'authorships.conference',
        'authorships.year',
        'authorships.status',
        'authorships.track',
        'authorships.name',
        'authorships.position',
        'authorships.n_authors',
        'authorships.raw_affiliation',
        'authorships.email_domain',
        'authorships.unit_id',
        'authorships.evidence',
        'authorships.link_basis',
        'authorships.profile_position',
        'authorships.rule',
      ])
      .orderBy('authorships.year')
      .orderBy('authorships.conference')
      .orderBy('papers.title')
      .orderBy('authorships.position')
      // The build writes only the venue table's conference ids (db/sharedColumns.ts SCOPE_COLUMNS).
      .$narrowType<{ conference: Conference }>(),
  );
  // Papers on which only the paper's own institution set (ICLR 2024) names the group.
  const setOnly = all(
    ctx.sqlite,
    scopedRows(ctx, q.years, { ...options, method: 'papers' }, 'paper_units')
      .where(`paper_units.${q.entity.kind === 'country' ? cols.country : cols.institution}`, '=', entityKey(q.entity))
      .where('paper_units.evidence', '=', PAPER_INSTITUTIONS_EVIDENCE)
      .innerJoin('papers', 'papers.id', 'paper_units.paper_id')
      .select(['papers.title', 'papers.conference', 'papers.year', 'papers.status', 'papers.track', 'papers.n_authors', 'paper_units.unit_id'])
      .orderBy('papers.year')
      .orderBy('papers.title'),
  );
  const slotRows = rows.map((r) => [
    r.title,
    `${CONFERENCE_LABEL[r.conference] ?? r.conference} ${r.year}${TRACK_SUFFIX[r.track] ?? ''}`,
    r.status,
    r.name,
    `${r.position + 1}/${r.n_authors}`,
    r.raw_affiliation ?? (r.email_domain ? t(options.lang, 'papers.email', { domain: r.email_domain }) : ''),
    institutionLabel(ctx, r.unit_id, options.lang),
    r.correction_id !== null
      ? t(options.lang, 'papers.correction', {
          id: String(r.correction_id),
          evidence: r.correction_evidence ?? '',
          by: r.accepted_by ?? '',
          at: r.accepted_at?.slice(0, 10) ?? '',
          was: institutionLabel(ctx, r.before_unit_id, options.lang),
        })
      : slotBasis(r),
  ]);
  const slotRefs = rows.map((r): SlotRef => ({ conference: r.conference, year: r.year, sourceId: r.source_id, position: r.position + 1 }));
  const setRows = setOnly.map((r) => [
    r.title,
    `${CONFERENCE_LABEL[r.conference] ?? r.conference} ${r.year}`,
    r.status,
    '',
    `–/${r.n_authors}`,
    t(options.lang, 'papers.setOnly'),
    institutionLabel(ctx, r.unit_id, options.lang),
    'paper_institutions / -',
  ]);
  const allRows = [...slotRows, ...setRows];
  // `top 50` is how many rows are shown (default: all); `page 2` starts after the first 50.
  const offset = Math.max(0, Math.min((q.offset ?? 0) + pageOffset, allRows.length - 1));
  const paperCount = new Set([...rows, ...setOnly].map((r) => `${r.conference}${r.year}:${r.title}`)).size;
  const words = { name: entityLabel(ctx, q.entity, options.lang), years: yearsLabel(q.years) };
  return {
    kind: 'papers',
    headline: t(options.lang, 'head.papers', { ...words, slots: formatCell(rows.length, 'int'), papers: formatCell(paperCount, 'int') }),
    title: t(options.lang, 'title.papers', words),
    columns: [
      { key: 'title', label: t(options.lang, 'col.paper'), type: 'text', narrowChars: 48 },
      { key: 'conference', label: t(options.lang, 'col.conference'), type: 'text' },
      { key: 'status', label: t(options.lang, 'col.status'), type: 'text', detail: true },
      { key: 'author', label: t(options.lang, 'col.author'), type: 'text' },
      { key: 'position', label: t(options.lang, 'col.position'), type: 'text', detail: true },
      { key: 'raw', label: t(options.lang, 'col.rawAffiliation'), type: 'text' },
      // The unit each slot resolved to is in the terminal, CSV and JSON; Slack keeps five columns.
      { key: 'resolved', label: t(options.lang, 'col.resolvedAs'), type: 'text', detail: true },
      { key: 'how', label: t(options.lang, 'col.evidenceRule'), type: 'text' },
    ],
    rows: allRows.slice(offset, q.limit !== undefined ? offset + q.limit : undefined),
    slots: [...slotRefs, ...setRows.map(() => null)].slice(offset, q.limit !== undefined ? offset + q.limit : undefined),
    totalRows: allRows.length,
    offset,
    meta: buildMeta(ctx, q, q.years, {
      notes: [
        t(options.lang, 'note.papersRows', { rows: rows.length, papers: paperCount, method: slotMethod(options.method) }),
        ...(setOnly.length > 0 ? [t(options.lang, 'note.papersSetOnly', { n: setOnly.length })] : []),
        ...(q.entity.kind === 'country' || options.filters.country
          ? [countryRuleLine(ctx, q.years, { ...options, method: 'authors' }, q.entity.kind === 'country' ? [q.entity.code] : [])]
          : []),
        ...movedAwayNotes(ctx, { years: q.years, options, groups: [q.entity] }, q.entity),
      ],
    }),
  };
}
