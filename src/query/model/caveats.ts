// Which caveats the default footer shows: the one rule deciding relevance. Every caveat an
// answer has stays in its meta (JSON, `details`, the Slack "Caveats & method" button);
// the default shows at most MAX_SHOWN, ranked by what they do to the figure shown, and
// leaves out those that cannot move its entity, method or years.
import { t, punct } from '../../i18n/t.ts';
import { formatCell } from '../../i18n/numbers.ts';
import type { Method } from './methods.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Column } from '../../domain/table.ts';

/** What a figure is about, as far as the caveats care. */
export interface FigureFacts {
  /** Countries of the groups shown; 'any' for a ranking or claim open to every country. */
  countries: readonly string[] | 'any';
  method: Method;
  /** The figure is a change from one year to another (a growth claim, a `compare` over years, a trend). */
  growth: boolean;
  /** The groups are countries, or a `country:` filter is in force: the country rule applies. */
  countryRule: boolean;
}

/** A caveat an answer may carry, with what it needs to judge and say it. */
export type Caveat =
  /** Editors' corrections moved a figure shown. */
  | { kind: 'correction'; text: string }
  /** A filter empties or thins a conference-year in scope (`exact`, a tier, a track). */
  | { kind: 'scope'; label: string; text: string }
  /** A conference-year with no figures at all (no affiliations, nothing linked). */
  | { kind: 'missing'; label: string }
  /** Provisional conference-years in scope: one line with each one's resolved share (provisional.ts). */
  | { kind: 'provisional'; text: string; labels: string[] }
  /** A conference-year with no per-author affiliations, filled by linking: `filled` of its slots. */
  | { kind: 'partial'; label: string; filled: number; byId: boolean; papersCover?: number }
  /** The roll-up policy decides what the figure includes (a parent with units, a unit counted alone). */
  | { kind: 'rollup'; text: string }
  /** What the other country rule gives for the group it moves most. */
  | { kind: 'countryRule'; name: string; value: number; diff: number; type: Column['type']; located: boolean }
  /** 2020's affiliations were given at the time, later years' come from profiles scraped afterwards. */
  | { kind: 'timing' };

/** A caveat chosen for the default footer, with the clauses that apply to this figure. */
export type Shown = Caveat & { china?: boolean; papers?: boolean };

export const MAX_SHOWN = 2;

/** Rank of each kind: what changes the figure most comes first. */
const ORDER: Record<Caveat['kind'], number> = { correction: 0, scope: 1, missing: 2, provisional: 3, partial: 4, timing: 5, rollup: 6, countryRule: 7 };

/**
 * The rule. Partial conference-years are one caveat (listed together), with the clause on
 * Chinese institutions only when China can be among the groups shown, and the `papers`
 * clause only under `papers`; the 2020-source line only for a change from 2020; the
 * country rule only for a country figure that the other rule moves, and not for a change
 * (both years move alike).
 */
export function relevantCaveats(candidates: readonly Caveat[], figure: FigureFacts): Shown[] {
  const china = figure.countries === 'any' || figure.countries.includes('CN');
  const kept: Shown[] = [];
  // The provisional line already gives those conference-years' resolved shares.
  const provisional = new Set(candidates.flatMap((c) => (c.kind === 'provisional' ? c.labels : [])));
  for (const c of candidates) {
    if (c.kind === 'partial' && provisional.has(c.label)) continue;
    if (c.kind === 'timing' && !figure.growth) continue;
    if (c.kind === 'countryRule' && (!figure.countryRule || figure.growth || Math.abs(c.diff) < 1e-9)) continue;
    if (c.kind === 'partial') kept.push({ ...c, china, papers: figure.method === 'papers' && c.papersCover !== undefined });
    else kept.push(c);
  }
  // Conference-years of one kind make one caveat, listed together; other caveats are kept once.
  const out: Shown[] = [];
  const byText = new Set<string>();
  for (const c of kept) {
    const key = 'label' in c && c.kind !== 'scope' ? c.kind : JSON.stringify(c);
    if (byText.has(key)) continue;
    byText.add(key);
    if (c.kind === 'partial' || c.kind === 'missing') {
      const same = kept
        .filter((k) => k.kind === c.kind)
        .map((k) => (k.kind === 'partial' ? `${k.label} ${Math.round(k.filled * 100)}%` : (k as { label: string }).label));
      out.push({ ...c, label: same.join(', ') });
    } else {
      out.push(c);
    }
  }
  return out.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]).slice(0, MAX_SHOWN);
}

/** One caveat in short words, in the answer's language. */
export function caveatText(c: Shown, lang: Lang): string {
  switch (c.kind) {
    case 'correction':
    case 'rollup':
    case 'provisional':
      return c.text;
    case 'scope':
      return c.text;
    case 'missing':
      return t(lang, 'cav.missing', { labels: c.label });
    case 'partial':
      return (
        t(lang, 'cav.partial', { labels: c.label }) +
        (c.china ? t(lang, 'cav.partialChina') : '') +
        (c.papers ? t(lang, 'cav.partialPapers', { pct: formatCell(c.papersCover ?? 0, 'percent') }) : '')
      );
    case 'timing':
      return t(lang, 'cav.timing');
    case 'countryRule':
      return t(lang, 'cav.countryRule', {
        other: t(lang, c.located ? 'word.rule.located' : 'word.rule.parent'),
        name: c.name,
        value: formatCell(c.value, c.type),
        diff: `${c.diff > 0 ? '+' : '−'}${formatCell(Math.abs(c.diff), c.type)}`,
      });
  }
}

/** The default footer's caveat line: the chosen caveats, ⚠-marked, or null when none applies. */
export function caveatLine(shown: readonly Shown[], lang: Lang): string | null {
  if (shown.length === 0) return null;
  return shown.map((c) => `⚠ ${caveatText(c, lang)}`).join(punct(lang).space);
}
