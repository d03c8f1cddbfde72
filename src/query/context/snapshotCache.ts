// The one cache of an opened snapshot: answers to repeated questions and the values several
// questions share (pre-summed figures, scope coverage, moved countries), in one map with one
// bound, least recently used dropped first. It lives on the snapshot's context and a reload
// opens a new context, so a new snapshot starts empty. Kept values are frozen: one object is
// handed to every reader, so none may change what the next one reads.
/** Freezes a value and everything in it (answers: plain objects and arrays). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class SnapshotCache {
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly size: number) {}

  /** The value kept under `key`, else `compute`d, frozen by `freeze` and kept. */
  keep<T>(key: string, compute: () => T, freeze: (value: T) => T = Object.freeze): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as T;
    }
    const value = freeze(compute());
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}

/** A value computed from the context's snapshot, kept in its cache (computed each time without one). */
export function keptFor<T extends object>(ctx: { cache: SnapshotCache | null }, id: string, compute: () => T): T {
  return ctx.cache ? ctx.cache.keep(id, compute) : compute();
}
