// `coverage`: per conference-year, how much of the data the figures stand on.
// Known gaps show as gaps (null cells and a note), never as zeros that look like data.
import { VENUES } from '../../domain/venues.ts';
import { venueLabel } from '../../i18n/venueLabels.ts';
import { t, punct } from '../../i18n/t.ts';
import type { QueryContext } from '../context/context.ts';
import { buildMeta, CONFERENCE_LABEL } from '../figures/meta.ts';
import type { Answer, ParsedQuery } from '../model/types.ts';
import { formatCell } from '../../i18n/numbers.ts';
import { tracksAndTiers, unknownTracks } from '../figures/tiers.ts';
import type { Conference } from '../../domain/ids.ts';
import { CORRECTION_EVIDENCE, isLinkedEvidence } from '../../domain/evidence.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Cell, Column } from '../../domain/table.ts';
import { COMPLETE_YEARS, PROVISIONAL_YEARS } from '../read/years.ts';
import { yearsLabel } from '../../i18n/years.ts';

const pct = (n: number, of: number): number | null => (of > 0 ? n / of : null);

/** "profile 97.1% · linked_id 2.9%": what the resolved slots of a conference-year rest on. */
function evidenceKinds(byEvidence: Record<string, number>, resolved: number): string {
  return Object.entries(byEvidence)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => `${kind} ${formatCell(n / resolved, 'percent')}`)
    .join(' · ');
}

const TIER_ORDER = VENUES.tiers.map((tier) => tier.id);

/** "main: oral 104 · spotlight 280 · poster 1,516; D&B: poster 174": the tracks and tiers the sources give. */
function tiersCell(ctx: QueryContext, lang: Lang, conference: string, year: number): string {
  const tracks = [...tracksAndTiers(ctx, conference, year)].sort(([a], [b]) => (a === 'main' ? -1 : b === 'main' ? 1 : a.localeCompare(b)));
  const sep = t(lang, 'word.listSep');
  const listed = tracks.map(([track, tiers]) => {
    const counts = [...tiers].sort(([a], [b]) => TIER_ORDER.indexOf(a) - TIER_ORDER.indexOf(b));
    return `${venueLabel('tracks', track, lang)}: ${counts.map(([status, n]) => `${venueLabel('tiers', status, lang)} ${formatCell(n, 'int')}`).join(sep)}`;
  });
  const unknown = unknownTracks(ctx, conference, year).map((track) => t(lang, 'cov.trackUnknown', { track: venueLabel('tracks', track, lang) }));
  return [...listed, ...unknown].join(punct(lang).clauseSep);
}

