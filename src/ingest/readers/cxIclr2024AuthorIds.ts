// Reader for `cx_iclr2024_authorids.json`: `{ records: [{ title, paper_url, authorids }] }`,
// each accepted ICLR 2024 paper with its ORDERED OpenReview author ids (`~Jane_Doe1`) or
// e-mail addresses.
import { cleanDisplay } from '../records/normalizeText.ts';
import { SourceError } from '../records/types.ts';
import { asRecord, parseJsonMember, requiredString } from './jsonInput.ts';

export interface CxAuthorIds {
  title: string;
  /** OpenReview forum id from `paper_url` (`...forum?id=U6hEOZlDf5`). */
  forumId: string;
  /** In author order: `~` profile ids or e-mail addresses. */
  authorIds: string[];
}

export function readCxIclr2024AuthorIds(text: string, file: string): CxAuthorIds[] {
  const records = parseJsonMember(text, file, 'records', 'array') as unknown[];
  return records.map((raw, i) => {
    const rec = asRecord(raw, file, `#${i + 1}`);
    const title = cleanDisplay(requiredString(rec, 'title', file, `#${i + 1}`));
    const where = `#${i + 1} "${title}"`;
    const forumId = /[?&]id=([^&#\s]+)/.exec(requiredString(rec, 'paper_url', file, where))?.[1];
    if (!forumId) throw new SourceError(file, where, '"paper_url" has no forum id');
    const ids = rec.authorids;
    if (!Array.isArray(ids) || ids.length === 0) throw new SourceError(file, where, '"authorids" is not a non-empty list');
    const authorIds = ids.map((id, k) => {
      if (typeof id !== 'string' || !(id.startsWith('~') || id.includes('@'))) {
        throw new SourceError(file, where, `author id ${k + 1} is neither a ~profile id nor an e-mail address: ${JSON.stringify(id)}`);
      }
      return id.trim();
    });
    return { title, forumId, authorIds };
  });
}
