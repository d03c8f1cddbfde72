// `check "<claim>"`: placeholder until claim checking is built (issue 7).
import type { QueryContext } from '../context.ts';
import { buildMeta } from '../meta.ts';
import type { Answer, ParsedQuery } from '../types.ts';

export function checkAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'check' }): Answer {
  return {
    kind: 'check',
    title: 'Claim checking is not available yet',
    columns: [],
    rows: [],
    totalRows: 0,
    offset: 0,
    text: `airank cannot check claims yet. Reproduce the figure instead, e.g. \`compare US CN 2020-2024\` or \`rank Google 2024\`. Claim: ${q.claim}`,
    meta: buildMeta(ctx, q, []),
  };
}
