// The text of src/domain/ids.ts: the id unions the data files define, so the type checker
// knows them. `npm run data:ids` writes it; test/domain/venues.test.ts fails when it is stale.
import { INSTITUTION_TYPES } from './institutionTypes.ts';
import { VENUES, type VenueTable } from './venues.ts';

export function idsSource(table: VenueTable = VENUES, instTypes: readonly string[] = Object.keys(INSTITUTION_TYPES)): string {
  const union = (ids: readonly string[]) => ids.map((id) => `'${id}'`).join(' | ');
  return [
    '// Generated from data/conferences.json and data/institution-types.json by `npm run data:ids`; do not edit. A test fails when it is out of date.',
    '',
    `export type Conference = ${union(table.conferences.map((c) => c.id))};`,
    `export type Track = ${union(table.tracks.map((c) => c.id))};`,
    `export type Status = ${union(table.tiers.map((c) => c.id))};`,
    `export type InstType = ${union(instTypes)};`,
    '',
  ].join('\n');
}
