// eval/comparePrint.ts: agreement with printed institutions, per evidence kind.
import { describe, expect, it } from 'vitest';
import { agreementTable, type SlotComparison } from '../../eval/comparePrint.ts';

const slot = (
  evidence: string | null,
  unit: string | null,
  root: string | null,
  country: string | null,
  printed: SlotComparison['printed'],
): SlotComparison => ({ evidence, unit, root, country, printed });

describe('agreement with print', () => {
  it('counts filled share, root and unit agreement and country agreement per evidence kind', () => {
    const rows = agreementTable([
      slot('linked_name', 'google-research', 'google', 'US', [{ unit: 'google', root: 'google', country: 'US' }]),
      slot('linked_name', 'deepmind', 'google', 'GB', [{ unit: 'ucl', root: 'ucl', country: 'GB' }]),
      slot('linked_name', 'mit', 'mit', 'US', [{ unit: null, root: null, country: 'US' }]),
      slot(null, null, null, null, [{ unit: 'mit', root: 'mit', country: 'US' }]),
    ]).rows;
    const byKind = Object.fromEntries(rows.map((r) => [r.evidence, r]));
    expect(byKind.linked_name).toMatchObject({
      slots: 3,
      filled: 1,
      rootAgreement: 0.5,
      rootCompared: 2,
      unitAgreement: 0,
      unitCompared: 2,
      countryAgreement: 1,
      countryCompared: 3,
    });
    expect(byKind.none).toMatchObject({ slots: 1, filled: 0, rootAgreement: null });
    expect(byKind.all).toMatchObject({ slots: 4, filled: 0.75, rootAgreement: 0.5 });
  });
});
