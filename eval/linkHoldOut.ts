// `npm run eval:link`: precision and recall of profile linking on held-out
// slots whose affiliation we know. Three experiments:
//  - random: a seeded 20% of all profile slots (every file, rejected papers included);
//  - conference-year: every record of one conference-year's files at once;
//  - calendar year: every record of 2021 (or 2022) at once, which is the situation of
//    ICML 2021/2022 (its people are known only through their papers of other years).
// Variants with "sets" give each paper the institution set it would print (its authors'
// own values), the situation of ICLR 2024. The build adds the 2020 printed affiliations
// (printedRecords.ts); so do the variants, except `noprinted`.
// First, the ceiling on borrowing across years: how often one file's value for a person
// equals another file's (same calendar year: 100%; one year apart: 86-88%).
// Precision = imputed root institution equals the true one, of filled slots whose value
// resolves; recall = filled slots of hidden slots. `--write` stores the build default's
// figures in data/link-holdout.json, which the method text quotes.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { watchStdout } from '../src/cli/stdout.ts';
import { DATA_DIR, sourcesDir } from '../src/config.ts';
import { HOLD_OUT_FILE, type HoldOutFile } from '../src/query/help/holdOutPrecision.ts';
import { normalizeName } from '../src/ingest/records/normalizeText.ts';
import { readEuIclr2024 } from '../src/ingest/readers/euIclr2024.ts';
import { CONFERENCE_YEARS } from '../src/domain/conferenceYears.ts';
import { readConferenceYearWithNotes } from '../src/ingest/readConferenceYear.ts';
import { loadManifest } from '../src/sources/manifest.ts';
import { openResolver } from '../src/normalize/openResolver.ts';
import type { Resolver } from '../src/normalize/resolver.ts';
import { runHoldOut, inSample, scorable, slotKey, type HoldOutResult, type HoldOutSetting, type KindResult } from './holdOut.ts';
import { matchInstitutionSets } from '../src/link/institutionSets.ts';
import { DEFAULT_LINK_OPTIONS, linkEvidence, type LinkOptions, type RootOf } from '../src/link/linkEvidence.ts';
import { EU_ICLR2024_FILE } from '../src/link/linkStep.ts';
import { printedRecords } from '../src/link/printedRecords.ts';
import { buildProfileIndex, type ProfileRecord } from '../src/link/profileIndex.ts';
import { readProfileRecords, type ProfileFileRecords } from '../src/link/readProfileRecords.ts';
import { makeRootResolver, setResolver } from '../src/link/rootInstitution.ts';

const pct = (n: number, of: number) => (of > 0 ? `${((100 * n) / of).toFixed(2)}%` : '–');
const line = (label: string, k: KindResult) =>
  `${label.padEnd(38)} hidden ${String(k.hidden).padStart(7)}  filled ${String(k.filled).padStart(7)} ` +
  `(recall ${pct(k.filled, k.hidden).padStart(7)})  comparable ${String(k.comparable).padStart(7)}  ` +
  `correct ${String(k.correct).padStart(7)} (precision ${pct(k.correct, k.comparable).padStart(7)})`;

interface Variant {
  label: string;
  options: LinkOptions;
  sets?: boolean;
  noPrinted?: boolean;
}

const VARIANTS: Record<string, Variant> = {
  default: { label: 'build default (DEFAULT_LINK_OPTIONS), as on ICML 2021/2022', options: DEFAULT_LINK_OPTIONS },
  sets: { label: 'build default with institution sets, as on ICLR 2024', options: DEFAULT_LINK_OPTIONS, sets: true },
  noprinted: { label: 'build default without the 2020 printed affiliations', options: DEFAULT_LINK_OPTIONS, noPrinted: true },
  confirmed: { label: 'confirmed value, exact names, guard middle names', options: { guardMiddleNames: true, requireStable: true } },
  exact: { label: 'confirmed value, exact name only', options: { guardMiddleNames: false, requireStable: true } },
  nearest: { label: 'nearest value, guard middle names', options: { guardMiddleNames: true, requireStable: false } },
  coauthor: { label: 'confirmed value, collisions settled by co-authors', options: { guardMiddleNames: true, requireStable: true, coauthors: true } },
};

