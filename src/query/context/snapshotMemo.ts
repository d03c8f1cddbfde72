// Values computed from an opened database, kept for as long as its context lives: one
// asker reads one snapshot, so what its tables give never changes. Kept values are frozen
// (shallowly) so no caller can change what the next one reads.
import type { QueryContext } from './context.ts';

const kept = new WeakMap<QueryContext, Map<string, unknown>>();

export function keptFor<T extends object>(ctx: QueryContext, id: string, compute: () => T): T {
  if (!ctx.keep) return compute();
  let values = kept.get(ctx);
  if (!values) kept.set(ctx, (values = new Map()));
  let value = values.get(id) as T | undefined;
  if (value === undefined) values.set(id, (value = Object.freeze(compute())));
  return value;
}
