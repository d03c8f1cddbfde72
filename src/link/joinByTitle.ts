// Joins accepted papers to submissions by normalised title, tolerating camera-ready
// edits: an exact title key shared by exactly one submission wins; otherwise the one
// submission sharing an author name whose title is within a small edit distance.
// Never a guess between two candidates.
import { distance } from 'fastest-levenshtein';
import { compactName, normalizeTitle } from '../ingest/records/normalizeText.ts';

export interface Titled {
  title: string;
  authors: string[];
}

export interface TitleJoin {
  /** Index of the matched submission per paper, or -1. */
  match: number[];
  exact: number;
  tolerant: number;
  /** Papers whose exact title key named several submissions none of which could be told apart. */
  ambiguous: number;
}

/** Largest edit distance accepted, as a share of the longer title key. */
const MAX_EDIT_SHARE = 0.25;

const sharedAuthors = (a: string[], b: Set<string>) => a.filter((n) => b.has(n)).length;

export function joinByTitle(papers: Titled[], submissions: Titled[]): TitleJoin {
  const byTitle = new Map<string, number[]>();
  const byAuthor = new Map<string, number[]>();
  const names = submissions.map((s) => new Set(s.authors.map(compactName)));
  const keys = submissions.map((s) => normalizeTitle(s.title));
  submissions.forEach((s, i) => {
    byTitle.set(keys[i], [...(byTitle.get(keys[i]) ?? []), i]);
    for (const n of names[i]) byAuthor.set(n, [...(byAuthor.get(n) ?? []), i]);
  });
  const result: TitleJoin = { match: [], exact: 0, tolerant: 0, ambiguous: 0 };
  for (const p of papers) {
    const key = normalizeTitle(p.title);
    const authors = p.authors.map(compactName);
    const same = byTitle.get(key) ?? [];
    // Several submissions with one title (resubmitted or duplicated): the authors decide.
    const exact = same.length > 1 ? same.filter((i) => sharedAuthors(authors, names[i]) > 0) : same;
    if (exact.length === 1) {
      result.match.push(exact[0]);
      result.exact++;
      continue;
    }
    if (exact.length > 1) {
      result.match.push(-1);
      result.ambiguous++;
      continue;
    }
    const candidates = new Set(authors.flatMap((n) => byAuthor.get(n) ?? []));
    const close = [...candidates].filter((i) => {
      const d = distance(key, keys[i]);
      return d <= MAX_EDIT_SHARE * Math.max(key.length, keys[i].length);
    });
    if (close.length === 1) {
      result.match.push(close[0]);
      result.tolerant++;
    } else {
      result.match.push(-1);
      if (close.length > 1) result.ambiguous++;
    }
  }
  return result;
}
