// ICML 2025: the paper list marks 12 of its 120 orals; the oral-session pages list all of them
// by conference-site poster id. A paper whose site page is on one becomes oral.
import type { SourcePaper } from '../records/types.ts';

export function markOrals(
  papers: SourcePaper[],
  siteOf: Map<string, string>,
  oralIds: Set<string>,
  files: string[],
): { papers: SourcePaper[]; notes: string[] } {
  let marked = 0;
  const found = new Set<string>();
  const out = papers.map((p) => {
    const id = /\/poster\/(\d+)/.exec(siteOf.get(p.sourceId) ?? '')?.[1];
    if (!id || !oralIds.has(id)) return p;
    found.add(id);
    if (p.status !== 'oral') marked++;
    return { ...p, status: 'oral' as const };
  });
  return {
    papers: out,
    notes: [`${found.size} of ${oralIds.size} orals of ${files.length} session pages found in the paper list (${marked} not marked oral there)`],
  };
}
