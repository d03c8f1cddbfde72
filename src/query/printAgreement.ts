// The measured agreement of linked evidence with what papers printed, as `npm run eval:print
// -- --write` stored it in data/print-agreement.json: the one place the figure is written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../config.ts';

interface AgreementFile {
  validation: string;
  papers: number;
  slots: number;
  rows: Array<{ evidence: string; slots: number; filled: number | null; rootAgreement: number | null; unitAgreement: number | null; countryAgreement: number | null }>;
}

const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);

/** One sentence per evidence kind measured, or a note that no measurement is stored. */
export function printAgreementText(file = path.join(DATA_DIR, 'print-agreement.json')): string {
  if (!existsSync(file)) return 'No agreement-with-print measurement is stored (run `npm run eval:print -- --write`).';
  const a = JSON.parse(readFileSync(file, 'utf8')) as AgreementFile;
  const all = a.rows.find((r) => r.evidence === 'all');
  const kinds = a.rows
    .filter((r) => r.evidence !== 'all' && r.evidence !== 'none')
    .map((r) => `\`${r.evidence}\` (${r.slots} slots): institution ${pct(r.rootAgreement)} at the roll-up level (${pct(r.unitAgreement)} as units), country ${pct(r.countryAgreement)}`);
  return (
    `Measured against the institutions printed on ${a.papers} ICML 2021 oral papers (first and corresponding authors, ${a.slots} slots; \`npm run eval:print\`): ` +
    `${kinds.join('; ')}. ${pct(all?.filled ?? null)} of those slots are filled; the rest stay empty rather than guessed.`
  );
}
