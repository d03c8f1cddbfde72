// Roll-ups: each institution's root (DeepMind into Google), the numbers the packed columns
// group by, and the roll-up and packed columns written with every slot (db/packing.ts),
// computed in the build rather than by UPDATE passes.
import { packSlot } from '../db/packing.ts';
import type { Institution } from '../normalize/types.ts';
import { isLinkedEvidence } from '../domain/evidence.ts';

/** unit_country, root_id, root_country, unit_num, root_num, packed_root, packed_unit, packed_root_country, packed_unit_country. */
export type RollUpColumns = [
  string | null,
  string | null,
  string | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
];

export interface RollUp {
  /** An institution's root: its parents walked to the top. */
  root(id: string): string;
  /** An institution's number (1, 2, ... in table order): the group the packed columns use. */
  num(id: string): number;
  /** A slot's roll-up and packed columns, all null when it resolved to no institution. */
  columns(unitId: string | null, personId: number, year: number, evidence: string | null): RollUpColumns;
}

/**
 * Over an institution table that only grows (the build writes conference-years in batches,
 * each adding the institutions its slots use): a number, once given, and a root never change.
 */
export function rollUpOf(institutions: Map<string, Institution>): RollUp {
  const roots = new Map<string, string>();
  const nums = new Map<string, number>();
  const num = (id: string): number => {
    if (!nums.has(id)) {
      // Number the institutions added since the last call, in table order.
      let n = 0;
      for (const key of institutions.keys()) if (++n > nums.size) nums.set(key, n);
    }
    const n = nums.get(id);
    if (n === undefined) throw new Error(`institutions: no institution ${id}`);
    return n;
  };
  // A cycle or dangling parent is a data error.
  const root = (id: string): string => {
    let r = roots.get(id);
    if (r !== undefined) return r;
    const seen = new Set<string>();
    let cur = institutions.get(id);
    if (!cur) throw new Error(`institutions: no institution ${id}`);
    while (cur.parent) {
      if (seen.has(cur.id)) throw new Error(`institutions: parent cycle through ${cur.id}`);
      seen.add(cur.id);
      const parent = institutions.get(cur.parent);
      if (!parent) throw new Error(`institutions: ${cur.id} has unknown parent ${cur.parent}`);
      cur = parent;
    }
    r = cur.id;
    roots.set(id, r);
    return r;
  };
  const countryOf = (id: string) => institutions.get(id)!.country || null;
  const columns = (unitId: string | null, personId: number, year: number, evidence: string | null): RollUpColumns => {
    if (!unitId) return [null, null, null, null, null, null, null, null, null];
    const rootId = root(unitId);
    const [unitCountry, rootCountry, unitNum, rootNum] = [countryOf(unitId), countryOf(rootId), num(unitId), num(rootId)];
    const linked = isLinkedEvidence(evidence);
    const pack = (group: number | string | null) => (group === null ? null : packSlot(group, personId, year, linked));
    return [unitCountry, rootId, rootCountry, unitNum, rootNum, pack(rootNum), pack(unitNum), pack(rootCountry), pack(unitCountry)];
  };
  return { root, num, columns };
}