const newKind = (): KindResult => ({ hidden: 0, filled: 0, comparable: 0, correct: 0 });
const addInto = (to: KindResult, k: KindResult) => {
  for (const key of Object.keys(to) as Array<keyof KindResult>) to[key] += k[key];
};

/** The subsets of linked_name worth printing for a variant. */
function subsets(v: Variant): Array<[string, (r: HoldOutResult) => KindResult]> {
  const out: Array<[string, (r: HoldOutResult) => KindResult]> = [];
  if (v.options.coauthors) out.push(['by co-author', (r) => r.byCoauthor]);
  if (v.sets) out.push(['vouched by the paper', (r) => r.byVouched]);
  return out;
}

/** Per pair of per-year files: the share of people with one value in both whose root institutions agree. */
function yearAgreement(files: ProfileFileRecords[], root: RootOf): void {
  const all = files.map((f) => {
    const roots = new Map<string, Set<string | null>>();
    for (const r of f.records) {
      if (!scorable(r)) continue;
      roots.set(r.openreviewId, (roots.get(r.openreviewId) ?? new Set()).add(root(r.affiliation, r.domain)));
    }
    return { f, values: new Map([...roots].filter(([, s]) => s.size === 1 && !s.has(null)).map(([id, s]) => [id, [...s][0]])) };
  });
  // Files with few id-aligned values (ICLR 2020's e-mails, ICLR 2023's positions, pco snapshots) say nothing here.
  const kept = all.filter((x) => x.values.size >= 1000);
  const strong = kept.map((x) => x.f);
  const values = kept.map((x) => x.values);
  const name = (f: ProfileFileRecords) => `${f.conference}${f.year}`.padStart(11);
  console.log('Root institution agreement between per-year files (people with one value in both):');
  console.log(`${''.padStart(11)} ${strong.map(name).join(' ')}`);
  strong.forEach((f, i) => {
    const cells = strong.map((_, j) => {
      let both = 0;
      let same = 0;
      for (const [id, v] of values[i]) {
        const w = values[j].get(id);
        if (w === undefined) continue;
        both++;
        if (w === v) same++;
      }
      return (i === j || both < 100 ? '' : pct(same, both)).padStart(11);
    });
    console.log(`${name(f)} ${cells.join(' ')}`);
  });
  console.log('');
}

/**
 * ICLR 2024 has no truth to hide, so `set_intersection` is checked against the slots the
 * year rule links there on its own: the share whose institution the intersection agrees with.
 */
async function intersectionAgreement(dir: string, records: ProfileRecord[], resolver: Resolver): Promise<void> {
  const root = makeRootResolver(resolver);
  const { papers } = await readConferenceYearWithNotes(dir, 'iclr', 2024);
  const submissions = readEuIclr2024(await readFile(join(dir, EU_ICLR2024_FILE), 'utf8'), EU_ICLR2024_FILE);
  const { soleRootByName } = matchInstitutionSets([], submissions, setResolver(resolver));
  const linked = linkEvidence(papers, buildProfileIndex(records), root, { ...DEFAULT_LINK_OPTIONS, vouchBySet: false });
  let both = 0;
  let same = 0;
  for (const a of linked.papers.flatMap((p) => p.authors)) {
    const sole = soleRootByName.get(normalizeName(a.name));
    const value = root(a.affiliation, a.domain);
    if (!sole || !value) continue;
    both++;
    if (sole === value) same++;
  }
  console.log(`ICLR 2024: set_intersection agrees with ${same} of ${both} year-confirmed links (${pct(same, both)})\n`);
}

