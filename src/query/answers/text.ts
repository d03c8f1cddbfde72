// `help` and `method`: answers that are text, with the same footer as any other.
import { helpText } from '../help.ts';
import type { QueryContext } from '../context.ts';
import { buildMeta, METHOD_LABEL } from '../meta.ts';
import { METHODS, type Answer, type ParsedQuery } from '../types.ts';

function textAnswer(ctx: QueryContext, q: ParsedQuery, title: string, text: string): Answer {
  return { kind: q.kind, title, columns: [], rows: [], totalRows: 0, offset: 0, text, meta: buildMeta(ctx, q, []) };
}

export function helpAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'help' }): Answer {
  return textAnswer(ctx, q, q.topic ? `Help: ${q.topic}` : 'airank help', helpText(q.topic));
}

export function methodAnswer(ctx: QueryContext, q: ParsedQuery): Answer {
  const rollups = new Map<string, string[]>();
  for (const inst of ctx.institutions.values()) {
    if (inst.rootId !== inst.id) rollups.set(inst.rootId, [...(rollups.get(inst.rootId) ?? []), inst.name]);
  }
  const policy = [...rollups.entries()]
    .map(([root, units]) => `• ${ctx.institutions.get(root)?.name ?? root} includes ${units.sort().join('; ')}`)
    .sort();
  const sources = JSON.parse(ctx.meta.sources ?? '[]') as Array<{ file: string; role: string; licence?: string | null }>;
  const text = [
    '*What is counted.* Author slots on accepted papers (oral, spotlight, poster; main track and, for NeurIPS, datasets & benchmarks) at NeurIPS, ICML and ICLR 2020-2024. Rejected and withdrawn papers never count.',
    '*Counting methods* (add the word to any question):',
    ...METHODS.map((m) => `• \`${m}\`: ${METHOD_LABEL[m]}`),
    '*Affiliations.* Each author slot is resolved to one institution: manual overrides, then curated names and aliases (whole string, then each part of a joint affiliation, first match wins), then curated e-mail/web domains (longest suffix), then public reference tables (a university name only when it is unambiguous across countries). Fuzzy matching only makes suggestions for reviewers; it never assigns. Unresolved slots count nowhere. A country is that of the (rolled-up) institution; Hong Kong, Taiwan and Macau keep their own codes.',
    '*Timing caveat.* For 2021-2024 the affiliations come from OpenReview profiles as scraped in 2025, not from the papers: an author\'s current or secondary employer can appear on older papers. The 2020 NeurIPS and ICML affiliations are as printed on the conference sites at the time; ICLR 2020 uses the e-mail domains given at submission.',
    '*Gaps.* ICML 2021, ICML 2022 and ICLR 2024 have no per-author affiliations in any source. Where such slots are filled by linking an author to a unique profile elsewhere, the answer says what share rests on linked evidence; add `exact` to leave linked evidence out.',
    `*Roll-up policy* (add \`units\` to count units on their own):\n${policy.join('\n') || '• none'}`,
    `*Sources* (obtained at build time, verified by sha256, never redistributed):\n${sources.map((s) => `• ${s.file}: ${s.role}; licence: ${s.licence ?? 'not stated'}`).join('\n')}`,
  ].join('\n\n');
  return textAnswer(ctx, q, 'How airank counts', text);
}
