// Provisional conference-years (data/conferences.json `provisional`: ICLR, ICML and NeurIPS 2025,
// ICLR and ICML 2026): every figure that includes one says so in one self-contained caveat line,
// with the share of its author slots in scope that are resolved, and whether it is compared with
// complete years. A question without a year covers the complete years only (help says so; the
// scope says which years are complete).
import { t } from '../../i18n/t.ts';
import { formatCell } from '../../i18n/numbers.ts';
import { yearsLabel } from '../../i18n/years.ts';
import type { Lang } from '../../domain/lang.ts';
import { venueLabel } from '../../domain/venues.ts';
import type { QueryContext } from '../context/context.ts';
import type { ScopeCoverage } from './scopeCoverage.ts';

/** The years in which some conference-year is provisional, in order. */
export function provisionalYears(ctx: QueryContext): number[] {
  return [...new Set(ctx.coverage.filter((c) => c.provisional).map((c) => c.year))].sort((a, b) => a - b);
}

/** "(complete)" or "(2025–2026 provisional)" after the scope's years; nothing while no year is provisional. */
export function yearsScope(ctx: QueryContext, years: readonly number[], lang: Lang): string | undefined {
  const provisional = provisionalYears(ctx);
  if (provisional.length === 0 || years.length === 0) return undefined;
  const mine = years.filter((y) => provisional.includes(y));
  if (mine.length === 0) return t(lang, 'scope.complete');
  return mine.length === years.length ? t(lang, 'scope.allProvisional') : t(lang, 'scope.provisional', { years: yearsLabel(mine) });
}

/**
 * One line: "⚠ 2025–2026 provisional: ICLR 2025 66.8%, ... of author slots in scope resolved",
 * plus "; compared with complete 2020–2024" when the figure mixes both, with the conference-years it
 * names (in English, as the partial caveats label them). Null without a provisional year in scope.
 */
export function provisionalCaveat(ctx: QueryContext, scope: readonly ScopeCoverage[], lang: Lang): { text: string; labels: string[] } | null {
  const provisional = new Set(ctx.coverage.filter((c) => c.provisional).map((c) => `${c.conference}${c.year}`));
  const inScope = scope.filter((s) => s.slots > 0 || provisional.has(`${s.conference}${s.year}`));
  const shown = inScope.filter((s) => provisional.has(`${s.conference}${s.year}`));
  if (shown.length === 0) return null;
  const shares = shown
    .map((s) => `${venueLabel('conferences', s.conference, lang)} ${s.year} ${formatCell(s.slots > 0 ? s.resolved / s.slots : 0, 'percent')}`)
    .join(t(lang, 'word.listSep'));
  const complete = [...new Set(inScope.filter((s) => !provisional.has(`${s.conference}${s.year}`) && s.slots > 0).map((s) => s.year))];
  const line = t(lang, 'note.provisional', { years: yearsLabel(shown.map((s) => s.year)), shares });
  const text = complete.length > 0 ? line + t(lang, 'note.provisionalMixed', { years: yearsLabel(complete) }) : line;
  return { text, labels: shown.map((s) => `${venueLabel('conferences', s.conference, 'en')} ${s.year}`) };
}
