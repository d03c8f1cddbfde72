// What reading a claim gives (claim.ts reads, explain.ts words the problems): the claim
// with its figure, years and filters, or why it could not be read.
import type { Conference, InstType, Status, Track } from '../../domain/ids.ts';
import type { Method } from '../model/methods.ts';
import type { Entity } from '../model/types.ts';
import type { ClaimFigure } from '../model/claimFigure.ts';
import type { OutOfScope, UncheckedReason } from '../model/claimScope.ts';

export interface Claim {
  entity: Entity;
  figure: ClaimFigure;
  /** Sorted. Counts, ranks and shares over several years are over the whole span; growth compares the first and last. */
  years: number[];
  /** `top50`: only institutions in each year's top N count. */
  top?: number;
  conferences: Conference[];
  track?: Track;
  status?: Status;
  exact?: boolean;
  instType?: InstType;
  /** A rank "in Japan": among that country's institutions. */
  country?: string;
  /** `units`, or a unit named on its own (DeepMind): no roll-up. */
  units?: boolean;
  /** A method the claim names ("among first authors", "300 papers"). */
  method?: Method;
  /** Several tiers together ("orals and spotlights"): the figure is their sum. */
  statuses?: Status[];
  /** "4 of the top 10": a number of institutions among each year's top `top`. */
  counts?: 'institutions';
}

export type Missing = 'entity' | 'figure' | 'year';

/** A number or name in the sentence that is not checked, with why (its text as read). */
export interface Unchecked {
  text: string;
  at: number;
  reason: UncheckedReason;
}

export type ClaimReading =
  | { ok: true; claim: Claim; claims: Claim[]; unchecked: Unchecked[]; context?: string }
  | { ok: false; missing: Missing[]; problem: string; problems: Problem[]; unchecked: Unchecked[]; context?: string };

/** A reason a claim was not read, as a key and values (explain.ts words it in each language). */
export type Problem =
  | { kind: 'missing'; what: Missing[] }
  | { kind: 'ambiguous'; names: string }
  | { kind: 'severalNames'; count: number }
  | { kind: 'outside'; years: string }
  | { kind: 'growthYears' }
  | { kind: 'badTop'; top: number }
  | { kind: 'topScope'; top: number; figure: string }
  | { kind: 'rankZero' }
  | { kind: 'countryOfCountry' }
  | { kind: 'badCountry'; value: string }
  | { kind: 'outOfScope'; topic: OutOfScope };
