// What reading a claim gives (claim.ts reads, explain.ts words the problems): the claim
// with its figure, years and filters, or why it could not be read.
import type { Conference, InstType, Status, Track } from '../../domain/ids.ts';
import type { Method } from '../methods.ts';
import type { Entity } from '../types.ts';
import type { ClaimFigure } from './figure.ts';

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
}

export type Missing = 'entity' | 'figure' | 'year';

export type ClaimReading =
  | { ok: true; claim: Claim; claims: Claim[] }
  | { ok: false; missing: Missing[]; problem: string; problems: Problem[] };

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
  | { kind: 'badCountry'; value: string };
