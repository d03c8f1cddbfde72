// Aligns OpenReview profile slots (`or_profile` order, which `aff`/`aff_domain` follow)
// to the paper's authors (`author`/`authorids` order). The two orders differ in 15-20%
// of records, so slots are matched by exact id, then by name, then by elimination;
// never by position.
import type { Alignment } from '../records/types.ts';
import { nameTokens, profileIdToName } from '../records/normalizeText.ts';

export interface AuthorKey {
  name: string;
  /** The paper's author id: `~Jane_Doe1`, an e-mail, or ''. */
  id: string;
}

export interface SlotMatch {
  /** Index into the slots, or -1 when the author got none. */
  slot: number;
  alignment: Alignment;
}

type Tokens = string[];
type NameTest = (a: Tokens, b: Tokens) => boolean;

const sameSequence: NameTest = (a, b) => a.join(' ') === b.join(' ') || a.join('') === b.join('');
// Middle names or initials differ: `Cameron N Musco` vs `Cameron Musco`.
const sameFirstLast: NameTest = (a, b) => a.length >= 2 && b.length >= 2 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
// One name is the other plus tokens, or the same tokens reordered (`Wei Zhang` / `Zhang Wei`).
const subset: NameTest = (a, b) => {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.length >= 2 && small.every((t) => large.includes(t));
};
const NAME_TESTS: NameTest[] = [sameSequence, sameFirstLast, subset];

function authorNames(a: AuthorKey): Tokens[] {
  const names = [nameTokens(a.name)];
  const fromId = profileIdToName(a.id);
  if (fromId) names.push(nameTokens(fromId));
  return names.filter((t) => t.length > 0);
}

export function alignProfiles(authors: AuthorKey[], slots: string[]): SlotMatch[] {
  const result: SlotMatch[] = authors.map(() => ({ slot: -1, alignment: 'none' }));
  const slotTaken = slots.map((s) => s.trim() === '');

  // 1. Exact id: only when the id occurs in exactly one slot.
  authors.forEach((a, i) => {
    if (!a.id) return;
    const hits = slots.flatMap((s, j) => (s === a.id && !slotTaken[j] ? [j] : []));
    if (hits.length === 1) {
      result[i] = { slot: hits[0], alignment: 'id' };
      slotTaken[hits[0]] = true;
    }
  });

  // 2. Name, strictest test first; a pair is accepted only when it is unique both ways.
  const slotNames = slots.map((s) => {
    const n = profileIdToName(s);
    return n ? nameTokens(n) : [];
  });
  const authorTokens = authors.map(authorNames);
  for (const test of NAME_TESTS) {
    const openAuthors = authors.flatMap((_, i) => (result[i].slot < 0 ? [i] : []));
    const openSlots = slots.flatMap((_, j) => (!slotTaken[j] && slotNames[j].length > 0 ? [j] : []));
    const pairs = openAuthors.flatMap((i) => openSlots.filter((j) => authorTokens[i].some((t) => test(t, slotNames[j]))).map((j) => [i, j] as const));
    for (const [i, j] of pairs) {
      const authorUnique = pairs.filter(([x]) => x === i).length === 1;
      const slotUnique = pairs.filter(([, y]) => y === j).length === 1;
      if (authorUnique && slotUnique) {
        result[i] = { slot: j, alignment: 'name' };
        slotTaken[j] = true;
      }
    }
  }

  // 3. Elimination: exactly one author and one non-empty slot left over. Only sound
  // when there is one slot per author; otherwise the leftover slot may be nobody's.
  if (slots.length !== authors.length) return result;
  const leftAuthors = authors.flatMap((_, i) => (result[i].slot < 0 ? [i] : []));
  const leftSlots = slots.flatMap((_, j) => (!slotTaken[j] ? [j] : []));
  if (leftAuthors.length === 1 && leftSlots.length === 1) {
    result[leftAuthors[0]] = { slot: leftSlots[0], alignment: 'elimination' };
  }
  return result;
}
