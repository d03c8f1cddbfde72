// Share of a figure's author slots that rest on linked evidence (issue 6 labels).
import type { AggregateRow } from '../figures/aggregate.ts';

export function linkedShare(rows: Pick<AggregateRow, 'slots' | 'linkedSlots'>[]): number | null {
  const slots = rows.reduce((s, r) => s + r.slots, 0);
  return slots > 0 ? rows.reduce((s, r) => s + r.linkedSlots, 0) / slots : null;
}
