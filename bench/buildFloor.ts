// The build's floor: read and parse every source file the build reads (all conference-years,
// every profile file they name and the other venues' profile pairs, the profile cache and
// ICLR 2024's institution lists, the reference tables), each once, and write the same
// papers, people and author-slot rows to a new SQLite file, with no resolving, linking or
// pre-summing. Run in its own process by bench/run.ts; prints seconds and peak RSS.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { personKey } from '../src/pipeline/personKey.ts';
import { sourcesDir } from '../src/config.ts';
import { readConferenceYearWithNotes, type ConferenceYearResult } from '../src/ingest/readConferenceYear.ts';
import { readCxProfileCache } from '../src/ingest/readers/cxProfileCache.ts';
import { readEuIclr2024 } from '../src/ingest/readers/euIclr2024.ts';
import { EU_ICLR2024_FILE } from '../src/link/linkStep.ts';
import { CX_PROFILE_CACHE_FILE } from '../src/link/profileCache.ts';
import { pairFileSpec, profileFiles, profileRecordStream, SNAPSHOT_YEAR } from '../src/link/readProfileRecords.ts';
import { loadManifest } from '../src/sources/manifest.ts';
import { loadReferenceTables } from '../src/normalize/loadReference.ts';
import { CONFERENCE_YEARS } from '../src/domain/conferenceYears.ts';

const started = performance.now();
const cpu = process.cpuUsage();
const dir = sourcesDir();
const years: ConferenceYearResult[] = [];
for (const cy of CONFERENCE_YEARS) years.push(await readConferenceYearWithNotes(dir, cy.conference, cy.year));
const pairs = loadManifest()
  .filter((f) => f.use === 'profile_pairs')
  .map((f) => pairFileSpec(f.file));
let profiles = 0;
for (const _record of profileRecordStream(dir, [...profileFiles(CONFERENCE_YEARS), ...pairs], SNAPSHOT_YEAR)) profiles++;
const cache = readCxProfileCache(readFileSync(path.join(dir, CX_PROFILE_CACHE_FILE), 'utf8'), CX_PROFILE_CACHE_FILE);
const sets = readEuIclr2024(readFileSync(path.join(dir, EU_ICLR2024_FILE), 'utf8'), EU_ICLR2024_FILE);
const reference = loadReferenceTables(dir);

const tmp = mkdtempSync(path.join(tmpdir(), 'airank-floor-'));
try {
  const db = new SQLite(path.join(tmp, 'floor.sqlite'));
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(`CREATE TABLE papers (id INTEGER PRIMARY KEY, conference TEXT, year INTEGER, source_id TEXT, title TEXT, status TEXT, track TEXT, n_authors INTEGER);
    CREATE TABLE people (id INTEGER PRIMARY KEY, key TEXT UNIQUE, name TEXT, openreview_id TEXT);
    CREATE TABLE authorships (paper_id INTEGER, position INTEGER, person_id INTEGER, name TEXT, conference TEXT, year INTEGER, status TEXT,
      track TEXT, n_authors INTEGER, raw_affiliation TEXT, email_domain TEXT, evidence TEXT, PRIMARY KEY (paper_id, position));`);
  const paper = db.prepare('INSERT INTO papers VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)');
  const person = db.prepare('INSERT INTO people VALUES (NULL, ?, ?, ?)');
  const slot = db.prepare('INSERT INTO authorships VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const people = new Map<string, number>();
  let slots = 0;
  db.transaction(() => {
    for (const { papers } of years) {
      for (const p of papers) {
        const id = Number(paper.run(p.conference, p.year, p.sourceId, p.title, p.status, p.track, p.authors.length).lastInsertRowid);
        p.authors.forEach((a, i) => {
          const key = personKey(a);
          let pid = people.get(key);
          if (pid === undefined) people.set(key, (pid = Number(person.run(key, a.name, a.openreviewId ?? null).lastInsertRowid)));
          slot.run(id, i, pid, a.name, p.conference, p.year, p.status, p.track, p.authors.length, a.affiliation ?? null, a.domain ?? null, a.evidence ?? null);
          slots++;
        });
      }
    }
  })();
  db.close();
  const parsed = { profiles, cache: cache.length, sets: sets.length, reference: Object.keys(reference).length };
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  console.log(JSON.stringify({ seconds, cpuSeconds: (user + system) / 1e6, peakMb: process.resourceUsage().maxRSS / 1024, slots, ...parsed }));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
