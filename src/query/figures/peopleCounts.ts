// Figures under `people` (distinct persons), counted in memory from one index scan.
// count(DISTINCT) in SQL needs a temporary b-tree per group and query; here each author
// slot is read as the number the build packed for it (db/packing.ts) and the distinct
// counts come from sorting, which answers groups, years and totals in a single pass.
import { pluckNumbers } from '../../db/run.ts';
import { countryOfGroup, FIRST_YEAR, groupOf, linkedOf, lowBitsOf, PACKED_COLUMNS, PERSON, personOf, yearIndexOf, YEARS } from '../../db/packing.ts';
import { groupColumns, scopedRows } from './aggregate.ts';
import { packedFromCells } from './peopleCells.ts';
import type { QueryContext } from '../context/context.ts';
import type { QueryOptions } from '../model/types.ts';
import type { GroupBy } from '../model/types.ts';

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

let scratch = new Uint8Array(0);
/** A zeroed buffer, reused: half a megabyte per `people` question would otherwise be garbage at once (answers are synchronous, so one at a time). */
function zeroed(length: number): Uint8Array {
  if (scratch.length < length) scratch = new Uint8Array(length);
  return scratch.subarray(0, length).fill(0);
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
    const marks = zeroed((YEARS + 1) * this.stride);
    this.inYear = marks.subarray(0, YEARS * this.stride);
    this.ever = marks.subarray(YEARS * this.stride);
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

/** The packed slots in scope for one way of grouping (see db/packing.ts), sorted: from people_cells where they cover the scope. */
function packedSlots(ctx: QueryContext, years: number[], options: QueryOptions, kind: GroupBy): Float64Array {
  // Packing must be lossless: a person id past PERSON would merge people silently.
  if (ctx.maxPersonId >= PERSON) throw new Error(`peopleCounts: ${ctx.maxPersonId} people exceed the packing limit ${PERSON}`);
  const cols = groupColumns(options);
  const column = PACKED_COLUMNS[kind === 'country' ? cols.country : options.rollup ? 'root_num' : 'unit_num'];
  return (
    packedFromCells(ctx, years, options, column) ??
    Float64Array.from(pluckNumbers(ctx.sqlite, scopedRows(ctx, years, options, 'authorships').where(column, 'is not', null).select(column))).sort()
  );
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
  for (let i = 0; i < packed.length; i++) {
    const group = groupOf(packed[i]);
    const low = lowBitsOf(packed[i], group);
    const linked = linkedOf(low);
    const yearIndex = yearIndexOf(low);
    const person = personOf(low);
    // Equal for two slots of one person in one group and year / in one group, whatever the year.
    const slot = packed[i] - linked;
    const groupPerson = group * PERSON + person;
    const cell = group * YEARS + yearIndex;
    cellSlots[cell]++;
    cellLinked[cell] += linked;
    if (slot !== previousSlot) cellValue[cell]++;
    if (groupPerson !== previousGroupPerson) keyValue[group]++;
    previousSlot = slot;
    previousGroupPerson = groupPerson;
    marks.mark(yearIndex, person);
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
    const low = lowBitsOf(k, groupOf(k));
    marks.mark(yearIndexOf(low), personOf(low));
  }
  return { yearTotals: marks.yearTotals(), total: marks.total };
}
