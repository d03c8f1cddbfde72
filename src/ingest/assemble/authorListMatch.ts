// One-to-one matching between two author lists of (supposedly) the same paper, by name
// only: never by position. Used to score candidate records in the tolerant NeurIPS 2024
// join and to decide which authors may take evidence from the matched record.
import { sameNameLoosely } from './nameMatch.ts';
import { compactName } from '../records/normalizeText.ts';

type SameName = (a: string, b: string) => boolean;

const compactCache = new Map<string, string>();
function compact(name: string): string {
  let c = compactCache.get(name);
  if (c === undefined) compactCache.set(name, (c = compactName(name)));
  return c;
}

const sameCompact: SameName = (a, b) => {
  const x = compact(a);
  return x !== '' && x === compact(b);
};

/**
 * For each name in `left`, the index of the same person in `right`, or -1. Strictest test
 * first (identical compact names), then `sameNameLoosely`. A pair is taken only when it
 * is the only candidate for both names among those still open; each test is repeated
 * while it resolves new pairs (once `Wei Zhang` has found `Wei Zhang`, `Wei X Zhang`
 * may be left with a single candidate). Ambiguous names stay unmatched.
 */
export function pairAuthorNames(left: string[], right: string[]): number[] {
  const result = left.map(() => -1);
  const taken = right.map(() => false);
  for (const same of [sameCompact, sameNameLoosely]) {
    for (;;) {
      const pairs: [number, number][] = [];
      left.forEach((a, i) => {
        if (result[i] >= 0) return;
        right.forEach((b, j) => {
          if (!taken[j] && same(a, b)) pairs.push([i, j]);
        });
      });
      let progress = false;
      for (const [i, j] of pairs) {
        const leftUnique = pairs.filter(([x]) => x === i).length === 1;
        const rightUnique = pairs.filter(([, y]) => y === j).length === 1;
        if (leftUnique && rightUnique) {
          result[i] = j;
          taken[j] = true;
          progress = true;
        }
      }
      if (!progress) break;
    }
  }
  return result;
}

/** Number of names paired by `pairAuthorNames`. */
export const pairedCount = (pairs: number[]): number => pairs.filter((j) => j >= 0).length;
