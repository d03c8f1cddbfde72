// Honest accuracy on a held-out, hand-labelled random sample (never used for tuning the resolver).
// Prints the exact accuracy and every miss; the assertion is only a floor against regressions.
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../src/normalize/resolver.ts';
import { curated, findSourcesDir, loadReferenceIfPresent, readLabelledSample } from './helpers.ts';

const readSample = () => readLabelledSample('affiliations-heldout.tsv');

describe('held-out sample of real affiliations', () => {
  const reference = loadReferenceIfPresent();
  const resolver = createResolver({ ...curated, reference });
  // Without the reference tables, rows labelled `ref` cannot be checked.
  const sample = readSample().filter((row) => reference || row.id !== 'ref');

  it('has 200 labelled rows', () => {
    expect(readSample().length).toBe(200);
  });

  it('resolves at least 90% as labelled (institution and country)', () => {
    const misses: string[] = [];
    let correct = 0;
    let wrongInstitution = 0;
    let unresolved = 0;
    for (const row of sample) {
      const got = resolver.resolve(row.affiliation, row.domain);
      const idOk = row.id === 'ref' ? (got.institutionId?.startsWith('ref:') ?? false) : got.institutionId === row.id;
      if (idOk && got.country === row.country) {
        correct++;
        continue;
      }
      let kind: string;
      if (got.institutionId === null) {
        unresolved++;
        kind = 'UNRESOLVED';
      } else if (!idOk) {
        wrongInstitution++;
        kind = 'WRONG';
      } else kind = 'COUNTRY';
      misses.push(`  [${kind}] ${row.affiliation} | ${row.domain}: expected ${row.id}/${row.country}, got ${got.institutionId}/${got.country} (${got.rule})`);
    }
    const accuracy = correct / sample.length;
    const mode = reference ? `with reference tables from ${findSourcesDir()}` : 'CURATED ONLY (no reference tables found)';
    console.log(
      `held-out sample: ${correct}/${sample.length} = ${(accuracy * 100).toFixed(2)}% ${mode}\n` +
        `misses: ${misses.length} (wrong institution ${wrongInstitution}, unresolved ${unresolved}, ` +
        `wrong country only ${misses.length - wrongInstitution - unresolved})` +
        (misses.length ? '\n' + misses.join('\n') : ''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
