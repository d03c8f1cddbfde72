// data/sources.json against data/conferences.json and the reader table: every file a
// conference-year names has an entry whose format has a reader, and every entry is read by
// something (a conference-year, the linking step, the resolver) or is an outside reference.
import { describe, expect, it } from 'vitest';
import { CONFERENCE_YEARS } from '../../src/domain/conferenceYears.ts';
import { readerFor } from '../../src/ingest/readers/registry.ts';
import { loadManifest, type SourceUse } from '../../src/sources/manifest.ts';

/** Roles whose files no conference-year lists: read by the linking step, the resolver, or never (reference). */
const READ_ELSEWHERE: SourceUse[] = ['profile_pairs', 'profile_cache', 'paper_institutions', 'normalisation', 'reference'];

describe('source entries', () => {
  const catalogue = loadManifest();
  const named = new Set(CONFERENCE_YEARS.flatMap((c) => c.files));

  it('every file a conference-year names has an entry with a role and a registered reader', () => {
    for (const cy of CONFERENCE_YEARS) {
      for (const file of cy.files) {
        const entry = catalogue.find((f) => f.file === file);
        expect(entry?.use, `${cy.conference} ${cy.year}: ${file}`).toBeDefined();
        expect(() => readerFor(entry?.format, file)).not.toThrow();
      }
    }
  });

  it('every entry is named by a conference-year, or has a role read elsewhere', () => {
    const unread = catalogue.filter((f) => !named.has(f.file) && !READ_ELSEWHERE.includes(f.use as SourceUse)).map((f) => f.file);
    expect(unread).toEqual([]);
  });

  it('an unknown format fails naming the file and the formats that have readers', () => {
    expect(() => readerFor('yaml_guess', 'x.yaml')).toThrow(/^x\.yaml: no reader for format "yaml_guess" \(data\/sources\.json; readers: paper_copilot_json, /);
  });
});
