// Assembles one conference-year from its entries' records, by role (data/sources.json `use`)
// and kind of record, never by file name, position or year. The paper list is the `papers`
// entry (or, without one, the `author_ids` entry); every other entry joins it in its role:
// author ids, per-author affiliations (by id, or by author names where the entry says
// `joinBy: author_names`), printed names, tracks, tier. An entry no step can use fails the
// build, so no listed file goes unread.
import type { Conference } from '../domain/ids.ts';
import type { SourceUse } from '../sources/manifest.ts';
import { assembleAtCsv } from './assemble/fromAtCsv.ts';
import { assembleFromAuthorIds } from './assemble/fromAuthorIds.ts';
import { assembleEvents } from './assemble/fromEvents.ts';
import { assembleIvanov } from './assemble/fromIvanov.ts';
import { assembleNameList } from './assemble/fromNameList.ts';
import { assemblePcWithDblp } from './assemble/fromPcAndDblp.ts';
import { assemblePcWithAuthors } from './assemble/fromPcAndOpenReview.ts';
import { assemblePcByAuthorNames } from './assemble/fromPcByAuthorNames.ts';
import { attachAuthorIds } from './assemble/iclrAuthorIds.ts';
import { markOrals } from './assemble/markOrals.ts';
import { markNeuripsTracks } from './assemble/neuripsTracks.ts';
import { uniqueIds } from './assemble/titleId.ts';
import type { RecordKind, SourceRecords } from './readers/registry.ts';
import type { SourcePaper } from './records/types.ts';

export interface ConferenceYearResult {
  papers: SourcePaper[];
  /** Join diagnostics worth printing (unmatched papers, fallbacks used). */
  notes: string[];
}

/** One listed file, read: its role and records. */
export interface ReadEntry {
  file: string;
  use: SourceUse;
  /** How per-author affiliations join the paper list: by the shared paper id (default) or by author names. */
  joinBy?: 'id' | 'author_names';
  records: SourceRecords;
}

type Of<K extends RecordKind> = Extract<SourceRecords, { kind: K }>;

