// Prints every figure, rank and verdict airank gives for the README's questions and the
// claim corpus, one JSON line per answer, so two versions can be diffed
// (`npx tsx scripts/dumpFigures.ts > before.jsonl`, change, again, `diff`). Reads the
// real database (var/airank.sqlite, or AIRANK_DB); titles, notes and layout are left out.
// `--notes`: the caveats instead (every coverage gap and note the JSON carries), to show
// that a change in presentation drops none of them.
import { readFileSync } from 'node:fs';
import { openAsker } from '../src/query/openAsker.ts';
import { isParseError } from '../src/query/model/types.ts';
import { CORPUS } from '../test/query/claimCorpus.ts';

const asker = openAsker(process.env.AIRANK_DB ?? 'var/airank.sqlite');
/** The questions of the README's examples: every `npm run airank -- ...` line. */
const readme = [...readFileSync('README.md', 'utf8').matchAll(/^npm run airank -- (.+?)(?:\s+#.*)?$/gm)]
  .map((m) => m[1].trim().replace(/ --(csv|json|png \S+|print)\b/g, ''))
  .map((q) => q.replace(/^check "(.*)"$/, 'check $1'));
const questions = [...readme, ...CORPUS.map(([claim]) => `check ${claim}`)];
for (const q of questions) {
  const r = asker.ask(q);
  if (isParseError(r)) {
    console.log(JSON.stringify({ q, error: r.message }));
    continue;
  }
  if (process.argv.includes('--notes')) {
    console.log(JSON.stringify({ q, gaps: r.meta.gaps.map((g) => g.note), notes: r.meta.notes }));
    continue;
  }
  // Figure columns only: every column except text columns that hold commands or prose.
  const keep = r.columns.map((c, i) => (c.key === 'reproduce' ? -1 : i)).filter((i) => i >= 0);
  console.log(
    JSON.stringify({ q, kind: r.kind, columns: keep.map((i) => r.columns[i].key), rows: r.rows.map((row) => keep.map((i) => row[i])), totalRows: r.totalRows }),
  );
}
asker.close();
