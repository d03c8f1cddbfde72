// `npx tsx src/link/evaluate.ts`: precision and recall of profile linking on held-out
// slots whose affiliation we know. Two experiments:
//  - random: a seeded 20% of all profile slots (every file, rejected papers included);
//  - year: every record of one conference-year's files at once, which is the situation
//    of ICML 2021/2022 (its people are known only through their other papers).
// Precision = imputed root institution equals the true one, of filled slots whose value
// resolves; recall = filled slots of hidden slots.
import { DATA_DIR, sourcesDir } from '../config.ts';
import { openResolver } from '../normalize/openResolver.ts';
import { runHoldOut, inSample, slotKey, type KindResult } from './holdOut.ts';
import type { LinkOptions } from './linkEvidence.ts';
import { readProfileRecords } from './readProfileRecords.ts';
import { makeRootResolver } from './rootInstitution.ts';

const pct = (n: number, of: number) => (of > 0 ? `${((100 * n) / of).toFixed(2)}%` : '–');
const line = (label: string, k: KindResult) =>
  `${label.padEnd(34)} hidden ${String(k.hidden).padStart(7)}  filled ${String(k.filled).padStart(7)} ` +
  `(recall ${pct(k.filled, k.hidden).padStart(7)})  comparable ${String(k.comparable).padStart(7)}  ` +
  `correct ${String(k.correct).padStart(7)} (precision ${pct(k.correct, k.comparable).padStart(7)})`;

async function main(): Promise<void> {
  const dir = sourcesDir();
  const files = await readProfileRecords(dir);
  const records = files.flatMap((f) => f.records);
  const { resolver } = openResolver(DATA_DIR, dir);
  const root = makeRootResolver(resolver);
  const variants: Array<[string, LinkOptions]> = [
    ['stable value, guard middle names (build default)', { guardMiddleNames: true, requireStable: true }],
    ['stable value, exact name only', { guardMiddleNames: false, requireStable: true }],
    ['nearest value, guard middle names', { guardMiddleNames: true, requireStable: false }],
  ];
  console.log(`Profile records: ${records.length} slots in ${files.length} files\n`);
  for (const [label, options] of variants) {
    console.log(`== ${label}`);
    const r = runHoldOut(records, (x) => inSample(slotKey(x), 'airank-link-1', 0.2), options, root);
    console.log(line('random 20%: linked_id', r.byId));
    console.log(line('random 20%: linked_name', r.byName));
    const years = [...new Set(files.map((f) => `${f.conference}${f.year}`))];
    const total: KindResult = { hidden: 0, filled: 0, comparable: 0, correct: 0 };
    for (const cy of years) {
      const papers = new Set(files.filter((f) => `${f.conference}${f.year}` === cy).flatMap((f) => f.records.map((x) => x.paperId)));
      const y = runHoldOut(records, (x) => papers.has(x.paperId), options, root);
      console.log(line(`whole ${cy}: linked_name`, y.byName));
      for (const k of Object.keys(total) as Array<keyof KindResult>) total[k] += y.byName[k];
    }
    console.log(line('whole years, all: linked_name', total));
    console.log('');
  }
}

await main();