/** A line per conference-year with papers of unknown track (NeurIPS 2024: not in the DBLP proceedings list). */
function unknownTrackNotes(ctx: QueryContext, lang: ParsedQuery['options']['lang']): string[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT conference, year, sum(track = 'main') AS main, sum(track = 'datasets_benchmarks') AS db, sum(track = 'unknown') AS unknown
       FROM papers GROUP BY conference, year HAVING sum(track = 'unknown') > 0 ORDER BY year, conference`,
    )
    .all() as Array<{ conference: Conference; year: number; main: number; db: number; unknown: number }>;
  const n = (x: number) => x.toLocaleString('en-US');
  return rows.map((r) =>
    t(lang, 'coverage.unknownTrack', {
      conference: CONFERENCE_LABEL[r.conference] ?? r.conference,
      year: String(r.year),
      unknown: n(r.unknown),
      main: n(r.main),
      db: n(r.db),
    }),
  );
}

export function coverageAnswer(ctx: QueryContext, q: ParsedQuery): Answer {
  const { lang } = q.options;
  const columns: Column[] = [
    { key: 'conference', label: t(lang, 'col.conference'), type: 'text' },
    { key: 'year', label: t(lang, 'col.year'), type: 'text' },
    { key: 'papers', label: t(lang, 'col.papersAccepted'), type: 'int' },
    { key: 'official', label: t(lang, 'col.officialCount'), type: 'int', detail: true },
    { key: 'papers_with_institution', label: t(lang, 'col.papersWithInstitution'), type: 'percent', detail: true },
    { key: 'authorships', label: t(lang, 'col.authorSlots'), type: 'int', detail: true },
    { key: 'affiliation', label: t(lang, 'col.withAffiliation'), type: 'percent', detail: true },
    { key: 'domain', label: t(lang, 'col.withDomain'), type: 'percent', detail: true },
    { key: 'evidence', label: t(lang, 'col.withEither'), type: 'percent', detail: true },
    { key: 'resolved', label: t(lang, 'col.resolved'), type: 'percent' },
    { key: 'resolved_of_evidence', label: t(lang, 'col.resolvedOfEvidence'), type: 'percent', detail: true },
    { key: 'country', label: t(lang, 'col.withCountry'), type: 'percent', detail: true },
    { key: 'linked', label: t(lang, 'col.linked'), type: 'percent', detail: true },
    { key: 'evidence_kinds', label: t(lang, 'col.evidenceKinds'), type: 'text', detail: true },
    { key: 'tiers', label: t(lang, 'col.tracksTiers'), type: 'text', detail: true },
    { key: 'note', label: t(lang, 'col.note'), type: 'text' },
  ];
  const rows: Cell[][] = ctx.coverage.map((c) => {
    const linked = Object.entries(c.byEvidence).reduce((n, [kind, slots]) => (isLinkedEvidence(kind) ? n + slots : n), 0);
    const gap = !c.hasAffiliations;
    // A linked year's evidence columns count the values linking gave (its note says so); only a year nothing filled is blank.
    const blank = gap && c.resolved === 0;
    return [
      CONFERENCE_LABEL[c.conference as Conference] ?? c.conference,
      String(c.year),
      c.papers,
      c.officialPapers,
      pct(c.papersWithInstitution, c.papers),
      c.authorships,
      blank ? null : pct(c.withAffiliation, c.authorships),
      blank ? null : pct(c.withDomain, c.authorships),
      blank ? null : pct(c.withEvidence, c.authorships),
      blank ? null : pct(c.resolved, c.authorships),
      blank ? null : pct(c.resolved, c.withEvidence),
      blank ? null : pct(c.withCountry, c.authorships),
      c.resolved > 0 ? pct(linked, c.resolved) : null,
      evidenceKinds(c.byEvidence, c.resolved),
      tiersCell(ctx, lang, c.conference, c.year),
      [c.provisional ? t(lang, 'cov.provisional') : '', gap ? t(lang, c.resolved > 0 ? 'cov.gapLinked' : 'cov.gap') : '']
        .filter(Boolean)
        .join(t(lang, 'word.listSep')),
    ];
  });
  const corrected = ctx.coverage.reduce((n, c) => n + (c.byEvidence[CORRECTION_EVIDENCE] ?? 0), 0);
  const sum = (f: (c: (typeof ctx.coverage)[number]) => number) => ctx.coverage.reduce((n, c) => n + f(c), 0);
  const partial = ctx.coverage.filter((c) => !c.hasAffiliations).map((c) => `${CONFERENCE_LABEL[c.conference as Conference] ?? c.conference} ${c.year}`);
  const headline = t(lang, 'head.coverage', {
    n: ctx.coverage.length,
    slots: formatCell(
      sum((c) => c.authorships),
      'int',
    ),
    resolved: formatCell(
      sum((c) => c.resolved) /
        Math.max(
          1,
          sum((c) => c.authorships),
        ),
      'percent',
    ),
    partial: partial.join(t(lang, 'word.listSep')) || '–',
  });
  return {
    kind: 'coverage',
    headline,
    title: t(lang, 'title.coverage'),
    columns,
    rows,
    totalRows: rows.length,
    offset: 0,
    meta: buildMeta(ctx, q, [], {
      notes: [
        t(lang, 'cov.noteShares'),
        t(lang, 'cov.noteOfficial'),
        t(lang, 'cov.tiersNote'),
        ...(PROVISIONAL_YEARS.length > 0
          ? [t(lang, 'cov.noteProvisional', { years: yearsLabel(PROVISIONAL_YEARS), complete: yearsLabel(COMPLETE_YEARS) })]
          : []),
        ...(corrected > 0 ? [t(lang, 'note.correctionsInData', { n: corrected })] : []),
        ...unknownTrackNotes(ctx, lang),
        t(lang, 'coverage.idEvidence'),
      ],
    }),
  };
}
