// The conference-years: which source files each needs (joined by their roles), and the
// official accepted-paper counts the result is checked against. They are data: the `years`
// of each conference in data/conferences.json (src/ingest/venues.ts checks them on load).
import { VENUES, type VenueYear } from './venues.ts';
import type { Conference } from './ids.ts';

export interface ConferenceYear extends VenueYear {
  conference: Conference;
}

export const CONFERENCE_YEARS: readonly ConferenceYear[] = VENUES.conferences.flatMap((c) => c.years.map((y) => ({ conference: c.id as Conference, ...y })));

export function findConferenceYear(conference: Conference, year: number): ConferenceYear {
  const entry = CONFERENCE_YEARS.find((c) => c.conference === conference && c.year === year);
  if (!entry) throw new Error(`no sources configured for ${conference} ${year}`);
  return entry;
}
