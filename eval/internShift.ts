// `npm run eval:interns`: how much the intern rule (src/link/internRule.ts) moves the 2024
// top 20. Builds the database twice into a temporary folder, with and without the rule,
// and prints both rankings side by side (about a minute per build).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../src/build/build.ts';
import { mirrorDir, sourcesDir } from '../src/config.ts';
import { openAsker } from '../src/query/openAsker.ts';
import { isParseError } from '../src/query/types.ts';

const QUESTION = process.argv[2] ?? '2024 top20';

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

const dir = mkdtempSync(path.join(tmpdir(), 'airank-interns-'));
try {
  const before = await ranking(false, dir);
  const after = await ranking(true, dir);
  const rankBefore = new Map(before.map((r, i) => [r.name, { rank: i + 1, value: r.value }]));
  console.log(`${QUESTION}: without the intern rule → with it`);
  console.log('rank  institution                                   before   after   change  (rank before)');
  after.forEach((r, i) => {
    const b = rankBefore.get(r.name);
    const change = b ? r.value - b.value : NaN;
    console.log(
      `${String(i + 1).padStart(4)}  ${r.name.slice(0, 44).padEnd(44)} ${String(b?.value ?? '-').padStart(7)} ${String(r.value).padStart(7)} ${(Number.isNaN(change) ? '-' : (change > 0 ? '+' : '') + change).padStart(8)}  (${b?.rank ?? 'not in top'})`,
    );
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
