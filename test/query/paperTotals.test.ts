// The pre-summed `papers` denominators (paper_cube) against counting distinct papers in
// paper_units, under every filter and grouping, on the fixture with institution sets and
// linked evidence (so `exact` and paper-level sets both matter).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.ts';
import { aggregate, paperTotals } from '../../src/query/figures/aggregate.ts';
import { loadContext, type QueryContext } from '../../src/query/context/context.ts';
import type { QueryOptions } from '../../src/query/model/types.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';
import type { GroupBy } from '../../src/query/model/types.ts';

let ctx: QueryContext;
beforeAll(async () => {
  const file = path.join(tempDir(), 'fixture.sqlite');
  await createFixtureDatabase(file, { withInstitutionSets: true, withLinkedEvidence: true });
  const { db, sqlite } = openDatabase(file, { readonly: true });
  ctx = loadContext(db, sqlite);
  return () => sqlite.close();
});

describe('paperTotals', () => {
  it('equals the distinct papers in paper_units for every filter, grouping and roll-up', () => {
    const years = [2020, 2021, 2022, 2023, 2024];
    let compared = 0;
    for (const groupBy of ['institution', 'country'] as GroupBy[])
      for (const rollup of [true, false])
        for (const exact of [false, true])
          for (const conferences of [[], ['neurips'], ['iclr', 'icml']] as QueryOptions['filters']['conferences'][])
            for (const status of [undefined, 'poster'] as const) {
              const options: QueryOptions = {
                method: 'papers',
                rollup,
                lang: 'en',
                filters: { conferences, ...(exact ? { exact } : {}), ...(status ? { status } : {}) },
              };
              const expected = new Map(aggregate(ctx, { years, options, groupBy, total: true, byYear: true }).map((r) => [r.year, r.value]));
              const got = paperTotals(ctx, { years, options, groupBy });
              for (const y of years) expect(got.get(y) ?? 0, JSON.stringify({ groupBy, rollup, options, y })).toBe(expected.get(y) ?? 0);
              compared += [...expected.values()].filter((v) => v > 0).length;
            }
    expect(compared).toBeGreaterThan(50);
  });

  it('leaves out papers that have an institution by linked evidence only, under exact', () => {
    const options = (exact: boolean): QueryOptions => ({
      method: 'papers',
      rollup: true,
      lang: 'en',
      filters: { conferences: [], ...(exact ? { exact } : {}) },
    });
    const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const years = [2020, 2021, 2022, 2023, 2024];
    expect(sum(paperTotals(ctx, { years, options: options(true), groupBy: 'institution' }))).toBeLessThan(
      sum(paperTotals(ctx, { years, options: options(false), groupBy: 'institution' })),
    );
  });
});
