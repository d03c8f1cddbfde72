// The shared column groups (db/sharedColumns.ts) add their columns with the group's SQL type
// and nullability, in the order a table asks for: the tables rely on that order staying put.
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.ts';
import { addColumns, INSTITUTION_COLUMNS, orNull, SCOPE_COLUMNS, SLOT_FILTER_COLUMNS } from '../../src/db/sharedColumns.ts';

describe('shared columns', () => {
  const { db } = openDatabase(':memory:', { readonly: false });
  afterAll(() => db.destroy());
  const create = (...groups: Array<ReturnType<typeof addColumns>>) => groups.reduce((t, add) => t.$call(add), db.schema.createTable('t')).compile().sql;

  it("adds a group's columns in the group's order, NOT NULL unless the column may be null", () => {
    expect(create(addColumns(SCOPE_COLUMNS), addColumns(SLOT_FILTER_COLUMNS))).toBe(
      'create table "t" ("year" integer not null, "conference" text not null, "track" text not null, "status" text not null, "role" integer not null, "evidence" text)',
    );
  });

  it('adds only the named columns, in the order named', () => {
    expect(create(addColumns(SCOPE_COLUMNS, 'conference', 'year', 'status', 'track'), addColumns(INSTITUTION_COLUMNS, 'root_country', 'unit_country'))).toBe(
      'create table "t" ("conference" text not null, "year" integer not null, "status" text not null, "track" text not null, "root_country" text, "unit_country" text)',
    );
  });

  it('orNull makes every column nullable and leaves the group itself alone', () => {
    expect(create(addColumns(orNull(INSTITUTION_COLUMNS)))).toBe('create table "t" ("unit_id" text, "unit_country" text, "root_id" text, "root_country" text)');
    expect(create(addColumns(INSTITUTION_COLUMNS, 'unit_id'))).toBe('create table "t" ("unit_id" text not null)');
  });
});
