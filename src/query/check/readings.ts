// What `check` read, as data (the `check` field of the answer, in `--json`): one reading per
// figure checked, with the entity, the kind of figure, the claimed value, the years, the
// filters and basis applied and the method of its headline verdict; and every number or
// name of the sentence that was not checked, with the reason in the answer's language.
// Scripts and a newsroom's tools read these instead of parsing prose.
import type { Lang } from '../../domain/lang.ts';
import type { Method } from '../model/methods.ts';
import type { Claim, Unchecked } from './reading.ts';
import { uncheckedLabel } from '../model/claimScope.ts';
import type { ClaimReadingData, UncheckedData, VerdictKind } from '../model/claimData.ts';

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
