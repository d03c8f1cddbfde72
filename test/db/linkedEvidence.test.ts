// The linked-evidence predicate is written once in SQL (db/linkedEvidence.ts) and once in JS
// (isLinkedEvidence): both must split every evidence kind, and no evidence, the same way.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.ts';
import { isLinked, isNotLinked } from '../../src/db/linkedEvidence.ts';
import { CORRECTION_EVIDENCE, type EvidenceSource, isLinkedEvidence, LINKED_EVIDENCE } from '../../src/domain/evidence.ts';

// Every kind a slot's evidence column can hold, linked or not, written out by hand.
const OWN: Array<EvidenceSource | string> = ['site', 'profile', CORRECTION_EVIDENCE, 'unknown', 'paper_institutions'];
const KINDS: Array<string | null> = [...LINKED_EVIDENCE, ...OWN, null];

describe('linked evidence', () => {
  const { db, sqlite } = openDatabase(':memory:', { readonly: false });
  afterAll(() => db.destroy());

  it('SQL and JS agree on every evidence kind and on none', () => {
    const select = sqlite.prepare('SELECT ? AS evidence');
    for (const kind of KINDS) {
      const { sql: text, parameters } =
        sql`SELECT ${isLinked('evidence')} AS linked, ${isNotLinked('evidence')} AS own FROM (${sql.raw(select.source)})`.compile(db);
      const row = sqlite.prepare(text).get(...(parameters as unknown[]), kind) as { linked: number | null; own: number };
      // NULL evidence: isLinked is not true (SQL NULL) and isNotLinked is true, as `exact` keeps such slots.
      expect({ kind, linked: row.linked === 1, own: row.own === 1 }).toEqual({ kind, linked: isLinkedEvidence(kind), own: !isLinkedEvidence(kind) });
    }
  });

  it('counts exactly the kinds of LINKED_EVIDENCE as linked', () => {
    expect(KINDS.filter(isLinkedEvidence)).toEqual([...LINKED_EVIDENCE]);
    expect(OWN.some(isLinkedEvidence)).toBe(false);
  });
});
