// What `check` read, as data (the `check` field of the answer, in `--json`): one reading per
// figure checked, with the entity, the kind of figure, the claimed value, the years, the
// filters and basis applied and the method of its headline verdict; and every number or
// name of the sentence that was not checked, with the reason in the answer's language.
// Scripts and a newsroom's tools read these instead of parsing prose.
import type { Conference, InstType, Status, Track } from '../../domain/ids.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Method } from '../methods.ts';
import type { Claim, Unchecked } from './reading.ts';
import type { Qualifier } from './figure.ts';
import { uncheckedLabel, type UncheckedReason } from './scope.ts';
import type { VerdictKind } from './verdict.ts';

export interface ClaimReadingData {
  entity: { kind: 'country' | 'institution'; id: string; name: string };
  kind: Claim['figure']['kind'];
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

export function readingData(
  claim: Claim,
  entityName: string,
  method: Method,
  verdict: { kind: VerdictKind; text: string },
  airank: number | null,
): ClaimReadingData {
  const statuses = claim.statuses ?? (claim.status ? [claim.status] : undefined);
  return {
    entity: { kind: claim.entity.kind, id: claim.entity.kind === 'country' ? claim.entity.code : claim.entity.id, name: entityName },
    kind: claim.figure.kind,
    value: claim.figure.value,
    ...(claim.figure.qualifier ? { qualifier: claim.figure.qualifier } : {}),
    text: claim.figure.text,
    years: claim.years,
    filters: {
      conferences: claim.conferences,
      ...(claim.track ? { track: claim.track } : {}),
      ...(statuses ? { statuses } : {}),
      ...(claim.instType ? { instType: claim.instType } : {}),
      ...(claim.country ? { country: claim.country } : {}),
      ...(claim.exact ? { exact: true } : {}),
      ...(claim.units ? { units: true } : {}),
    },
    ...(claim.top !== undefined ? { basis: { top: claim.top, ...(claim.counts ? { counts: claim.counts } : {}) } } : {}),
    method,
    methodNamed: claim.method !== undefined,
    verdict: { kind: verdict.kind, text: verdict.text, airank },
  };
}

export function uncheckedData(unchecked: Unchecked[], lang: Lang): UncheckedData[] {
  return unchecked.map((u) => ({ text: u.text, reason: u.reason, why: uncheckedLabel(u.reason, lang) }));
}

/** Parts that only restate the list or venues the figures are read in: the rest leave the sentence checked in part. */
export function unplaced(unchecked: Unchecked[]): Unchecked[] {
  return unchecked.filter((u) => u.reason !== 'listSize' && u.reason !== 'venues');
}
