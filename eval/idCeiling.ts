// What exact evidence is left for a conference-year's empty slots whose author id is known
// (ICLR 2025/2026): for each slot without evidence in the database, whether its OpenReview id
// appears in any held profile file (the per-author files, the other venues' profile pairs, the
// profile cache) and with what; and the slots with evidence that no institution resolves.
// `npx tsx eval/idCeiling.ts [iclr 2026]` against AIRANK_DB (default var/airank.sqlite).
import SQLite from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { databasePath, sourcesDir } from '../src/config.ts';
import { readCxProfileCache } from '../src/ingest/readers/cxProfileCache.ts';
import { readerFor } from '../src/ingest/readers/registry.ts';
import { loadManifest } from '../src/sources/manifest.ts';

const [conference = 'iclr', yearText = '2026'] = process.argv.slice(2);
const year = Number(yearText);
const db = new SQLite(databasePath(), { readonly: true });
const slots = db
  .prepare(
    'SELECT p.openreview_id AS id, a.evidence AS evidence, a.root_id AS root, a.raw_affiliation AS aff, a.email_domain AS domain FROM authorships a JOIN people p ON p.id = a.person_id WHERE a.conference = ? AND a.year = ?',
  )
  .all(conference, year) as Array<{ id: string | null; evidence: string | null; root: string | null; aff: string | null; domain: string | null }>;
db.close();

const empty = slots.filter((s) => !s.evidence);
const wanted = new Set(empty.flatMap((s) => (s.id ? [s.id] : [])));
/** Per wanted id: seen in a file at all, and seen with an affiliation or domain. */
const seen = new Set<string>();
const withValue = new Map<string, string>();
const dir = sourcesDir();
for (const entry of loadManifest().filter((f) => f.use === 'author_affiliations' || f.use === 'profile_pairs')) {
  const records = readerFor(entry.format, entry.file).read(readFileSync(path.join(dir, entry.file), 'utf8'), entry.file);
  if (records.kind !== 'profile_papers') continue;
  for (const p of records.papers) {
    for (const a of p.authors) {
      if (!a.openreviewId || !wanted.has(a.openreviewId)) continue;
      seen.add(a.openreviewId);
      if (a.affiliation || a.domain) withValue.set(a.openreviewId, `${entry.file}: ${a.affiliation ?? a.domain} (aligned by ${a.alignment})`);
    }
  }
}
const cacheFile = loadManifest().find((f) => f.use === 'profile_cache')!.file;
const cacheNoAffiliation = new Set<string>();
for (const e of readCxProfileCache(readFileSync(path.join(dir, cacheFile), 'utf8'), cacheFile)) {
  if (!wanted.has(e.authorId)) continue;
  seen.add(e.authorId);
  if (e.affiliation) withValue.set(e.authorId, `${cacheFile} ${e.year}: ${e.affiliation}`);
  else cacheNoAffiliation.add(e.authorId);
}

const count = (pred: (s: (typeof slots)[number]) => boolean) => slots.filter(pred).length;
const pct = (n: number) => `${((100 * n) / slots.length).toFixed(2)}%`;
const resolved = count((s) => s.root !== null);
const unresolved = slots.filter((s) => s.evidence && !s.root);
const line = (label: string, n: number) => console.log(`${label.padEnd(72)} ${String(n).padStart(6)}  ${pct(n)}`);
console.log(`${conference} ${year}: ${slots.length} author slots`);
line('resolved to an institution', resolved);
line('with evidence, not resolved', unresolved.length);
line('without evidence', empty.length);
line(
  '  no author id',
  count((s) => !s.evidence && !s.id),
);
line(
  '  id in no held profile file or cache entry',
  count((s) => !s.evidence && !!s.id && !seen.has(s.id)),
);
line(
  '  id held, but no affiliation or domain for it anywhere',
  count((s) => !s.evidence && !!s.id && seen.has(s.id) && !withValue.has(s.id)),
);
line(
  '    of them: the profile cache says the profile has no affiliation',
  count((s) => !s.evidence && !!s.id && cacheNoAffiliation.has(s.id) && !withValue.has(s.id)),
);
line(
  '  id held with a value that linking did not take (moved around, intern)',
  count((s) => !s.evidence && !!s.id && withValue.has(s.id)),
);
const target = Math.ceil(0.59 * slots.length);
console.log(`59% resolved needs ${target} slots: ${Math.max(0, target - resolved)} more than now`);
const byString = new Map<string, number>();
for (const s of unresolved) byString.set(s.aff ?? s.domain ?? '', (byString.get(s.aff ?? s.domain ?? '') ?? 0) + 1);
console.log('most frequent unresolved values:');
for (const [value, n] of [...byString].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${String(n).padStart(4)}  ${value}`);