export function assembleConferenceYear(conference: Conference, year: number, entries: readonly ReadEntry[]): ConferenceYearResult {
  const where = `${conference} ${year}`;
  const used = new Set<ReadEntry>();
  /** The entries of a role whose records are of `kind` (marked used). */
  const take = <K extends RecordKind>(use: SourceUse, kind: K): { file: string; records: Of<K>; entry: ReadEntry }[] =>
    entries.flatMap((e) => {
      if (e.use !== use || e.records.kind !== kind) return [];
      used.add(e);
      return [{ file: e.file, records: e.records as Of<K>, entry: e }];
    });
  const atMostOne = <T extends { file: string }>(list: T[], what: string): T | undefined => {
    if (list.length > 1) throw new Error(`${where}: ${list.map((e) => e.file).join(', ')}: only one ${what} can be used`);
    return list[0];
  };

  const lists = entries.filter((e) => e.use === 'papers');
  const list = lists.length > 0 ? lists : entries.filter((e) => e.use === 'author_ids');
  if (list.length !== 1) {
    throw new Error(
      `${where}: needs exactly one "papers" entry (or, without one, one "author_ids" entry); it has ${list.map((e) => e.file).join(', ') || 'none'}`,
    );
  }
  const [main] = list;
  used.add(main);
  const result = fromList(main);
  const unused = entries.filter((e) => !used.has(e));
  if (unused.length > 0) {
    throw new Error(
      `${where}: ${unused.map((e) => `${e.file} (${e.use}, ${e.records.kind} records)`).join(', ')} cannot join a paper list of ${main.records.kind} records (${main.file})`,
    );
  }
  return result;

  function fromList(main: ReadEntry): ConferenceYearResult {
    const r = main.records;
    switch (r.kind) {
      case 'papers':
        return { papers: uniqueIds(r.papers.map((p) => ({ ...p, conference, year, files: [main.file] }))), notes: [] };
      case 'site_papers': {
        const tier = atMostOne(take('tier', 'paper_rows'), 'tier list');
        const status = tier ? { file: tier.file, papers: tier.records.papers } : undefined;
        const a = assembleIvanov(conference, year, r.papers, main.file, status);
        return { papers: a.papers, notes: tier ? [`${a.unmatchedStatus.length} papers without a tier in ${tier.file} (kept as poster)`] : [] };
      }
      case 'paper_rows':
        return fromPaperRows(main.file, r.papers);
      case 'accepted_rows': {
        const papers = assembleAtCsv(conference, year, main.file, r.papers);
        const ids = atMostOne(take('author_ids', 'author_ids'), 'author-ids file');
        return ids ? attachAuthorIds(papers, ids.file, ids.records.records) : { papers, notes: [] };
      }
      case 'author_ids': {
        const names = atMostOne(take('author_names', 'name_list'), 'name list');
        const tiers = atMostOne(take('tier', 'tier_by_title'), 'tier list');
        return assembleFromAuthorIds(
          conference,
          year,
          { file: main.file, records: r.records },
          names && { file: names.file, papers: names.records.papers },
          tiers && { file: tiers.file, byTitle: tiers.records.tiers },
        );
      }
      case 'name_list':
        return { papers: assembleNameList(conference, year, { file: main.file, papers: r.papers }), notes: [] };
      case 'events':
        return { papers: assembleEvents(conference, year, main.file, r.papers), notes: [] };
      default:
        throw new Error(`${where}: ${main.file} holds ${r.kind} records, not a paper list`);
    }
  }

  /** Paper rows: authors from profile records (by id or by names) or checked against a name list; then tracks and orals. */
  function fromPaperRows(file: string, rows: Of<'paper_rows'>['papers']): ConferenceYearResult {
    const pc = { file, papers: rows };
    const profiles = take('author_affiliations', 'profile_papers');
    const byNames = profiles.filter((p) => p.entry.joinBy === 'author_names');
    let out: ConferenceYearResult;
    if (byNames.length > 0) {
      if (profiles.length > 1) throw new Error(`${where}: ${profiles.map((p) => p.file).join(', ')}: a join by author names takes one affiliation file`);
      out = assemblePcByAuthorNames(conference, year, pc, { file: byNames[0].file, papers: byNames[0].records.papers });
    } else if (profiles.length > 0) {
      // In the listed order: the first file with the paper's authors supplies them.
      const r = assemblePcWithAuthors(
        conference,
        year,
        pc,
        profiles.map((p) => ({ file: p.file, papers: p.records.papers })),
      );
      const notes = Object.entries(r.joinedFrom).map(([f, n]) => `${n} papers with authors from ${f}`);
      if (r.notOpenReview.length > 0) notes.push(`${r.notOpenReview.length} accepted ${file} rows in no OpenReview file dropped (e.g. ${r.notOpenReview[0]})`);
      out = { papers: r.papers, notes };
    } else {
      const names = atMostOne(take('author_names', 'name_list'), 'name list');
      if (!names) throw new Error(`${where}: paper rows (${file}) need an "author_affiliations" or an "author_names" entry for their authors`);
      const r = assemblePcWithDblp(conference, year, pc, { file: names.file, papers: names.records.papers });
      out = { papers: r.papers, notes: [`${r.replaced} author lists taken from ${names.file}, ${r.unchecked} without a unique DBLP title`] };
    }
    for (const tracks of take('tracks', 'name_list')) {
      const t = markNeuripsTracks(out.papers, { file: tracks.file, papers: tracks.records.papers });
      out = { papers: t.papers, notes: [...out.notes, ...t.notes] };
    }
    const pages = take('tier', 'orals_by_site_id');
    if (pages.length > 0) {
      const oralIds = new Set(pages.flatMap((p) => p.records.ids));
      const siteOf = new Map(rows.flatMap((p) => (p.site ? [[p.id, p.site] as const] : [])));
      const o = markOrals(
        out.papers,
        siteOf,
        oralIds,
        pages.map((p) => p.file),
      );
      out = { papers: o.papers, notes: [...out.notes, ...o.notes] };
    }
    return out;
  }
}
