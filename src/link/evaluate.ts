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
import { DEFAULT_LINK_OPTIONS, type LinkOptions } from './linkEvidence.ts';
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
  const all: Record<string, [string, LinkOptions]> = {
    default: ['build default (DEFAULT_LINK_OPTIONS)', DEFAULT_LINK_OPTIONS],
    confirmed: ['confirmed value, exact names, guard middle names', { guardMiddleNames: true, requireStable: true, yearPolicy: 'confirmed' }],
    exact: ['confirmed value, exact name only', { guardMiddleNames: false, requireStable: true, yearPolicy: 'confirmed' }],
    nearest: ['nearest value, guard middle names', { guardMiddleNames: true, requireStable: false }],
    spell: ['confirmed value, + spellings', { guardMiddleNames: true, requireStable: true, yearPolicy: 'confirmed', spellings: true }],
    adjacent: ['adjacent year, exact names', { guardMiddleNames: true, requireStable: true, yearPolicy: 'adjacent' }],
    two: ['two nearest years, exact names', { guardMiddleNames: true, requireStable: true, yearPolicy: 'two_nearest' }],
    adjtwo: ['adjacent or two nearest, exact names', { guardMiddleNames: true, requireStable: true, yearPolicy: 'adjacent_two' }],
    spelladj: ['adjacent year, + spellings', { guardMiddleNames: true, requireStable: true, yearPolicy: 'adjacent', spellings: true }],
    spelltwo: ['two nearest years, + spellings', { guardMiddleNames: true, requireStable: true, yearPolicy: 'two_nearest', spellings: true }],
    coauthor: ['confirmed value, collisions settled by co-authors', { guardMiddleNames: true, requireStable: true, yearPolicy: 'confirmed', coauthors: true }],
    cospell: ['confirmed value, collisions and spellings settled by co-authors', { guardMiddleNames: true, requireStable: true, yearPolicy: 'confirmed', spellings: true, coauthors: true }],
  };
  // `npx tsx src/link/evaluate.ts spell adjacent` runs only those; no arguments: the default and the alternatives.
  const chosen = process.argv.slice(2);
  const variants = (chosen.length > 0 ? chosen : ['default', 'exact', 'nearest', 'spell', 'adjacent', 'two']).map((k) => {
    const v = all[k];
    if (!v) throw new Error(`unknown variant ${k}; known: ${Object.keys(all).join(', ')}`);
    return v;
  });
  console.log(`Profile records: ${records.length} slots in ${files.length} files\n`);
  for (const [label, options] of variants) {
    console.log(`== ${label}`);
    const r = runHoldOut(records, (x) => inSample(slotKey(x), 'airank-link-1', 0.2), options, root);
    console.log(line('random 20%: linked_id', r.byId));
    console.log(line('random 20%: linked_name', r.byName));
    if (options.spellings) console.log(line('random 20%:   of which by spelling', r.bySpelling));
    if (options.coauthors) console.log(line('random 20%:   of which by co-author', r.byCoauthor));
    if (options.yearPolicy && options.yearPolicy !== 'confirmed') console.log(line('random 20%:   of which graded year', r.byGraded));
    const years = [...new Set(files.map((f) => `${f.conference}${f.year}`))];
    const newKind = (): KindResult => ({ hidden: 0, filled: 0, comparable: 0, correct: 0 });
    const total = newKind();
    const spelling = newKind();
    const graded = newKind();
    const coauthor = newKind();
    for (const cy of years) {
      const papers = new Set(files.filter((f) => `${f.conference}${f.year}` === cy).flatMap((f) => f.records.map((x) => x.paperId)));
      const y = runHoldOut(records, (x) => papers.has(x.paperId), options, root);
      console.log(line(`whole ${cy}: linked_name`, y.byName));
      for (const k of Object.keys(total) as Array<keyof KindResult>) {
        total[k] += y.byName[k];
        spelling[k] += y.bySpelling[k];
        graded[k] += y.byGraded[k];
        coauthor[k] += y.byCoauthor[k];
      }
    }
    console.log(line('whole years, all: linked_name', total));
    if (options.spellings) console.log(line('whole years:   of which by spelling', spelling));
    if (options.coauthors) console.log(line('whole years:   of which by co-author', coauthor));
    if (options.yearPolicy && options.yearPolicy !== 'confirmed') console.log(line('whole years:   of which graded year', graded));
    console.log('');
  }
}

await main();
