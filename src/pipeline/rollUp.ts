// Roll-ups: each institution's root (DeepMind into Google), the numbers the packed columns
// group by, and the roll-up and packed columns written with every slot (db/packing.ts),
// computed in the build rather than by UPDATE passes.
import { packSlot } from '../db/packing.ts';
import type { Institution } from '../normalize/types.ts';
import { isLinkedEvidence } from '../domain/evidence.ts';

/** unit_country, root_id, root_country, unit_num, root_num, packed_root, packed_unit, packed_root_country, packed_unit_country. */
export type RollUpColumns = [string | null, string | null, string | null, number | null, number | null, number | null, number | null, number | null, number | null];

export interface RollUp {
  roots: Map<string, string>;
  /** Each institution's number (1, 2, ... in table order): the group the packed columns use. */
  nums: Map<string, number>;
  /** A slot's roll-up and packed columns, all null when it resolved to no institution. */
  columns(unitId: string | null, personId: number, year: number, evidence: string | null): RollUpColumns;
}

/** Walks parents to the top; a cycle or dangling parent is a data error. */
function rootsOf(institutions: Map<string, Institution>): Map<string, string> {
  const roots = new Map<string, string>();
  for (const inst of institutions.values()) {
    const seen = new Set<string>();
    let cur = inst;
    while (cur.parent) {
      if (seen.has(cur.id)) throw new Error(`institutions: parent cycle through ${cur.id}`);
      seen.add(cur.id);
      const parent = institutions.get(cur.parent);
      if (!parent) throw new Error(`institutions: ${cur.id} has unknown parent ${cur.parent}`);
      cur = parent;
    }
    roots.set(inst.id, cur.id);
  }
  return roots;
}

export function rollUpOf(institutions: Map<string, Institution>): RollUp {
  const roots = rootsOf(institutions);
  const nums = new Map([...institutions.keys()].map((id, i) => [id, i + 1]));
  const countryOf = (id: string) => institutions.get(id)!.country || null;
  const columns = (unitId: string | null, personId: number, year: number, evidence: string | null): RollUpColumns => {
    if (!unitId) return [null, null, null, null, null, null, null, null, null];
    const rootId = roots.get(unitId)!;
    const [unitCountry, rootCountry, unitNum, rootNum] = [countryOf(unitId), countryOf(rootId), nums.get(unitId)!, nums.get(rootId)!];
    const linked = isLinkedEvidence(evidence);
    const pack = (group: number | string | null) => (group === null ? null : packSlot(group, personId, year, linked));
    return [unitCountry, rootId, rootCountry, unitNum, rootNum, pack(rootNum), pack(unitNum), pack(rootCountry), pack(unitCountry)];
  };
  return { roots, nums, columns };
}
