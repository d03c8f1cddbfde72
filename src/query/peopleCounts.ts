// Figures under `people` (distinct persons), counted in memory from one index scan.
// count(DISTINCT) in SQL needs a temporary b-tree per group and query; here each author
// slot is read as the number the build packed for it (db/packing.ts) and the distinct
// counts come from sorting, which answers groups, years and totals in a single pass.
import { pluckNumbers } from '../db/run.ts';
import { countryOfGroup, FIRST_YEAR, PACKED_COLUMNS, PERSON, unpack, YEARS } from '../db/packing.ts';
import { groupColumns, scopedRows, type GroupBy } from './aggregate.ts';
import type { QueryContext } from './context.ts';
import type { QueryOptions } from './types.ts';

export interface Figure {
  value: number;
  slots: number;
  linkedSlots: number;
}

export interface FigureTable {
  /** By `${key}|${year}`. */
  cells: Map<string, Figure>;
  /** By key, over all the years. */
  keyTotals: Map<string, Figure>;
  /** Over all groups, by year and in all. */
  yearTotals: Map<number, number>;
  total: number;
}


/** Marks (year, person) pairs and counts each person once per year and once in all. */
class PeopleMarks {
  private readonly stride: number;
  private readonly inYear: Uint8Array;
  private readonly ever: Uint8Array;
  private readonly perYear = new Array<number>(YEARS).fill(0);
  total = 0;

  constructor(maxPersonId: number) {
    this.stride = maxPersonId + 1;
    this.inYear = new Uint8Array(YEARS * this.stride);
    this.ever = new Uint8Array(this.stride);
  }

  mark(yearIndex: number, person: number): void {
    const at = yearIndex * this.stride + person;
    if (!this.inYear[at]) {
      this.inYear[at] = 1;
      this.perYear[yearIndex]++;
    }
    if (!this.ever[person]) {
      this.ever[person] = 1;
      this.total++;
    }
  }

  yearTotals(): Map<number, number> {
    const out = new Map<number, number>();
    this.perYear.forEach((n, i) => n > 0 && out.set(FIRST_YEAR + i, n));
    return out;
  }
}

/** The packed slots in scope for one way of grouping (see db/packing.ts). */
function packedSlots(ctx: QueryContext, years: number[], options: QueryOptions, kind: GroupBy): number[] {
  // Packing must be lossless: a person id past PERSON would merge people silently.
  if (ctx.maxPersonId >= PERSON) throw new Error(`peopleCounts: ${ctx.maxPersonId} people exceed the packing limit ${PERSON}`);
  const cols = groupColumns(options);
  const column = PACKED_COLUMNS[kind === 'country' ? cols.country : options.rollup ? 'root_num' : 'unit_num'];
  return pluckNumbers(ctx.sqlite, scopedRows(ctx, years, options, 'authorships').where(column, 'is not', null).select(column));
}

export function peopleCounts(ctx: QueryContext, years: number[], options: QueryOptions, kind: GroupBy): FigureTable {
  const packed = packedSlots(ctx, years, options, kind);
  const keyOf = (group: number) => (kind === 'country' ? countryOfGroup(group) : (ctx.institutionsByNum.get(group) ?? String(group)));

  // Counters indexed by group (and year): typed arrays, no per-slot map look-ups.
  const groups = kind === 'country' ? 128 * 128 : ctx.institutionsByNum.size + 1;
  const cellValue = new Int32Array(groups * YEARS);
  const cellSlots = new Int32Array(groups * YEARS);
  const cellLinked = new Int32Array(groups * YEARS);
  const keyValue = new Int32Array(groups);
  const marks = new PeopleMarks(ctx.maxPersonId); // denominators: every group counts

  // Sorted, one person's slots in a group are adjacent, and within them each year's.
  let previousSlot = -1;
  let previousGroupPerson = -1;
  for (const k of Float64Array.from(packed).sort()) {
    const u = unpack(k);
    const cell = u.group * YEARS + u.yearIndex;
    cellSlots[cell]++;
    cellLinked[cell] += u.linked;
    if (u.slot !== previousSlot) cellValue[cell]++;
    if (u.groupPerson !== previousGroupPerson) keyValue[u.group]++;
    previousSlot = u.slot;
    previousGroupPerson = u.groupPerson;
    marks.mark(u.yearIndex, u.person);
  }

  const cells = new Map<string, Figure>();
  const keyTotals = new Map<string, Figure>();
  for (let group = 0; group < groups; group++) {
    if (keyValue[group] === 0) continue;
    const key = keyOf(group);
    const total: Figure = { value: keyValue[group], slots: 0, linkedSlots: 0 };
    for (let y = 0; y < YEARS; y++) {
      const cell = group * YEARS + y;
      if (cellSlots[cell] === 0) continue;
      cells.set(`${key}|${FIRST_YEAR + y}`, { value: cellValue[cell], slots: cellSlots[cell], linkedSlots: cellLinked[cell] });
      total.slots += cellSlots[cell];
      total.linkedSlots += cellLinked[cell];
    }
    keyTotals.set(key, total);
  }
  return { cells, keyTotals, yearTotals: marks.yearTotals(), total: marks.total };
}

/**
 * Distinct people over all groups, by year and in all: the denominators of `people`
 * shares when figures are wanted for a few groups only (from the same packed slots).
 */
export function peopleTotals(ctx: QueryContext, years: number[], options: QueryOptions, kind: GroupBy): Pick<FigureTable, 'yearTotals' | 'total'> {
  const marks = new PeopleMarks(ctx.maxPersonId);
  for (const k of packedSlots(ctx, years, options, kind)) {
    const u = unpack(k);
    marks.mark(u.yearIndex, u.person);
  }
  return { yearTotals: marks.yearTotals(), total: marks.total };
}
