// The query core: a parsed question in, one Answer out. Front ends call only this
// (through an Asker), so every figure comes from the same code path. This is the one
// answer table: the only file outside answers/ that imports an answer function.
import { checkAnswer } from './answers/check.ts';
import { compareAnswer } from './answers/compare.ts';
import { coverageAnswer } from './answers/coverage.ts';
import { entityAnswer } from './answers/entity.ts';
import { papersAnswer } from './answers/papers.ts';
import { rankingAnswer } from './answers/ranking.ts';
import { teamsizeAnswer } from './answers/teamsize.ts';
import { helpAnswer, methodAnswer } from './answers/text.ts';
import type { QueryContext } from './context/context.ts';
import type { Answer, ParsedQuery } from './model/types.ts';

export function answer(ctx: QueryContext, q: ParsedQuery, offset = 0): Answer {
  switch (q.kind) {
    case 'top':
      return rankingAnswer(ctx, q, offset, 'institution');
    case 'countries':
      return rankingAnswer(ctx, q, offset, 'country');
    case 'compare':
      return compareAnswer(ctx, q);
    case 'institution':
      return entityAnswer(ctx, q);
    case 'papers':
      return papersAnswer(ctx, q, offset);
    case 'teamsize':
      return teamsizeAnswer(ctx, q);
    case 'check':
      return checkAnswer(ctx, q);
    case 'coverage':
      return coverageAnswer(ctx, q);
    case 'method':
      return methodAnswer(ctx, q);
    case 'help':
      return helpAnswer(ctx, q);
  }
}
