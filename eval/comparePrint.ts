// Compares author slots' values with the institutions printed on the paper (see printAgreement.ts).

/** One printed institution of a slot, resolved: unit and root ids (null when it does not resolve), ISO country. */
export interface PrintedSlot {
  unit: string | null;
  root: string | null;
  country: string;
}

export interface SlotComparison {
  /** The slot's evidence kind in the database (null: no value). */
  evidence: string | null;
  unit: string | null;
  root: string | null;
  country: string | null;
  printed: PrintedSlot[];
  /** How a linked value was taken (the drill-down's words), if it was. */
  basis?: string | null;
}

export interface AgreementRow {
  evidence: string;
  slots: number;
  /** Share of the slots with an institution. */
  filled: number | null;
  /** Of filled slots with a resolvable printed institution: the value is one of them (at the root / as the unit). */
  rootAgreement: number | null;
  rootCompared: number;
  unitAgreement: number | null;
  unitCompared: number;
  /** Of filled slots with a country: it is one of the printed countries. */
  countryAgreement: number | null;
  countryCompared: number;
}

function row(evidence: string, slots: SlotComparison[]): AgreementRow {
  const filled = slots.filter((s) => s.unit !== null);
  const share = (n: number, of: number) => (of > 0 ? n / of : null);
  const rootSet = filled.filter((s) => s.printed.some((p) => p.root));
  const unitSet = filled.filter((s) => s.printed.some((p) => p.unit));
  const countrySet = filled.filter((s) => s.country && s.printed.length > 0);
  return {
    evidence,
    slots: slots.length,
    filled: share(filled.length, slots.length),
    rootAgreement: share(rootSet.filter((s) => s.printed.some((p) => p.root === s.root)).length, rootSet.length),
    rootCompared: rootSet.length,
    unitAgreement: share(unitSet.filter((s) => s.printed.some((p) => p.unit === s.unit)).length, unitSet.length),
    unitCompared: unitSet.length,
    countryAgreement: share(countrySet.filter((s) => s.printed.some((p) => p.country === s.country)).length, countrySet.length),
    countryCompared: countrySet.length,
  };
}

/** One row per evidence kind (or other `key`; unfilled slots under `none`), then `all`. */
export function agreementTable(slots: SlotComparison[], key: (s: SlotComparison) => string | null = (s) => s.evidence): { rows: AgreementRow[] } {
  const kinds = [...new Set(slots.map((s) => key(s) ?? 'none'))].sort();
  return {
    rows: [
      ...kinds.map((k) =>
        row(
          k,
          slots.filter((s) => (key(s) ?? 'none') === k),
        ),
      ),
      row('all', slots),
    ],
  };
}
