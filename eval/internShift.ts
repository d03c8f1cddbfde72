// `npm run eval:interns`: how much the intern rule (src/link/internRule.ts) moves the 2024
// top 20. Builds the database twice into a temporary folder, with and without the rule,
// and prints the top 20 with the rule, and any that left the top 20 (about a minute per build).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../src/pipeline/build.ts';
import { watchStdout } from '../src/cli/stdout.ts';
import { mirrorDir, sourcesDir } from '../src/config.ts';
import { openAsker } from '../src/query/openAsker.ts';
import { isParseError } from '../src/query/model/types.ts';

const YEARS = process.argv[2] ?? '2024';
const TOP = 20;
/** Deep enough that every top-20 institution of either run has both figures. */
const QUESTION = `${YEARS} top100`;

async function ranking(internRule: boolean, dir: string): Promise<Array<{ name: string; value: number }>> {
  const dbPath = path.join(dir, `airank-${internRule ? 'on' : 'off'}.sqlite`);
  await build({ dbPath, sourcesDir: sourcesDir(), mirror: mirrorDir(), internRule });
  const asker = openAsker(dbPath);
  try {
    const answer = asker.ask(QUESTION);
    if (isParseError(answer)) throw new Error(answer.message);
    const name = answer.columns.findIndex((c) => c.key === 'institution' || c.key === 'country');
    const value = answer.columns.findIndex((c) => c.key === 'value');
    return answer.rows.map((r) => ({ name: String(r[name]), value: Number(r[value]) }));
  } finally {
    asker.close();
  }
}

watchStdout();
const dir = mkdtempSync(path.join(tmpdir(), 'airank-interns-'));
try {
  const before = await ranking(false, dir);
  const after = await ranking(true, dir);
  const rankOf = (rows: typeof before) => new Map(rows.map((r, i) => [r.name, { rank: i + 1, value: r.value }]));
  const [b, a] = [rankOf(before), rankOf(after)];
  const names = [
    ...after.slice(0, TOP).map((r) => r.name),
    ...before
      .slice(0, TOP)
      .map((r) => r.name)
      .filter((n) => (a.get(n)?.rank ?? Infinity) > TOP),
  ];
  console.log(`${YEARS} top ${TOP}, authors: without the intern rule → with it (rows below the line left the top ${TOP})`);
  console.log('rank after  institution                                   before    after  change  rank before');
  names.forEach((name, i) => {
    if (i === TOP) console.log('-'.repeat(80));
    const [x, y] = [b.get(name), a.get(name)];
    const change = x && y ? y.value - x.value : NaN;
    console.log(
      `${String(y?.rank ?? '-').padStart(10)}  ${name.slice(0, 44).padEnd(44)} ${String(x?.value ?? '-').padStart(7)}  ${String(y?.value ?? '-').padStart(7)} ${(Number.isNaN(change) ? '-' : (change > 0 ? '+' : '') + change).padStart(7)}  ${x?.rank ?? '-'}`,
    );
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
