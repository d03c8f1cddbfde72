// The "how it was counted" part of every answer: method, filters, roll-up, coverage
// gaps, snapshot. Built in one place so every renderer shows the same caveats.
import { LOCALES } from '../../i18n/locales/byLang.ts';
import { format } from 'date-fns';
import { t, punct } from '../../i18n/t.ts';
import { CONFERENCES, venueLabel, VENUES, venueWord } from '../../domain/venues.ts';
import { formatCell } from '../../i18n/numbers.ts';
import { caveatLine, relevantCaveats, type Caveat, type FigureFacts } from '../model/caveats.ts';
import { groupsOf } from './groups.ts';
import { correctionNotes, scopeOf } from './corrections.ts';
import type { QueryContext } from '../context/context.ts';
import { type Method, methodDef, methodText, slotWord } from '../model/methods.ts';
import { countryLabel } from '../context/names.ts';
import { provisionalCaveat, yearsScope } from './provisional.ts';
import { scopeCoverage, type ScopeCoverage } from './scopeCoverage.ts';
import { scopeGaps, type ScopeGap } from './tiers.ts';
import type { AnswerMeta, CoverageNote, ParsedQuery, QueryOptions } from '../model/types.ts';
import type { Conference } from '../../domain/ids.ts';
import type { Lang } from '../../domain/lang.ts';
import { INSTITUTION_TYPES } from '../../domain/institutionTypes.ts';

/** Conference display names (data/conferences.json). */
export const CONFERENCE_LABEL: Readonly<Record<string, string>> = Object.fromEntries(VENUES.conferences.map((c) => [c.id, c.label.en]));

type ShareScope = 'inScope' | 'inYear' | 'inYearTotal';

/** What a share is a share of, said the same way by every answer; `kinds` are the groups shown. */
export function shareNote(lang: Lang, method: Method, kinds: ReadonlyArray<'country' | 'institution'>, scope: ShareScope, n = 0): string {
  const distinct = [...new Set(kinds)];
  const which = distinct.length > 1 ? 'share.with.both' : distinct[0] === 'country' ? 'share.with.country' : 'share.with.institution';
  const scopeText = t(lang, `share.scope.${scope}`, { n: formatCell(Math.round(n), 'int') });
  return t(lang, 'note.share', { of: methodText(method, lang).shareOf, which: t(lang, which), scope: scopeText });
}

export function filterLabels(options: QueryOptions): string[] {
  const f = options.filters;
  const lang = options.lang;
  const out: string[] = [];
  if (f.conferences.length > 0) out.push(f.conferences.map((c) => venueLabel('conferences', c, lang)).join(' + '));
  if (f.track) out.push(t(lang, 'filter.track', { track: venueLabel('tracks', f.track, lang) }));
  if (f.status) out.push(t(lang, 'filter.status', { tier: venueLabel('tiers', f.status, lang) }));
  if (f.country) out.push(t(lang, 'filter.country', { country: countryLabel(f.country, lang) }));
  if (f.exact) out.push(t(lang, 'filter.exact'));
  if (f.instType) out.push(INSTITUTION_TYPES[f.instType].label[lang]);
  if (!options.rollup) out.push(t(lang, 'filter.units'));
  if (options.located) out.push(t(lang, 'filter.located'));
  return out;
}

const label = (c: { conference: string; year: number }) => `${CONFERENCE_LABEL[c.conference as Conference]} ${c.year}`;
const percent = (n: number, of: number) => formatCell(of > 0 ? n / of : 0, 'percent');

/** `exact` keeps less than this share of a conference-year's resolved slots: said in a note. */
const EXACT_REMOVES = 0.5;

/**
 * Per conference-year notes on what the figures cannot show: years without per-author
 * affiliations, years `exact` empties, and tiers or tracks a year's sources do not have.
 */
