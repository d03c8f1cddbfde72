// A slot reference as one short string (Slack option values and private metadata carry it).
import type { Conference } from '../domain/ids.ts';
import { CONFERENCES } from '../domain/venues.ts';
import type { SlotRef } from '../domain/slotRef.ts';

/** `neurips|2024|3|P4`: the source id last, since it is the only part that may hold `|`. */
export function encodeSlot(ref: SlotRef): string {
  return `${ref.conference}|${ref.year}|${ref.position}|${ref.sourceId}`;
}

export function decodeSlot(value: string | undefined | null): SlotRef | null {
  const m = /^([a-z]+)\|(\d{4})\|(\d+)\|(.+)$/s.exec(value ?? '');
  if (!m || !CONFERENCES.includes(m[1] as Conference)) return null;
  return { conference: m[1] as Conference, year: Number(m[2]), position: Number(m[3]), sourceId: m[4] };
}
