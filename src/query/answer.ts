// The query core: a parsed question in, one Answer out. Front ends call only this
// (through an Asker), so every figure comes from the same code path. Each kind of query
// is answered by its command (commands/registry.ts).
import type { QueryContext } from './context.ts';
import { commandOf } from './commands/registry.ts';
import type { Answer, ParsedQuery } from './types.ts';

export function answer(ctx: QueryContext, q: ParsedQuery, offset = 0): Answer {
  return commandOf(q.kind).answer(ctx, q, offset);
}
