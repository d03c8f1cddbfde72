// Resolves an affiliation/domain to the top of its institution tree (the default
// roll-up), so that `Google Research` and `Google` compare equal when checking links.
import type { Resolver } from '../normalize/resolver.ts';
import type { SetResolver } from './institutionSets.ts';

export function rootOf(resolver: Resolver, id: string): string {
  const seen = new Set<string>();
  let cur = id;
  for (;;) {
    const parent = resolver.institution(cur)?.parent;
    if (!parent || seen.has(parent)) return cur;
    seen.add(cur);
    cur = parent;
  }
}

/** Root institution id of an affiliation/domain pair, or null when it does not resolve. */
export function makeRootResolver(resolver: Resolver): (affiliation?: string, domain?: string) => string | null {
  const cache = new Map<string, string | null>();
  return (affiliation, domain) => {
    const key = `${affiliation ?? ''}\u0000${domain ?? ''}`;
    let root = cache.get(key);
    if (root === undefined) {
      const id = affiliation || domain ? resolver.resolve(affiliation, domain).institutionId : null;
      root = id ? rootOf(resolver, id) : null;
      cache.set(key, root);
    }
    return root;
  };
}

/** The resolver as institution lists are read: names with the listed countries, ids rolled up. */
export function setResolver(resolver: Resolver): SetResolver {
  return { resolveIn: (name, countries) => resolver.resolveIn(name, countries), rootOf: (id) => rootOf(resolver, id) };
}
