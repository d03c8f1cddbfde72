// Writes institution_names: the lexicon's index of every institution name, normalised once at
// build time (query/context/lexicon.ts indexInstitutions), so a process answering one question does
// not normalise some 9,000 names first. Run by the build's derived tables step (writeDerivedTables.ts).
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { lexiconInstitutions, loadContext, NAMES_META_KEY } from '../query/context/context.ts';
import { indexInstitutions } from '../query/context/lexicon.ts';

export function writeInstitutionNames(db: Kysely<Database>, sqlite: SQLite.Database): void {
  const { institutions } = loadContext(db, sqlite, { presummed: false });
  const index = indexInstitutions(lexiconInstitutions(institutions));
  const insert = sqlite.prepare('INSERT INTO institution_names (norm, institution_id) VALUES (?, ?)');
  sqlite.transaction(() => {
    // In the index's order: the rowid keeps each name's institutions in it (ambiguity lists read alike).
    for (const [norm, ids] of index.byName) for (const id of ids) insert.run(norm, id);
    sqlite.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(NAMES_META_KEY, String(index.maxPhraseWords));
  })();
  sqlite.exec('CREATE INDEX institution_names_by_norm ON institution_names (norm)');
}
