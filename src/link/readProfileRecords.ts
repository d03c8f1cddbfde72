// Reads every per-author OpenReview file the conference-years use (jy_*_authors.json,
// pco_*_authors.jsonl) into flat profile records, rejected papers included: a person's
// profile is known from any paper they submitted.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFERENCE_YEARS, type ConferenceYear } from '../domain/conferenceYears.ts';
import { readOpenReviewAuthorLines, readOpenReviewAuthors } from '../ingest/readers/openReviewAuthors.ts';
import type { ProfileRecord } from './profileIndex.ts';

/** When the pco profile snapshots were taken (the source README: scraped in 2025). */
const SNAPSHOT_YEAR = 2025;

export interface ProfileFileRecords {
  file: string;
  conference: string;
  year: number;
  records: ProfileRecord[];
}

/** The per-author files named by CONFERENCE_YEARS, with the conference-year that lists them. */
function profileFiles(conferenceYears: readonly ConferenceYear[] = CONFERENCE_YEARS): Array<{ file: string; conference: string; year: number }> {
  const out: Array<{ file: string; conference: string; year: number }> = [];
  for (const cy of conferenceYears) {
    for (const file of cy.files) {
      if (/^(jy|pco)_.*_authors\.jsonl?$/.test(file)) out.push({ file, conference: cy.conference, year: cy.year });
    }
  }
  return out;
}

export async function readProfileRecords(sourcesDir: string, conferenceYears?: readonly ConferenceYear[]): Promise<ProfileFileRecords[]> {
  // One file at a time: only one file's text and parse tree are held at once (the build's peak memory).
  const out: ProfileFileRecords[] = [];
  for (const { file, conference, year } of profileFiles(conferenceYears)) {
    const text = await readFile(join(sourcesDir, file), 'utf8');
    const papers = file.endsWith('.jsonl') ? readOpenReviewAuthorLines(text, file) : readOpenReviewAuthors(text, file);
    const snapshot = file.startsWith('pco_');
    const records: ProfileRecord[] = [];
    for (const p of papers) {
      for (const a of p.authors) {
        records.push({
          paperId: p.id,
          name: a.name,
          openreviewId: a.openreviewId,
          affiliation: a.affiliation,
          domain: a.domain,
          alignment: a.alignment,
          ...(a.profilePosition ? { profilePosition: a.profilePosition } : {}),
          // pco lists a profile's affiliations as scraped, not the conference year's.
          year: snapshot ? SNAPSHOT_YEAR : year,
          ...(snapshot ? { snapshot } : {}),
        });
      }
    }
    out.push({ file, conference, year, records });
  }
  return out;
}
