// The "how it was counted" part of every answer: method, filters, roll-up, coverage
// gaps, snapshot. Built in one place so every renderer shows the same caveats.
import { format } from 'date-fns';
import { CONFERENCES, type Conference } from '../ingest/types.ts';
import type { QueryContext } from './context.ts';
import type { AnswerMeta, CoverageNote, Method, ParsedQuery, QueryOptions } from './types.ts';

export const CONFERENCE_LABEL: Record<Conference, string> = { neurips: 'NeurIPS', icml: 'ICML', iclr: 'ICLR' };

export const METHOD_LABEL: Record<Method, string> = {
  authors: 'author slots on accepted papers (a paper with 5 authors counts 5)',
  people: 'distinct people (each person once per group, whatever the number of papers)',
  papers: 'papers with at least one author from the group',
  fractional: 'fractional credit (each author slot counts 1/N of its paper)',
  first: 'first authors only',
};

const SHARE_OF: Record<Method, string> = {
  authors: 'author slots',
  people: 'distinct people',
  papers: 'papers (each once, however many institutions it has)',
  fractional: 'fractional credit',
  first: 'first-author slots',
};

/** What a share is a share of, said the same way by every answer; `kinds` are the groups shown. */
export function shareNote(method: Method, kinds: ReadonlyArray<'country' | 'institution'>, scope: string): string {
  const known = [...new Set(kinds)].map((k) => (k === 'country' ? 'a known country (countries)' : 'a resolved institution (institutions)'));
  const which = known.length === 1 ? known[0].replace(/ \(.*\)$/, '') : known.join(' or ');
  return `Share: of all ${SHARE_OF[method]} with ${which} ${scope}.`;
}

export function filterLabels(options: QueryOptions): string[] {
  const f = options.filters;
  const out: string[] = [];
  if (f.conferences.length > 0) out.push(f.conferences.map((c) => CONFERENCE_LABEL[c]).join(' + '));
  if (f.track === 'main') out.push('main track only');
  if (f.track === 'datasets_benchmarks') out.push('datasets & benchmarks track only');
  if (f.status) out.push(`${f.status} papers only`);
  if (f.country) out.push(`institutions in ${f.country}`);
  if (f.exact) out.push('exact: linked evidence excluded');
  if (!options.rollup) out.push('units: no roll-up');
  return out;
}

/** Conference-years in scope that have no per-author affiliation source. */
export function gapsFor(ctx: QueryContext, years: number[], options: QueryOptions): CoverageNote[] {
  const confs = options.filters.conferences.length > 0 ? options.filters.conferences : CONFERENCES;
  return ctx.coverage
    .filter((c) => years.includes(c.year) && confs.includes(c.conference as Conference) && !c.hasAffiliations)
    .map((c) => {
      const filled = c.authorships > 0 ? c.resolved / c.authorships : 0;
      const label = `${CONFERENCE_LABEL[c.conference as Conference]} ${c.year}`;
      const note =
        filled > 0
          ? `${label}: no per-author affiliations in any source; ${Math.round(filled * 100)}% of its author slots are filled by linking, so its figures are partial, and more so for Chinese institutions (a name shared by several people is linked only through a co-author, and such names are commoner among Chinese authors)${c.papersWithInstitution > c.papers * 0.95 ? `; its \`papers\` counts come from each paper's own institution list and cover ${Math.round((c.papersWithInstitution / c.papers) * 100)}% of its papers` : ''}`
          : `${label}: no per-author affiliations in any source, so institution figures leave it out`;
      return { conference: c.conference as Conference, year: c.year, note };
    });
}

/** Share of author slots in scope resolved to an institution, as a one-line note. */
function coverageNote(ctx: QueryContext, years: number[], options: QueryOptions): string {
  const confs = options.filters.conferences.length > 0 ? options.filters.conferences : CONFERENCES;
  const rows = ctx.coverage.filter((c) => years.includes(c.year) && confs.includes(c.conference as Conference));
  const slots = rows.reduce((s, c) => s + c.authorships, 0);
  const resolved = rows.reduce((s, c) => s + c.resolved, 0);
  const pct = slots > 0 ? ((resolved / slots) * 100).toFixed(1) : '0';
  return `Coverage: ${pct}% of the ${slots.toLocaleString('en-US')} author slots in scope are resolved to an institution; the rest count nowhere. Details: \`coverage\`.`;
}

/** `extra.notes` are added after the coverage note; other fields in `extra` replace the defaults. */
export function buildMeta(ctx: QueryContext, q: ParsedQuery, years: number[], extra: Partial<AnswerMeta> = {}): AnswerMeta {
  const built = ctx.meta.built_at ? new Date(ctx.meta.built_at) : null;
  // date-fns formats in local time; shift so the printed time is UTC on any machine.
  const builtAt = built ? format(new Date(built.getTime() + built.getTimezoneOffset() * 60_000), 'd MMM yyyy HH:mm') + ' UTC' : 'unknown';
  return {
    lang: q.options.lang,
    method: q.options.method,
    methodLabel: METHOD_LABEL[q.options.method],
    rollup: q.options.rollup,
    filters: filterLabels(q.options),
    years,
    gaps: years.length > 0 ? gapsFor(ctx, years, q.options) : [],
    linkedShare: null,
    snapshot: ctx.meta.snapshot ?? 'unknown',
    builtAt,
    command: q.text,
    ...extra,
    notes: [...(years.length > 0 ? [coverageNote(ctx, years, q.options)] : []), ...(extra.notes ?? [])],
  };
}