export function gapsFor(ctx: QueryContext, years: number[], options: QueryOptions, scope = scopeCoverage(ctx, years, options)): CoverageNote[] {
  const { lang } = options;
  const exact = options.filters.exact === true;
  const notes: CoverageNote[] = [];
  const confs = options.filters.conferences.length > 0 ? options.filters.conferences : CONFERENCES;
  const inScope = new Map(scope.map((s) => [`${s.conference}${s.year}`, s]));
  for (const c of ctx.coverage.filter((c) => years.includes(c.year) && confs.includes(c.conference as Conference))) {
    const none = { conference: c.conference as Conference, year: c.year, slots: 0, resolved: 0, linked: 0, counted: 0, withCountry: 0, inCountry: 0 };
    const s = inScope.get(`${c.conference}${c.year}`) ?? none;
    const words = { label: label(s), slotWord: slotWord(options.method, lang) };
    let note: string | null = null;
    let caveat: Caveat | undefined;
    if (exact && s.resolved > 0 && s.counted < s.resolved * EXACT_REMOVES) {
      note = s.counted === 0 ? t(lang, 'note.exactAll', words) : t(lang, 'note.exactMost', { ...words, pct: percent(s.counted, s.resolved) });
      // Over several years, a year missing a conference looks like a fall: say so.
      if (years.length > 1) note += t(lang, 'note.exactAcross', { year: s.year });
      caveat = { kind: 'scope', label: label(s), text: note };
    } else if (!c.hasAffiliations && (s.slots > 0 || c.authorships === 0)) {
      const papersCover = c.papersWithSet > 0 ? c.papersWithInstitution / c.papers : undefined;
      const papers = papersCover !== undefined ? t(lang, 'note.gapPapers', { pct: percent(c.papersWithInstitution, c.papers) }) : '';
      // ICLR 2024 is linked by its authors' exact ids, the others by name: the reason it is partial differs.
      const byId = (c.byEvidence.linked_id ?? 0) + (c.byEvidence.id_profile ?? 0) > (c.byEvidence.linked_name ?? 0);
      note =
        s.resolved > 0
          ? t(lang, byId ? 'note.gapLinkedById' : 'note.gapLinked', { ...words, pct: percent(s.resolved, s.slots) }) + papers
          : t(lang, 'note.gapNone', words);
      caveat = s.resolved > 0 ? { kind: 'partial', label: label(s), filled: s.resolved / s.slots, byId, papersCover } : { kind: 'missing', label: label(s) };
    }
    if (note) notes.push({ conference: s.conference, year: s.year, note, caveat });
  }
  for (const g of scopeGaps(ctx, years, options.filters)) {
    const note = scopeGapNote(lang, options, g);
    notes.push({ conference: g.conference, year: g.year, note, caveat: { kind: 'scope', label: label(g), text: note } });
  }
  return notes;
}

function scopeGapNote(lang: Lang, options: QueryOptions, g: ScopeGap): string {
  const { status, track } = options.filters;
  const word = (status ? venueWord('tiers', status) : venueWord('tracks', track ?? 'datasets_benchmarks')) ?? '';
  switch (g.kind) {
    case 'tierMissing': {
      const tier = venueLabel('tiers', g.status, lang);
      return g.track
        ? t(lang, 'note.tierMissingTrack', { label: label(g), track: venueLabel('tracks', g.track, lang), tier, word })
        : t(lang, 'note.tierMissing', { label: label(g), tier, word });
    }
    case 'tierAllLabelled':
      return t(lang, 'note.tierAllLabelled', { label: label(g) });
    case 'trackUnknown':
      return options.filters.track === 'main'
        ? t(lang, 'note.trackUnknownMain', { label: label(g), track: venueLabel('tracks', g.track, lang) })
        : t(lang, 'note.trackUnknownOut', { label: label(g), word });
    case 'trackAbsent':
      return t(lang, 'note.trackAbsent', { label: label(g), track: venueLabel('tracks', g.track, lang), word });
    case 'trackSomeUnknown':
      return t(lang, 'note.trackSomeUnknown', { label: label(g), papers: formatCell(g.papers, 'int'), word });
  }
}

/** Whether the answer's groups are countries (its footer then says its country rule). */
function isCountryAnswer(q: ParsedQuery): boolean {
  const groups = groupsOf(q);
  if (!groups) return false;
  return 'all' in groups ? groups.all === 'country' : groups.some((e) => e.kind === 'country');
}

/** Share of author slots in scope that the figures count, as a one-line note. */
function coverageNote(q: ParsedQuery, scope: readonly ScopeCoverage[]): string {
  const { lang, filters } = q.options;
  const sum = (k: keyof Omit<ScopeCoverage, 'conference' | 'year'>) => scope.reduce((n, s) => n + s[k], 0);
  const slots = sum('slots');
  if (slots === 0) return t(lang, 'note.coverageNone');
  const words = { slots: formatCell(slots, 'int'), slotWord: slotWord(q.options.method, lang), pct: percent(sum('counted'), slots) };
  const parts = [
    filters.exact ? t(lang, 'note.coverageExact', { ...words, linked: percent(sum('resolved') - sum('counted'), slots) }) : t(lang, 'note.coverage', words),
  ];
  if (isCountryAnswer(q)) parts.push(t(lang, 'note.coverageCountry', { pct: percent(sum('withCountry'), slots) }));
  if (filters.country) {
    parts.push(
      t(lang, 'note.coverageInCountry', { code: filters.country, n: formatCell(sum('inCountry'), 'int'), country: countryLabel(filters.country, lang) }),
    );
  }
  return parts.join(punct(lang).space);
}

/** The year whose affiliations were given at the time; later years come from profiles scraped afterwards. */
const PRINTED_YEAR = 2020;

/** One line when a figure spans 2020 and a later year: its affiliations come from two kinds of source. */
function timingNote(lang: Lang, years: number[]): string[] {
  return years.includes(PRINTED_YEAR) && years.some((y) => y > PRINTED_YEAR) ? [t(lang, 'note.timing')] : [];
}

