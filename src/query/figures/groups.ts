// The groups an answer shows, read from its parsed query: the footer's country rule, its scope
// and the corrections notes follow them, without asking the command registry.
import type { Entity, GroupBy, Query } from '../model/types.ts';

/** The entities the query names, or every group of one kind (a ranking); null for answers without group figures. */
export function groupsOf(q: Query): Entity[] | { all: GroupBy } | null {
  switch (q.kind) {
    case 'top':
      return { all: 'institution' };
    case 'countries':
      return { all: 'country' };
    case 'compare':
      return q.entities;
    case 'institution':
    case 'papers':
      return [q.entity];
    default:
      return null;
  }
}
