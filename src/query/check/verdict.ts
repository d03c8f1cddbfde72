// Claimed figure against airank's figure under one method. A claim "matches" when the
// airank figure, rounded as precisely as the claim is written, gives the claimed figure
// (12% matches 11.6%, 8,491 matches only 8,491); otherwise the difference decides.
import type { ClaimFigure } from './figure.ts';

export type VerdictKind = 'matches' | 'within' | 'off' | 'none';

export interface Verdict {
  kind: VerdictKind;
  /** (claimed − airank) / airank; null for ranks and missing figures. */
  difference: number | null;
  text: string;
}

/** Within this relative difference a claim is "within 5%". */
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

export function verdict(claimed: ClaimFigure, actual: number | null, reason = 'not computed'): Verdict {
  if (actual === null) return { kind: 'none', difference: null, text: reason };
  if (claimed.kind === 'rank') {
    if (actual === claimed.value) return { kind: 'matches', difference: null, text: 'matches' };
    const places = Math.abs(actual - claimed.value);
    return { kind: 'off', difference: null, text: `off: ranked ${actual} (${places} place${places === 1 ? '' : 's'} ${actual > claimed.value ? 'lower' : 'higher'})` };
  }
  // Shares are written in percent: round the airank share in the same unit.
  const scale = claimed.kind === 'share' ? 100 : 1;
  const same = Math.abs(roundTo(actual * scale, claimed.decimals) - claimed.value * scale) < 1e-9;
  const difference = actual !== 0 ? (claimed.value - actual) / actual : null;
  if (same) return { kind: 'matches', difference, text: 'matches' };
  if (difference === null) return { kind: 'off', difference, text: 'off: airank counts none' };
  const side = difference > 0 ? 'claim higher' : 'claim lower';
  if (Math.abs(difference) <= TOLERANCE) return { kind: 'within', difference, text: `within 5% (${side})` };
  return { kind: 'off', difference, text: `off by ${percent(difference)} (${side})` };
}

const ORDER: Record<VerdictKind, number> = { matches: 0, within: 1, off: 2, none: 3 };

/** Sort key: better verdicts first, then the smaller difference (ranks: fewer places). */
export function closeness(v: Verdict, claimed: ClaimFigure, actual: number | null): [number, number] {
  const distance = claimed.kind === 'rank' && actual !== null ? Math.abs(actual - claimed.value) : Math.abs(v.difference ?? Infinity);
  return [ORDER[v.kind], distance];
}
