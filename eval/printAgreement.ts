// `npm run eval:print`: how often the database's value for an author slot agrees with the
// institution printed on the paper, per evidence kind, on validation/printed_icml2021_orals.json
// (166 ICML 2021 oral papers, first and corresponding authors; read from the mirror at run
// time, never committed, never used by the build). Institutions are compared at the roll-up
// root (Google Research = Google) and as units; countries as the unit's country (where the
// person works: DeepMind London is GB). `--write` stores the figures in
// data/print-agreement.json, which the `method` text quotes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { watchStdout } from '../src/cli/stdout.ts';
import { DATA_DIR, databasePath, mirrorDir, sourcesDir } from '../src/config.ts';
import { sameNameLoosely } from '../src/ingest/assemble/nameMatch.ts';
import { normalizeTitle } from '../src/ingest/records/normalizeText.ts';
import { rootOf } from '../src/link/rootInstitution.ts';
import { openResolver } from '../src/normalize/openResolver.ts';
import { agreementTable, type PrintedSlot, type SlotComparison } from './comparePrint.ts';

export const VALIDATION_FILE = path.join('validation', 'printed_icml2021_orals.json');
export const AGREEMENT_FILE = path.join(DATA_DIR, 'print-agreement.json');

interface ValidationPaper {
  title: string;
  first_author: { name: string; institutions: Array<{ name: string; country: string }> };
  corresponding: Array<{ name: string; institutions: Array<{ name: string; country: string }> }>;
}

interface DbSlot {
  title: string;
  position: number;
  name: string;
  evidence: string | null;
  link_basis: string | null;
  unit_id: string | null;
  root_id: string | null;
  unit_country: string | null;
}

function main(): void {
  const file = path.join(mirrorDir(), VALIDATION_FILE);
  const dbFile = databasePath();
  for (const [what, f] of [
    ['validation file', file],
    ['database', dbFile],
  ]) {
    if (!existsSync(f)) {
      console.error(`eval:print: no ${what} at ${f}${what === 'database' ? ' (run `npm run setup` first)' : ' (set AIRANK_MIRROR)'}`);
      process.exit(2);
    }
  }
  const papers = JSON.parse(readFileSync(file, 'utf8')) as ValidationPaper[];
  const { resolver } = openResolver(DATA_DIR, sourcesDir());
  const db = new SQLite(dbFile, { readonly: true, fileMustExist: true });
  const rows = db
    .prepare(
      `SELECT p.title, a.position, a.name, a.evidence, a.link_basis, a.unit_id, a.root_id, a.unit_country
       FROM authorships a JOIN papers p ON p.id = a.paper_id WHERE a.conference = 'icml' AND a.year = 2021`,
    )
    .all() as DbSlot[];
  db.close();
  const byTitle = new Map<string, DbSlot[]>();
  for (const r of rows) byTitle.set(normalizeTitle(r.title), [...(byTitle.get(normalizeTitle(r.title)) ?? []), r]);

  const comparisons: SlotComparison[] = [];
  let unmatched = 0;
  for (const paper of papers) {
    const slots = byTitle.get(normalizeTitle(paper.title));
    if (!slots) {
      unmatched++;
      continue;
    }
    const people = [{ ...paper.first_author, first: true }, ...paper.corresponding.map((c) => ({ ...c, first: false }))];
    const done = new Set<number>();
    for (const person of people) {
      const hits = slots.filter((s) => (person.first ? s.position === 0 : true) && sameNameLoosely(s.name, person.name));
      if (hits.length !== 1 || done.has(hits[0].position)) continue;
      const slot = hits[0];
      done.add(slot.position);
      const printed: PrintedSlot[] = person.institutions.map((inst) => {
        // The printed country settles names that stand for different institutions in different countries.
        const unit = resolver.resolveIn(inst.name, [inst.country]).institutionId;
        return { unit, root: unit ? rootOf(resolver, unit) : null, country: inst.country };
      });
      comparisons.push({ evidence: slot.evidence, basis: slot.link_basis, unit: slot.unit_id, root: slot.root_id, country: slot.unit_country, printed });
    }
  }
  const table = agreementTable(comparisons);
  console.log(
    `Agreement with print: ${papers.length} papers in ${VALIDATION_FILE} (${unmatched} not found in the database), ${comparisons.length} author slots compared`,
  );
  const pct = (x: number | null) => (x === null ? '     -' : `${(100 * x).toFixed(1).padStart(5)}%`);
  const print = (heading: string, rows: typeof table.rows) => {
    console.log(`${heading.padEnd(62)} slots  filled  institution(root)  institution(unit)  country`);
    for (const r of rows) {
      console.log(
        `${r.evidence.slice(0, 62).padEnd(62)} ${String(r.slots).padStart(5)}  ${pct(r.filled)}  ${pct(r.rootAgreement)} (${r.rootCompared})  ${pct(r.unitAgreement)} (${r.unitCompared})  ${pct(r.countryAgreement)} (${r.countryCompared})`,
      );
    }
  };
  print('evidence kind', table.rows);
  print('how the value was taken', agreementTable(comparisons, (s) => (s.evidence ? `${s.evidence} (${s.basis ?? '-'})` : null)).rows);
  console.log('filled: share of the slots with an institution; agreement: of filled slots whose printed institution resolves (count in brackets).');
  if (process.argv.includes('--write')) {
    writeFileSync(
      AGREEMENT_FILE,
      `${JSON.stringify({ $comment: 'Written by `npm run eval:print -- --write`; quoted by the method text. Do not edit by hand.', validation: VALIDATION_FILE, papers: papers.length, slots: comparisons.length, rows: table.rows }, null, 2)}\n`,
    );
    console.log(`wrote ${AGREEMENT_FILE}`);
  }
}

watchStdout();
main();
