// Prints, per conference-year, accepted papers against the official count, authorships,
// the share of authorships with affiliation evidence, and the read time.
// `npm run eval:counts [-- <source-data-dir>]` (default: the build's sources folder).
import { performance } from 'node:perf_hooks';
import { watchStdout } from '../src/cli/stdout.ts';
import { sourcesDir } from '../src/config.ts';
import { readConferenceYearWithNotes } from '../src/ingest/readConferenceYear.ts';
import { CONFERENCE_YEARS } from '../src/domain/conferenceYears.ts';

watchStdout();
const dir = process.argv[2] ?? sourcesDir();

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
let failed = false;
const started = performance.now();
console.log('conf     year  papers official   diff  authorships evidence  aligned-by(id/name/elim/pos)  ms');
for (const cy of CONFERENCE_YEARS) {
  const t0 = performance.now();
  const { papers, notes } = await readConferenceYearWithNotes(dir, cy.conference, cy.year);
  const ms = performance.now() - t0;
  const authors = papers.flatMap((p) => p.authors);
  const withEvidence = authors.filter((a) => a.affiliation || a.domain).length;
  const by = (k: string) => authors.filter((a) => a.evidence && a.alignment === k).length;
  const diff = (papers.length - cy.official) / cy.official;
  const share = authors.length ? withEvidence / authors.length : 0;
  const needed = !cy.hasAffiliations ? 0 : cy.conference === 'neurips' && cy.year === 2024 ? 0.78 : 0.85;
  const ok = Math.abs(diff) <= 0.03 && share >= needed;
  if (!ok) failed = true;
  console.log(
    `${cy.conference.padEnd(8)} ${cy.year}  ${String(papers.length).padStart(6)} ${String(cy.official).padStart(8)} ${pct(diff).padStart(6)}` +
      `  ${String(authors.length).padStart(11)} ${pct(share).padStart(8)}  ${[by('id'), by('name'), by('elimination'), by('position')].join('/').padEnd(28)}` +
      `${ms.toFixed(0).padStart(4)}${ok ? '' : '  <-- below target'}`,
  );
  for (const n of notes) console.log(`    ${n}`);
}
console.log(`total read time ${(performance.now() - started).toFixed(0)} ms`);
process.exit(failed ? 1 : 0);
