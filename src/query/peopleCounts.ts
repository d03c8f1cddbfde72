// Figures under `people` (distinct persons), counted in memory from one index scan.
// count(DISTINCT) in SQL needs a temporary b-tree per group and query; here each author
// slot is read as one packed number (group, year, person, linked flag) and the distinct
// counts come from sorting, which answers groups, years and totals in a single pass.
import { sql } from 'kysely';
import { pluckNumbers } from '../db/run.ts';
import { groupColumns, LINKED_EVIDENCE, scopedRows, type GroupBy } from './aggregate.ts';
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

const PERSON = 2 ** 20; // person ids stay far below a million
const YEARS = 8; // years are stored as an offset from FIRST_YEAR
const FIRST_YEAR = 2020;

/** Country codes as numbers (two letters in 7 bits each, as the query packs them), and back. */
const countryCode = (n: number) => String.fromCharCode(Math.floor(n / 128), n % 128);

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

export function peopleCounts(ctx: QueryContext, years: number[], options: QueryOptions, kind: GroupBy): FigureTable {
  // Packing must be lossless: a person id past PERSON would merge people silently.
  if (ctx.maxPersonId >= PERSON) throw new Error(`peopleCounts: ${ctx.maxPersonId} people exceed the packing limit ${PERSON}`);
  const cols = groupColumns(options.rollup);
  // The group as a number; filtering on the same column keeps the scan on the covering
  // index authorships_people.
  const groupColumn = kind === 'country' ? cols.country : options.rollup ? 'root_num' : 'unit_num';
  const keyNum =
    kind === 'country'
      ? sql<number>`unicode(substr(${sql.ref(groupColumn)}, 1, 1)) * 128 + unicode(substr(${sql.ref(groupColumn)}, 2, 1))`
      : sql<number>`${sql.ref(groupColumn)}`;
  const linked = sql<number>`CASE WHEN evidence IN (${sql.join([...LINKED_EVIDENCE])}) THEN 1 ELSE 0 END`;
  const packed = pluckNumbers(
    ctx.sqlite,
    scopedRows(ctx, years, options)
      .where(groupColumn, 'is not', null)
      .select(sql<number>`(((${keyNum}) * ${sql.lit(YEARS)} + year - ${sql.lit(FIRST_YEAR)}) * ${sql.lit(PERSON)} + person_id) * 2 + ${linked}`.as('k')),
  );
  const keyOf = (n: number) => (kind === 'country' ? countryCode(n) : (ctx.institutionsByNum.get(n) ?? String(n)));

  const marks = new PeopleMarks(ctx.maxPersonId); // denominators: every group counts

  // Groups: sorted, the slots of one (group, year) are a run, and within it one person's
  // slots are adjacent. Keys are looked up once per run, not per slot.
  const sorted = Float64Array.from(packed).sort();
  const cells = new Map<string, Figure>();
  const keyPerson: number[] = [];
  let runGroupYear = -1;
  let cell: Figure = { value: 0, slots: 0, linkedSlots: 0 };
  let previous = -1;
  for (const k of sorted) {
    const isLinked = k % 2;
    const slot = (k - isLinked) / 2;
    const person = slot % PERSON;
    const groupYear = (slot - person) / PERSON;
    const yearIndex = groupYear % YEARS;
    marks.mark(yearIndex, person);
    const group = (groupYear - yearIndex) / YEARS;
    if (groupYear !== runGroupYear) {
      runGroupYear = groupYear;
      const key = keyOf(group);
      cell = { value: 0, slots: 0, linkedSlots: 0 };
      cells.set(`${key}|${FIRST_YEAR + yearIndex}`, cell);
    }
    if (slot !== previous) cell.value++;
    cell.slots++;
    cell.linkedSlots += isLinked;
    previous = slot;
    keyPerson.push(group * PERSON + person);
  }
  // Over all years a person counts once per group.
  const keyTotals = new Map<string, Figure>();
  for (const [id, cell] of cells) {
    const key = id.slice(0, id.lastIndexOf('|'));
    const t = keyTotals.get(key) ?? { value: 0, slots: 0, linkedSlots: 0 };
    t.slots += cell.slots;
    t.linkedSlots += cell.linkedSlots;
    keyTotals.set(key, t);
  }
  let last = -1;
  for (const kp of Float64Array.from(keyPerson).sort()) {
    if (kp !== last) keyTotals.get(keyOf((kp - (kp % PERSON)) / PERSON))!.value++;
    last = kp;
  }
  return { cells, keyTotals, yearTotals: marks.yearTotals(), total: marks.total };
}

/**
 * Distinct people over all groups, by year and in all: the denominators of `people`
 * shares when figures are wanted for a few groups only. Packs (year, person) in a small
 * integer, which reads several times faster than the full packing above.
 */
export function peopleTotals(ctx: QueryContext, years: number[], options: QueryOptions, kind: GroupBy): Pick<FigureTable, 'yearTotals' | 'total'> {
  const present = kind === 'country' ? groupColumns(options.rollup).country : options.rollup ? 'root_num' : 'unit_num';
  const packed = pluckNumbers(
    ctx.sqlite,
    scopedRows(ctx, years, options).where(present, 'is not', null).select(sql<number>`(year - ${sql.lit(FIRST_YEAR)}) * ${sql.lit(PERSON)} + person_id`.as('k')),
  );
  const marks = new PeopleMarks(ctx.maxPersonId);
  for (const k of packed) {
    const person = k % PERSON;
    marks.mark((k - person) / PERSON, person);
  }
  return { yearTotals: marks.yearTotals(), total: marks.total };
}
