// NeurIPS and ICML 2020 print each author's affiliation as of 2020 (the ivanov files) but
// carry no OpenReview id. A printed name that belongs with certainty to one profile id
// (exactNameId) adds a 2020 observation to that id, so that a 2020 record and a later one
// can bracket 2021 (someone at X in 2020 and in 2022 was at X in 2021; see profileValue).
// A name printed with two different institutions that year adds nothing.
import { normalizeName } from '../ingest/records/normalizeText.ts';
import type { SourcePaper } from '../ingest/records/types.ts';
import type { RootOf } from './linkEvidence.ts';
import { exactNameId, type ProfileIndex } from './profileIndex.ts';

export interface PrintedRecord {
  name: string;
  affiliation: string;
  year: number;
}

/** The affiliations printed on the papers themselves (evidence 'site'). */
export function printedRecords(papers: SourcePaper[]): PrintedRecord[] {
  return papers.flatMap((p) =>
    p.authors.flatMap((a) => (a.evidence === 'site' && a.affiliation ? [{ name: a.name, affiliation: a.affiliation, year: p.year }] : [])),
  );
}

/** Adds each printed name's value to the one id it names; returns how many ids took one. */
export function addPrintedRecords(index: ProfileIndex, printed: PrintedRecord[], root: RootOf): number {
  const byName = new Map<string, PrintedRecord[]>();
  for (const r of printed) {
    const key = `${r.year}\u0000${normalizeName(r.name)}`;
    const same = byName.get(key);
    if (same) same.push(r);
    else byName.set(key, [r]);
  }
  let added = 0;
  for (const records of byName.values()) {
    const roots = new Set(records.map((r) => root(r.affiliation)));
    if (roots.size !== 1 || roots.has(null)) continue;
    const id = exactNameId(index, records[0].name);
    if (!id) continue;
    const list = index.byId.get(id) ?? [];
    list.push({ year: records[0].year, weak: false, value: { affiliation: records[0].affiliation }, count: records.length, intern: false });
    index.byId.set(id, list);
    added++;
  }
  return added;
}
