// The measured agreement of linked evidence with what papers printed, as `npm run eval:print
// -- --write` stored it in data/print-agreement.json: the one place the figure is written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../../config.ts';
import { t, punct } from '../../i18n/t.ts';
import type { Lang } from '../../domain/lang.ts';

interface AgreementFile {
  validation: string;
  papers: number;
  slots: number;
  rows: Array<{
    evidence: string;
    slots: number;
    filled: number | null;
    rootAgreement: number | null;
    unitAgreement: number | null;
    countryAgreement: number | null;
  }>;
}

const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);

/** One sentence per evidence kind measured, or a note that no measurement is stored, in the reader's language. */
export function printAgreementText(file = path.join(DATA_DIR, 'print-agreement.json'), lang: Lang = 'en'): string {
  if (!existsSync(file)) return t(lang, 'agree.none');
  const a = JSON.parse(readFileSync(file, 'utf8')) as AgreementFile;
  const all = a.rows.find((r) => r.evidence === 'all');
  const kinds = a.rows
    .filter((r) => r.evidence !== 'all' && r.evidence !== 'none')
    .map((r) =>
      t(lang, 'agree.kind', { evidence: r.evidence, slots: r.slots, root: pct(r.rootAgreement), unit: pct(r.unitAgreement), country: pct(r.countryAgreement) }),
    );
  return t(lang, 'agree.measured', { papers: a.papers, slots: a.slots, kinds: kinds.join(punct(lang).clauseSep), filled: pct(all?.filled ?? null) });
}
