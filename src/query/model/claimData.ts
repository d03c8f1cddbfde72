// The shapes of what `check` read, as data (the answer's `check` field; readings.ts fills
// them). A leaf: the answer type imports it without importing the checker.
import type { Conference, InstType, Status, Track } from '../../domain/ids.ts';
import type { Method } from './methods.ts';
import type { ClaimFigure, Qualifier } from './claimFigure.ts';
import type { UncheckedReason } from './claimScope.ts';

export type VerdictKind = 'matches' | 'within' | 'off' | 'none';

export interface ClaimReadingData {
  entity: { kind: 'country' | 'institution'; id: string; name: string };
  kind: ClaimFigure['kind'];
  /** As claimed: a share is a fraction (28% → 0.28), growth a multiple, a rank a place. */
  value: number;
  qualifier?: Qualifier;
  /** The figure as written in the sentence. */
  text: string;
  years: number[];
  filters: {
    conferences: Conference[];
    track?: Track;
    statuses?: Status[];
    instType?: InstType;
    country?: string;
    exact?: boolean;
    units?: boolean;
  };
  /** The basis: only institutions in each year's top N; `institutions`: the figure counts institutions there. */
  basis?: { top: number; counts?: 'institutions' };
  /** The method of the headline verdict: the claim's own, or the default when it names none. */
  method: Method;
  methodNamed: boolean;
  verdict: { kind: VerdictKind; text: string; airank: number | null };
}

export interface UncheckedData {
  text: string;
  reason: UncheckedReason;
  why: string;
}

export interface ClaimData {
  /** The words put beside the sentence (`check 2024 neurips: …`), when any. */
  context?: string;
  readings: ClaimReadingData[];
  unchecked: UncheckedData[];
}
