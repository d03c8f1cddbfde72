// Stable ids for papers whose source has none: a hash of the normalised title.
import { createHash } from 'node:crypto';
import { normalizeTitle } from '../records/normalizeText.ts';

export function titleId(title: string): string {
  return `t_${createHash('sha1').update(normalizeTitle(title)).digest('hex').slice(0, 12)}`;
}

/** Makes ids unique within a list by suffixing repeats (`t_ab…#2`): two papers may share a title. */
export function uniqueIds<T extends { sourceId: string }>(papers: T[]): T[] {
  const seen = new Map<string, number>();
  for (const p of papers) {
    const n = (seen.get(p.sourceId) ?? 0) + 1;
    seen.set(p.sourceId, n);
    if (n > 1) p.sourceId = `${p.sourceId}#${n}`;
  }
  return papers;
}
