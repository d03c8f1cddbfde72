// ICLR 2024: the accepted list (at_iclr2024_accepted.csv) gives names only;
// cx_iclr2024_authorids.json gives each accepted paper's ORDERED OpenReview author ids.
// A paper takes its record by the same title (unique on both sides), else by a record
// whose ids agree with every author's surname at the same position. A slot takes the id
// at its position when the id's name and the printed name share the surname (either way
// round: `~Zhang_Rongtao2` / `Rongtao Zhang`); with a different number of authors, only
// names that pair up one-to-one take an id. An e-mail id gives the slot its e-mail (and
// an institutional domain, as in the jy files).
import { isPersonalDomain } from '../../normalize/domains.ts';
import { nameTokens, normalizeTitle, profileIdToName } from '../records/normalizeText.ts';
import type { CxAuthorIds } from '../readers/cxIclr2024AuthorIds.ts';
import type { SourceAuthor, SourcePaper } from '../records/types.ts';
import { pairAuthorNames } from './authorListMatch.ts';
import { uniqueIndex } from './uniqueIndex.ts';

export interface AuthorIdStats {
  papers: number;
  matchedByTitle: number;
  matchedBySurnames: number;
  slots: number;
  withId: number;
  withEmail: number;
  /** Slots whose id at that position names someone else (surnames differ): left without an id. */
  disagreeing: number;
}

/** True when the id's name and the printed name share a surname (last word of either found in the other). */
export function idFitsName(id: string, name: string): boolean {
  const fromId = nameTokens(profileIdToName(id) ?? '');
  const printed = nameTokens(name);
  if (fromId.length === 0 || printed.length === 0) return false;
  if (fromId.join('') === printed.join('')) return true;
  return printed.includes(fromId[fromId.length - 1]) || fromId.includes(printed[printed.length - 1]);
}

export function withId(a: SourceAuthor, id: string): SourceAuthor {
  if (id.startsWith('~')) return { ...a, openreviewId: id };
  const domain = id.slice(id.lastIndexOf('@') + 1).toLowerCase();
  if (!domain || isPersonalDomain(domain)) return { ...a, email: id };
  return { ...a, email: id, domain, evidence: 'profile', alignment: 'id' };
}

export function attachAuthorIds(papers: SourcePaper[], file: string, records: CxAuthorIds[]): { papers: SourcePaper[]; stats: AuthorIdStats; notes: string[] } {
  const stats: AuthorIdStats = { papers: papers.length, matchedByTitle: 0, matchedBySurnames: 0, slots: 0, withId: 0, withEmail: 0, disagreeing: 0 };
  // Each title normalised once (a search per paper normalised every record's title again).
  const recordByTitle = uniqueIndex(records, (r) => normalizeTitle(r.title));
  const paperTitle = papers.map((p) => normalizeTitle(p.title));
  const paperByTitle = uniqueIndex(paperTitle, (t) => t);
  const used = new Set<CxAuthorIds>();
  const recordOf = papers.map((_, i): CxAuthorIds | undefined => {
    const k = paperByTitle.get(paperTitle[i]) === i ? recordByTitle.get(paperTitle[i]) : undefined;
    if (k === undefined) return undefined;
    used.add(records[k]);
    return records[k];
  });
  stats.matchedByTitle = used.size;
  papers.forEach((p, i) => {
    if (recordOf[i]) return;
    const fits = records.filter(
      (r) => !used.has(r) && r.authorIds.length === p.authors.length && r.authorIds.every((id, k) => id.includes('@') || idFitsName(id, p.authors[k].name)),
    );
    if (fits.length === 1) {
      recordOf[i] = fits[0];
      used.add(fits[0]);
      stats.matchedBySurnames++;
    }
  });

  const out = papers.map((p, i) => {
    const r = recordOf[i];
    stats.slots += p.authors.length;
    if (!r) return p;
    const ids = r.authorIds;
    // Same length: by position. Otherwise only names that pair up with an id's name.
    const at =
      ids.length === p.authors.length
        ? p.authors.map((_, k) => k)
        : pairAuthorNames(
            p.authors.map((a) => a.name),
            ids.map((id) => profileIdToName(id) ?? ''),
          );
    const authors = p.authors.map((a, k) => {
      const id = at[k] >= 0 ? ids[at[k]] : undefined;
      if (!id) return a;
      if (id.startsWith('~') && !idFitsName(id, a.name)) {
        stats.disagreeing++;
        return a;
      }
      if (id.startsWith('~')) stats.withId++;
      else stats.withEmail++;
      return withId(a, id);
    });
    return { ...p, authors, files: [...p.files, file] };
  });
  const notes = [
    `author ids from ${file}: ${stats.matchedByTitle + stats.matchedBySurnames} of ${stats.papers} papers (${stats.matchedByTitle} by title, ${stats.matchedBySurnames} by surnames); ` +
      `${stats.withId} of ${stats.slots} slots with an OpenReview id, ${stats.withEmail} with an e-mail, ${stats.disagreeing} left without (the id names someone else)`,
  ];
  return { papers: out, stats, notes };
}