async function main(): Promise<void> {
  const dir = sourcesDir();
  const files = await readProfileRecords(dir);
  const records = files.flatMap((f) => f.records);
  const { resolver } = openResolver(DATA_DIR, dir);
  const root = makeRootResolver(resolver);
  // The years read from the 2020 site text (printed affiliations).
  const catalogue = loadManifest();
  const printedYears = CONFERENCE_YEARS.filter((c) => c.files.some((f) => catalogue.find((e) => e.file === f)?.format === 'ivanov_txt'));
  const printed = printedRecords((await Promise.all(printedYears.map((c) => readConferenceYearWithNotes(dir, c.conference, c.year)))).flatMap((r) => r.papers));
  // `npm run eval:link -- sets noprinted` runs only those; `tables` none (the two checks
  // above only); no arguments: the default and the alternatives.
  const write = process.argv.includes('--write');
  const args = process.argv.slice(2).filter((a) => a !== '--write');
  const chosen = args.includes('tables') ? [] : args.length > 0 ? args : ['default', 'sets', 'noprinted', 'exact', 'nearest'];
  const variants = chosen.map((k) => {
    const v = VARIANTS[k];
    if (!v) throw new Error(`unknown variant ${k}; known: ${Object.keys(VARIANTS).join(', ')}`);
    return v;
  });
  console.log(`Profile records: ${records.length} slots in ${files.length} files; ${printed.length} printed 2020 affiliations\n`);
  yearAgreement(files, root);
  await intersectionAgreement(dir, records, resolver);
  const hideAll = (keep: (f: (typeof files)[number]) => boolean) => {
    const papers = new Set(files.filter(keep).flatMap((f) => f.records.map((x) => x.paperId)));
    return (x: ProfileRecord) => papers.has(x.paperId);
  };
  let stored: HoldOutFile | undefined;
  for (const v of variants) {
    console.log(`== ${v.label}`);
    const calendarYears: HoldOutFile['calendarYears'] = {};
    const setting: HoldOutSetting = { simulateSets: v.sets, printed: v.noPrinted ? undefined : printed };
    const run = (hidden: (x: ProfileRecord) => boolean) => runHoldOut(records, hidden, v.options, root, setting);
    const r = run((x) => inSample(slotKey(x), 'airank-link-1', 0.2));
    console.log(line('random 20%: linked_id', r.byId));
    console.log(line('random 20%: linked_name', r.byName));
    for (const [label, pick] of subsets(v)) console.log(line(`random 20%:   of which ${label}`, pick(r)));
    if (v.sets) for (const [key, k] of [...r.vouchedBy].sort()) console.log(line(`random 20%:     ${key}`, k));
    const total = { byName: newKind(), subsets: subsets(v).map(() => newKind()) };
    for (const cy of [...new Set(files.map((f) => `${f.conference}${f.year}`))]) {
      const y = run(hideAll((f) => `${f.conference}${f.year}` === cy));
      console.log(line(`whole ${cy}: linked_name`, y.byName));
      addInto(total.byName, y.byName);
      subsets(v).forEach(([, pick], i) => addInto(total.subsets[i], pick(y)));
    }
    console.log(line('whole conference-years: linked_name', total.byName));
    subsets(v).forEach(([label], i) => console.log(line(`  of which ${label}`, total.subsets[i])));
    for (const year of [2021, 2022]) {
      const y = run(hideAll((f) => f.year === year));
      console.log(line(`all of ${year}: linked_name`, y.byName));
      for (const [label, pick] of subsets(v)) console.log(line(`  of which ${label}`, pick(y)));
      calendarYears[year] = y.byName;
    }
    console.log('');
    if (v === VARIANTS.default) {
      stored = {
        $comment: 'Written by `npm run eval:link -- default --write`; quoted by the method text. Do not edit by hand.',
        random20: { byId: r.byId, byName: r.byName },
        wholeConferenceYears: total.byName,
        calendarYears,
      };
    }
  }
  if (write) {
    if (!stored) throw new Error('--write stores the build default: run it with `default` among the variants');
    writeFileSync(HOLD_OUT_FILE, `${JSON.stringify(stored, null, 2)}\n`);
    console.log(`wrote ${HOLD_OUT_FILE}`);
  }
}

watchStdout();
await main();
