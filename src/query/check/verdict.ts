// Claimed figure against airank's figure under one method. A claim "matches" when the
// airank figure, rounded as precisely as the claim is written, gives the claimed figure
// (12% matches 11.6%, 8,491 matches only 8,491); a hedged claim ("more than 300", "nearly
// 900") matches when the figure is on the side it says; otherwise the difference decides.
import { t } from '../../i18n/t.ts';
import type { ReasonKey } from './compute.ts';
import type { ClaimFigure, Qualifier } from '../model/claimFigure.ts';
import type { Lang } from '../../domain/lang.ts';
import type { VerdictKind } from '../model/claimData.ts';

export interface Verdict {
  kind: VerdictKind;
  /** (claimed − airank) / airank; null for ranks and missing figures. */
  difference: number | null;
  text: string;
}

/** Within this relative difference a claim is "within 5%"; "about" and "nearly" use it too. */
export const TOLERANCE = 0.05;

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function percent(fraction: number): string {
  const p = Math.abs(fraction) * 100;
  // "off by 5%" next to "within 5%" would contradict itself: keep a decimal near the line.
  return `${p < 10 ? p.toFixed(1).replace(/\.0$/, '') : Math.round(p)}%`;
}

/** Does the figure fall on the side a hedge says? */
function hedgeHolds(q: Qualifier, claimed: number, actual: number): boolean {
  switch (q) {
    case 'over':
      return actual > claimed;
    case 'atLeast':
      return actual >= claimed;
    case 'under':
      return actual < claimed;
    case 'nearly':
      return actual <= claimed && actual >= claimed * (1 - TOLERANCE);
    case 'about':
      return Math.abs(actual - claimed) <= claimed * TOLERANCE;
    case 'atMost':
      return actual <= claimed;
  }
}

export function verdict(claimed: ClaimFigure, actual: number | null, reason: ReasonKey | undefined, lang: Lang = 'en'): Verdict {
  if (actual === null) return { kind: 'none', difference: null, text: t(lang, `reason.${reason ?? 'nothingInScope'}`) };
  if (claimed.kind === 'rank' && claimed.qualifier === 'atMost') {
    const holds = actual <= claimed.value;
    return { kind: holds ? 'matches' : 'off', difference: null, text: t(lang, holds ? 'hedge.holds.atMost' : 'hedge.fails.atMost', { rank: actual }) };
  }
  if (claimed.kind === 'rank') {
    if (actual === claimed.value) return { kind: 'matches', difference: null, text: t(lang, 'verdict.matches') };
    const places = Math.abs(actual - claimed.value);
    const key =
      actual > claimed.value ? (places === 1 ? 'verdict.rankLower1' : 'verdict.rankLower') : places === 1 ? 'verdict.rankHigher1' : 'verdict.rankHigher';
    return { kind: 'off', difference: null, text: t(lang, key, { rank: actual, places }) };
  }
  // Shares are written in percent: round the airank share in the same unit.
  const scale = claimed.kind === 'share' ? 100 : 1;
  const difference = actual !== 0 ? (claimed.value - actual) / actual : null;
  if (claimed.qualifier) {
    const holds = hedgeHolds(claimed.qualifier, claimed.value, actual);
    return { kind: holds ? 'matches' : 'off', difference, text: t(lang, holds ? `hedge.holds.${claimed.qualifier}` : `hedge.fails.${claimed.qualifier}`) };
  }
  const same = Math.abs(roundTo(actual * scale, claimed.decimals) - claimed.value * scale) < 1e-9;
  if (same) return { kind: 'matches', difference, text: t(lang, 'verdict.matches') };
  if (difference === null) return { kind: 'off', difference, text: t(lang, 'verdict.none') };
  const side = t(lang, difference > 0 ? 'verdict.claimHigher' : 'verdict.claimLower');
  if (Math.abs(difference) <= TOLERANCE) return { kind: 'within', difference, text: t(lang, 'verdict.within', { side }) };
  return { kind: 'off', difference, text: t(lang, 'verdict.off', { pct: percent(difference), side }) };
}

const ORDER: Record<VerdictKind, number> = { matches: 0, within: 1, off: 2, none: 3 };

/** Sort key: better verdicts first, then the smaller difference (ranks: fewer places). */
export function closeness(v: Verdict, claimed: ClaimFigure, actual: number | null): [number, number] {
  const distance = claimed.kind === 'rank' && actual !== null ? Math.abs(actual - claimed.value) : Math.abs(v.difference ?? Infinity);
  return [ORDER[v.kind], distance];
}
