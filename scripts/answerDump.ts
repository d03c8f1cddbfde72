// `npx tsx scripts/answerDump.ts OUT_DIR [--build]`: everything the program says, for proving a
// restructuring changed nothing. Writes the README's questions, the claim corpus and the bench
// questions answered (text, CSV, JSON) in every language, against the database given by
// AIRANK_DB (default var/airank.sqlite); with --build, also a hash of every table of a fresh
// build from the mirror (meta's build time left out). Compare two runs with `diff -r`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { databasePath, mirrorDir, sourcesDir } from '../src/config.ts';
import { openAsker } from '../src/query/openAsker.ts';
import { isParseError } from '../src/query/model/types.ts';
import { renderCsv } from '../src/render/csv.ts';
import { renderJson } from '../src/render/json.ts';
import { renderParseErrorText, renderText } from '../src/render/text.ts';
import { CORPUS } from '../test/query/claimCorpus.ts';

const [out, ...flags] = process.argv.slice(2);
if (!out) throw new Error('usage: tsx scripts/answerDump.ts OUT_DIR [--build]');
mkdirSync(out, { recursive: true });
const LANGS = (process.env.DUMP_LANGS ?? 'en,zh,ja').split(',');

const README = [
  '2024 top10',
  'top 25 2023',
  '2020-2024 top10',
  'top10',
  'compare US CN JP 2020-2024',
  'countries 2024',
  'Tsinghua',
  'papers Tsinghua 2024 neurips',
  'teamsize 2020-2024',
  'check "China had 8,491 authors in 2024"',
  'trend US CN JP',
  'how many authors did Google have in 2024',
  'top universities in Japan 2024',
  'top 10 2024 page 2',
  'coverage',
  'method',
  'help',
  'help compare',
  'countries 2024 located',
  'papers MIT 2024 top 50',
  'papers MIT 2024 top 50 page 2',
  '2024 top10 units',
  '2024 top10 exact',
  '2024 top10 people',
  '2024 top10 first',
  '2024 top10 last',
  '2024 top10 fractional',
  '2024 top10 papers',
  'top 10 companies 2024',
  'top 10 institutes 2024',
  '東大',
  '清华',
  'MSRA',
  'DeepMind 2024',
  'top10 country:JP 2024',
  'top 10 2024 oral',
  'top 10 2024 neurips main',
  'top 10 2024 datasets',
  'top 10 2024 last year',
];
const BENCH = [
  '2024 top10',
  'top 100 2020-2024',
  '2023 top25 fractional',
  '2022 top10 people neurips main',
  '2020-2024 top10 people',
  '2024 top10 papers',
  'countries 2024',
  'countries 2020-2024 papers',
  'countries 2023 oral',
  'countries 2024 people',
  'compare US CN',
  'compare US CN JP GB DE 2020-2024',
  'compare Tsinghua Stanford people',
  'Tsinghua',
  'rank RIKEN 2024',
  'inst "Zhejiang University" fractional',
  'JP',
  'check "China had 8,491 authors in 2024"',
  'check Google rank 1 2024',
  'check "CN grew 8x 2020-2024"',
  'check US 14766 2024 top50',
  'papers Tsinghua 2024 neurips',
  'papers Google 2023',
];
const CLAIMS = CORPUS.map(([text]) => `check ${JSON.stringify(text)}`);

const asker = openAsker(process.env.AIRANK_DB ?? databasePath(), { cache: false });
for (const [name, questions] of Object.entries({ readme: README, bench: BENCH, claims: CLAIMS })) {
  for (const lang of LANGS) {
    const parts: string[] = [];
    for (const q of questions) {
      const text = lang === 'en' ? q : `${q} lang:${lang}`;
      const a = asker.ask(text);
      parts.push(`=== ${text}`, renderJson(a));
      if (isParseError(a)) parts.push(renderParseErrorText(a));
      else parts.push(renderText(a), renderCsv(a));
    }
    writeFileSync(path.join(out, `${name}-${lang}.txt`), parts.join('\n') + '\n');
  }
}
asker.close();

/** One line per table: its name, row count and the sha256 of its rows in rowid order. */
function tableHashes(file: string): string {
  const sqlite = new SQLite(file, { readonly: true });
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const lines = tables.map((t) => {
    const h = createHash('sha256');
    let n = 0;
    for (const row of sqlite.prepare(`SELECT * FROM "${t}"`).raw().iterate() as Iterable<unknown[]>) {
      if (t === 'meta' && row[0] === 'built_at') continue;
      h.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v)) + '\n');
      n++;
    }
    return `${t}\t${n}\t${h.digest('hex')}`;
  });
  sqlite.close();
  return lines.join('\n') + '\n';
}

if (flags.includes('--build')) {
  const { build } = await import('../src/pipeline/build.ts');
  const dir = mkdtempSync(path.join(tmpdir(), 'airank-dump-'));
  try {
    const file = path.join(dir, 'dump.sqlite');
    await build({ dbPath: file, sourcesDir: sourcesDir(), mirror: mirrorDir() });
    writeFileSync(path.join(out, 'tables.txt'), tableHashes(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
