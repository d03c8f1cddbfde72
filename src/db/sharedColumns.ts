// Columns that several tables share, each defined once: createSchema.ts adds them with
// `addColumns` and the row interfaces in schema.ts extend their `Row`, so a column's SQL
// type, nullability and meaning are the same in every table that has it.
import type { CreateTableBuilder } from 'kysely';

interface Column {
  readonly type: 'integer' | 'text';
  readonly nullable?: true;
}
type Group = Readonly<Record<string, Column>>;

/** What a venue filter names (`2024`, `neurips`, `main`, `oral`): on every paper, slot and cube row. */
export const SCOPE_COLUMNS = {
  year: { type: 'integer' },
  /** neurips, icml or iclr. */
  conference: { type: 'text' },
  /** main, datasets_benchmarks, or unknown where no source gives it. */
  track: { type: 'text' },
  /** The paper's tier: oral, spotlight or poster. */
  status: { type: 'text' },
} as const satisfies Group;

/** What the `first`, `last` and `exact` filters read of an author slot. */
export const SLOT_FILTER_COLUMNS = {
  /** The slot's place on its paper, SLOT_ROLE bits (schema.ts): 1 first author, 2 last author (3 a single author), 0 the others. */
  role: { type: 'integer' },
  /** How the slot's institution was found (an evidence kind, ingest/records/types.ts); null when it was not. */
  evidence: { type: 'text', nullable: true },
} as const satisfies Group;

/** The institution a slot resolved to (the unit), the one it counts under by default (the root), and their countries. */
export const INSTITUTION_COLUMNS = {
  unit_id: { type: 'text' },
  unit_country: { type: 'text', nullable: true },
  root_id: { type: 'text' },
  root_country: { type: 'text', nullable: true },
} as const satisfies Group;

/** A group's columns, each of them nullable. */
export type OrNull<G extends Group> = { [K in keyof G]: G[K] & { nullable: true } };

/** The same columns, each of them nullable: authorships keeps the slots that resolved to nothing. */
export function orNull<G extends Group>(group: G): OrNull<G> {
  const entries = Object.entries(group).map(([name, column]) => [name, { ...column, nullable: true }]);
  return Object.fromEntries(entries) as OrNull<G>;
}

/** A group's columns as a row type: text a string, integer a number, and null where it may be. */
export type Row<G extends Group> = {
  -readonly [K in keyof G]: (G[K]['type'] extends 'text' ? string : number) | (G[K] extends { nullable: true } ? null : never);
};

/**
 * Adds a group's columns to a createTable call (with `$call`), in the group's order or in
 * the order `names` gives, so each table keeps the column order it had before the groups.
 */
export function addColumns<G extends Group, N extends keyof G & string>(group: G, ...names: N[]) {
  const order = names.length > 0 ? names : (Object.keys(group) as N[]);
  return <TB extends string, C extends string>(table: CreateTableBuilder<TB, C>): CreateTableBuilder<TB, C | N> =>
    order.reduce<CreateTableBuilder<TB, C | N>>((t, name) => t.addColumn(name, group[name].type, (c) => (group[name].nullable ? c : c.notNull())), table);
}
