// `npm run data:venues`: writes src/ingest/venueIds.ts, the Conference, Track and Status
// union types, from data/conferences.json, so the type checker knows the ids the data file
// gives. test/ingest/venues.test.ts fails when the written file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { venueIdsSource } from '../src/ingest/venues.ts';

const target = fileURLToPath(new URL('../src/ingest/venueIds.ts', import.meta.url));
writeFileSync(target, venueIdsSource());
console.log(`wrote ${target}`);
