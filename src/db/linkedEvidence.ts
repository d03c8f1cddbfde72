// The linked-evidence predicate in SQL, written once for the build's tables and the query's
// figures, `exact` filter and coverage footer. The kinds are LINKED_EVIDENCE (ingest/records/types.ts);
// code outside SQL asks isLinkedEvidence there.
import { sql, type RawBuilder } from 'kysely';
import { LINKED_EVIDENCE } from '../domain/evidence.ts';

/** `column` holds a linked evidence kind (never true for NULL). */
export function isLinked(column: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} IN (${sql.join([...LINKED_EVIDENCE])})`;
}

/** `column` holds no evidence or an own one: what `exact` keeps. NULL counts as not linked, as SQL's NOT IN would not. */
export function isNotLinked(column: string): RawBuilder<boolean> {
  const c = sql.ref(column);
  return sql<boolean>`(${c} IS NULL OR ${c} NOT IN (${sql.join([...LINKED_EVIDENCE])}))`;
}
