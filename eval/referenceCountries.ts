// `npm run eval:reference`: airank's authors from the United States and China at each
// conference-year an outside aggregate covers (`reference/lf_<conf>-<year>-analytics.json`, use
// `reference` in data/sources.json: published per-country author totals of accepted papers), side by side with
// the ratio. The references are a yardstick only: never read by the build, never merged into counts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { watchStdout } from '../src/cli/stdout.ts';
import { databasePath, sourcesDir } from '../src/config.ts';
import { openAsker } from '../src/query/openAsker.ts';
import { isParseError } from '../src/query/model/types.ts';

const COUNTRIES: Record<string, string> = { US: 'United States', CN: 'China' };

interface Reference {
  conference: string;
  year: number;
  authors: Record<string, number>;
}

function readReference(file: string): Reference | null {
  const m = /^lf_([a-z]+)-(\d{4})-analytics\.json$/.exec(path.basename(file));
  if (!m) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { globalStats: { countries: Array<{ affiliation_country: string; author_count: number }> } };
  const authors = Object.fromEntries(data.globalStats.countries.map((c) => [c.affiliation_country, c.author_count]));
  return { conference: m[1], year: Number(m[2]), authors };
}

watchStdout();
const dir = path.join(process.argv[2] ?? sourcesDir(), 'reference');
const asker = openAsker(databasePath());
try {
  console.log('conference year  country          airank  reference  ratio');
  for (const ref of readdirSync(dir)
    .sort()
    .map((f) => readReference(path.join(dir, f)))
    .filter((r): r is Reference => r !== null)) {
    // Author slots (the default method): ICLR 2024 is 8,697 "accepted authors" there against 9,257 distinct ids, so the reference counts a person once per country and paper, close to slots.
    const answer = asker.ask(`countries ${ref.year} ${ref.conference} top 100`);
    if (isParseError(answer)) throw new Error(answer.message);
    const name = answer.columns.findIndex((c) => c.key === 'country');
    const value = answer.columns.findIndex((c) => c.key === 'value');
    for (const [code, label] of Object.entries(COUNTRIES)) {
      const ours = Number(answer.rows.find((r) => r[name] === label)?.[value] ?? 0);
      const theirs = ref.authors[code] ?? 0;
      const ratio = theirs > 0 ? `${((100 * ours) / theirs).toFixed(0)}%` : '-';
      console.log(
        `${ref.conference.padEnd(10)} ${ref.year}  ${label.padEnd(15)} ${String(ours).padStart(7)}  ${String(theirs).padStart(9)}  ${ratio.padStart(5)}`,
      );
    }
  }
} finally {
  asker.close();
}
