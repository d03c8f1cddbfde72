// Cold start: open the database and produce the first answer, in a fresh process.
import { databasePath } from '../src/config.ts';
import { openAsker } from '../src/query/openAsker.ts';

const started = performance.now();
const asker = openAsker(databasePath());
asker.ask('2024 top10');
console.log(JSON.stringify({ ms: performance.now() - started }));
asker.close();