export interface CountryMove {
  /** Display name of the group. */
  name: string;
  /** The figure under the other country rule, and its difference from the one shown. */
  value: number;
  diff: number;
}

/**
 * The country rule in force, and what the other rule would give for the groups shown
 * (largest moves first). Every answer about countries, or filtered by one, carries it.
 */
export function countryRuleNote(options: QueryOptions, moves: CountryMove[], shown = 4): string {
  const { lang, method } = options;
  const ownCountry = !options.rollup || options.located;
  const rule = t(lang, !options.rollup ? 'note.countryRuleUnits' : options.located ? 'note.countryRuleLocated' : 'note.countryRuleParent');
  const other = t(lang, ownCountry ? 'word.rule.parent' : 'word.rule.located');
  const type = methodDef(method).type;
  const moved = moves.filter((m) => Math.abs(m.diff) > 1e-9).sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff) || a.name.localeCompare(b.name));
  if (moved.length === 0) return `${rule}${punct(lang).space}${t(lang, 'note.countryRuleSame', { other })}`;
  const listed = moved
    .slice(0, shown)
    .map((m) =>
      t(lang, 'note.countryMove', { name: m.name, value: formatCell(m.value, type), diff: `${m.diff > 0 ? '+' : '−'}${formatCell(Math.abs(m.diff), type)}` }),
    );
  if (moved.length > shown) listed.push(t(lang, 'note.countryMoreMoves', { n: moved.length - shown }));
  return `${rule}${punct(lang).space}${t(lang, 'note.countryRuleMoves', { other, moves: listed.join(t(lang, 'word.listSep')) })}`;
}

/** What the figure is about by default: the countries of the groups the question names, or any country. */
function figureOf(ctx: QueryContext, q: ParsedQuery, years: number[]): FigureFacts {
  const groups = groupsOf(q);
  const country = q.options.filters.country;
  const countries = country
    ? [country]
    : !groups || 'all' in groups
      ? ('any' as const)
      : groups.map((e) => (e.kind === 'country' ? e.code : (ctx.institutions.get(e.id)?.country ?? '')));
  // A trend or a comparison over years shows a change from its first year.
  const growth = (q.kind === 'compare' || q.kind === 'institution') && years.length > 1;
  return { countries, method: q.options.method, growth, countryRule: country !== undefined || isCountryAnswer(q) };
}

/**
 * `extra.notes` are added after the coverage note and `extra.caveats` to the gaps' caveats;
 * other fields in `extra` replace the defaults.
 */
export function buildMeta(ctx: QueryContext, q: ParsedQuery, years: number[], extra: Partial<AnswerMeta> = {}): AnswerMeta {
  const built = ctx.meta.built_at ? new Date(ctx.meta.built_at) : null;
  // date-fns formats in local time; shift so the printed time is UTC on any machine.
  // Each locale writes dates its way: 30 Nov 2026, 2026年11月30日.
  const pattern = LOCALES[q.options.lang].dateTime;
  const builtAt = built ? format(new Date(built.getTime() + built.getTimezoneOffset() * 60_000), pattern) + ' UTC' : t(q.options.lang, 'mtext.unknown');
  const scope = scopeCoverage(ctx, years, q.options);
  const gaps = years.length > 0 ? gapsFor(ctx, years, q.options, scope) : [];
  const corrections = correctionNotes(ctx, scopeOf(q, years) ?? { years: [], options: q.options, groups: [] });
  const figure = extra.figure ?? figureOf(ctx, q, years);
  const provisional = years.length > 0 ? provisionalCaveat(ctx, scope, q.options.lang) : null;
  const caveats: Caveat[] = [
    ...corrections.map((text): Caveat => ({ kind: 'correction', text })),
    ...(provisional ? [{ kind: 'provisional' as const, ...provisional }] : []),
    ...gaps.flatMap((g) => (g.caveat ? [g.caveat] : [])),
    ...(timingNote(q.options.lang, years).length > 0 ? [{ kind: 'timing' as const }] : []),
    ...(extra.caveats ?? []),
  ];
  return {
    lang: q.options.lang,
    method: q.options.method,
    methodLabel: methodText(q.options.method, q.options.lang).label,
    rollup: q.options.rollup,
    filters: filterLabels(q.options),
    years,
    yearsScope: yearsScope(ctx, years, q.options.lang),
    gaps,
    linkedShare: null,
    exact: q.options.filters.exact === true,
    snapshot: ctx.meta.snapshot ?? 'unknown',
    builtAt,
    command: q.text,
    ...extra,
    notes: [
      // Issue 23: one self-contained line when a provisional conference-year is in scope.
      ...(provisional ? [provisional.text] : []),
      ...(years.length > 0 ? [coverageNote(q, scope), ...timingNote(q.options.lang, years)] : []),
      ...(extra.notes ?? []),
      // Issue 16: says so when editors' corrections moved a figure shown.
      ...corrections,
    ],
    figure,
    caveats,
    caveatLine: caveatLine(relevantCaveats(caveats, figure), q.options.lang),
  };
}
