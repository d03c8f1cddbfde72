// Shared steps of reading a query from what the grammar read (commands/*.ts fromWords).
import { msg, reject } from '../read/reject.ts';
import type { Entity } from '../model/types.ts';
import type { ReadState } from './command.ts';

/** The years written, in order, or the command's default. */
export function yearsOr(state: ReadState, fallback: number[]): number[] {
  return state.years.size ? [...state.years].sort((a, b) => a - b) : fallback;
}

/** `page N` as an offset in rows of `limit`. */
export function pageOffset(state: ReadState, limit: number): { offset?: number } {
  return state.page && state.page > 1 ? { offset: (state.page - 1) * limit } : {};
}

export function noEntities(state: ReadState, kind: string, example: string): void {
  if (state.entities.length) reject(msg('noEntities', { kind }), example);
}

export function dedupe(entities: Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((e) => {
    const key = e.kind === 'country' ? `c:${e.code}` : `i:${e.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
