// Fuzzy suggestions for a human to pick from. Never used to decide a resolution:
// edit distance confidently confuses "National Tsinghua" with "Tsinghua".
import { distance } from 'fastest-levenshtein';
import type { CuratedIndex } from './curatedIndex.ts';
import { normalizeName } from './normalizeText.ts';

export interface Suggestion {
  id: string;
  name: string;
  score: number;
}

export function suggestInstitutions(curated: CuratedIndex, text: string, n = 5): Suggestion[] {
  const q = normalizeName(text);
  if (!q) return [];
  const qWords = new Set(q.split(' '));
  const best = new Map<string, Suggestion>();
  for (const [alias, inst] of curated.aliasEntries()) {
    const edit = 1 - distance(q, alias) / Math.max(q.length, alias.length);
    const aWords = alias.split(' ');
    const overlap = aWords.filter((w) => qWords.has(w)).length / Math.max(qWords.size, aWords.length);
    const score = Math.round(Math.max(edit, overlap) * 1000) / 1000;
    const prev = best.get(inst.id);
    if (!prev || prev.score < score) best.set(inst.id, { id: inst.id, name: inst.name, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, n);
}
