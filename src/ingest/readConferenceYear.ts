// Reads one conference-year's source files from a folder (files under their original
// names) and assembles its accepted papers with authors and affiliation evidence.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assembleAtCsv } from './assemble/fromAtCsv.ts';
import { assembleFromAuthorIds } from './assemble/fromAuthorIds.ts';
import { assembleEvents } from './assemble/fromEvents.ts';
import { assembleNameList } from './assemble/fromNameList.ts';
import { markOrals } from './assemble/markOrals.ts';
import { assembleIvanov } from './assemble/fromIvanov.ts';
import { assemblePcWithDblp } from './assemble/fromPcAndDblp.ts';
import { assemblePcWithAuthors } from './assemble/fromPcAndOpenReview.ts';
import { assemblePcByAuthorNames } from './assemble/fromPcByAuthorNames.ts';
import { attachAuthorIds } from './assemble/iclrAuthorIds.ts';
import { markNeuripsTracks } from './assemble/neuripsTracks.ts';
import { findConferenceYear } from '../domain/conferenceYears.ts';
import { readAtIclr2024 } from './readers/atIclr2024.ts';
import { readCxIclr2024AuthorIds } from './readers/cxIclr2024AuthorIds.ts';
import { readDblp } from './readers/dblp.ts';
import { readEventsCsv } from './readers/eventsCsv.ts';
import { readOralSession } from './readers/oralSessions.ts';
import { readTierCsv } from './readers/tierCsv.ts';
import { readIvanov } from './readers/ivanov.ts';
import { readOpenReviewAuthorLines, readOpenReviewAuthors } from './readers/openReviewAuthors.ts';
import { readPaperCopilot } from './readers/paperCopilot.ts';
import { SourceError, type SourcePaper } from './types.ts';
import type { Conference } from '../domain/ids.ts';


export interface ConferenceYearResult {
  papers: SourcePaper[];
  /** Join diagnostics worth printing (unmatched papers, fallbacks used). */
  notes: string[];
}

/** A source file's text; a file that cannot be read is a SourceError naming it. */
export async function readSourceText(dir: string, file: string): Promise<string> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (err) {
    throw new SourceError(file, null, `cannot read from ${dir}: ${(err as Error).message}`);
  }
}

export async function readConferenceYearWithNotes(dir: string, conference: Conference, year: number): Promise<ConferenceYearResult> {
  const cy = findConferenceYear(conference, year);
  const [first, second, third, ...rest] = cy.files;
  const text = (file: string) => readSourceText(dir, file);
  switch (cy.assembly) {
    case 'ivanov': {
      const site = readIvanov(await text(first), first);
      const status = second ? { file: second, papers: readPaperCopilot(await text(second), second) } : undefined;
      const r = assembleIvanov(conference, year, site, first, status);
      const notes = status ? [`${r.unmatchedStatus.length} papers without a tier in ${second} (kept as poster)`] : [];
      return { papers: r.papers, notes };
    }
    case 'pc_jy': {
      const pc = { file: first, papers: readPaperCopilot(await text(first), first) };
      const sources = [{ file: second, papers: readOpenReviewAuthors(await text(second), second) }];
      if (third) sources.push({ file: third, papers: readOpenReviewAuthorLines(await text(third), third) });
      const r = assemblePcWithAuthors(conference, year, pc, sources);
      const notes = Object.entries(r.joinedFrom).map(([file, n]) => `${n} papers with authors from ${file}`);
      if (r.notOpenReview.length > 0) {
        notes.push(`${r.notOpenReview.length} accepted ${first} rows in no OpenReview file dropped (e.g. ${r.notOpenReview[0]})`);
      }
      return { papers: r.papers, notes };
    }
    case 'pc_jy_names': {
      const pc = { file: first, papers: readPaperCopilot(await text(first), first) };
      const jy = { file: second, papers: readOpenReviewAuthors(await text(second), second) };
      const r = assemblePcByAuthorNames(conference, year, pc, jy);
      if (!third) return { papers: r.papers, notes: r.notes };
      const tracks = markNeuripsTracks(r.papers, { file: third, papers: readDblp(await text(third), third) });
      return { papers: tracks.papers, notes: [...r.notes, ...tracks.notes] };
    }
    case 'pc_dblp': {
      const pc = { file: first, papers: readPaperCopilot(await text(first), first) };
      const dblp = { file: second, papers: readDblp(await text(second), second) };
      const r = assemblePcWithDblp(conference, year, pc, dblp);
      return { papers: r.papers, notes: [`${r.replaced} author lists taken from ${second}, ${r.unchecked} without a unique DBLP title`] };
    }
    case 'at_csv': {
      const papers = assembleAtCsv(year, first, readAtIclr2024(await text(first), first));
      if (!second) return { papers, notes: [] };
      const r = attachAuthorIds(papers, second, readCxIclr2024AuthorIds(await text(second), second));
      return { papers: r.papers, notes: r.notes };
    }
    case 'author_ids': {
      const ids = { file: first, records: readCxIclr2024AuthorIds(await text(first), first) };
      const names = second ? { file: second, papers: readDblp(await text(second), second) } : undefined;
      const tiers = third ? { file: third, byTitle: readTierCsv(await text(third), third) } : undefined;
      return assembleFromAuthorIds(conference, year, ids, names, tiers);
    }
    case 'pc_names_orals': {
      const pcPapers = readPaperCopilot(await text(first), first);
      const profiles = { file: second, papers: second.endsWith('.jsonl') ? readOpenReviewAuthorLines(await text(second), second) : readOpenReviewAuthors(await text(second), second) };
      const r = assemblePcByAuthorNames(conference, year, { file: first, papers: pcPapers }, profiles);
      const pages = [third, ...rest].filter(Boolean);
      const oralIds = new Set<string>();
      for (const f of pages) for (const id of readOralSession(await text(f), f)) oralIds.add(id);
      const siteOf = new Map(pcPapers.flatMap((p) => (p.site ? [[p.id, p.site] as const] : [])));
      const orals = markOrals(r.papers, siteOf, oralIds, pages);
      return { papers: orals.papers, notes: [...r.notes, ...orals.notes] };
    }
    case 'name_list':
      return { papers: assembleNameList(conference, year, { file: first, papers: readDblp(await text(first), first) }), notes: [] };
    case 'events':
      return { papers: assembleEvents(conference, year, first, readEventsCsv(await text(first), first)), notes: [] };
  }
}

/** The accepted papers of one conference-year, from the source files in `dir`. */
export async function readConferenceYear(dir: string, conference: Conference, year: number): Promise<SourcePaper[]> {
  return (await readConferenceYearWithNotes(dir, conference, year)).papers;
}
