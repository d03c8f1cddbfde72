// `npm run data:ids`: writes src/domain/ids.ts, the Conference, Track, Status and InstType
// union types, from data/conferences.json and data/institution-types.json, so the type
// checker knows the ids the data files give. test/domain/venues.test.ts fails when it is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { idsSource } from '../src/domain/idsSource.ts';

const target = fileURLToPath(new URL('../src/domain/ids.ts', import.meta.url));
writeFileSync(target, idsSource());
console.log(`wrote ${target}`);
