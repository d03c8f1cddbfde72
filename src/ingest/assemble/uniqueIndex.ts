// Joins that take a key only when it names one item: two papers with one title are
// never told apart by guessing.

/** Key → position in `items`, for keys that occur exactly once. */
export function uniqueIndex<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  const dup = new Set<string>();
  items.forEach((t, i) => {
    const k = key(t);
    if (out.has(k)) dup.add(k);
    else out.set(k, i);
  });
  for (const k of dup) out.delete(k);
  return out;
}
