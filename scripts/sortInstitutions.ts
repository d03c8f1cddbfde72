// `npm run data:sort`: rewrites data/institutions.json sorted by id, one institution per
// line, so that a reviewer's diff of an added institution or alias is one line in a
// predictable place. `npm run data:sort -- --check` changes nothing and exits 1 when the
// file is not sorted; test/normalize/curatedData.test.ts fails on an unsorted file too.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_DIR } from '../src/config.ts';

export const INSTITUTIONS_FILE = path.join(DATA_DIR, 'institutions.json');

/** The file's text with its institutions sorted by id, in the file's own layout (no final newline). */
export function sortedInstitutionsText(text: string): string {
  const institutions = JSON.parse(text) as Array<{ id: string }>;
  const sorted = [...institutions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `[\n${sorted.map((i) => `  ${JSON.stringify(i)}`).join(',\n')}\n]`;
}

// Run as a script only: the test imports sortedInstitutionsText.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = readFileSync(INSTITUTIONS_FILE, 'utf8');
  const sorted = sortedInstitutionsText(text);
  if (process.argv.includes('--check')) {
    if (sorted !== text) {
      console.error(`${INSTITUTIONS_FILE} is not sorted by id (or not in its one-line-per-institution layout): run npm run data:sort`);
      process.exit(1);
    }
  } else if (sorted !== text) {
    writeFileSync(INSTITUTIONS_FILE, sorted);
    console.log(`sorted ${INSTITUTIONS_FILE}`);
  }
}
