// Author slots packed into one number per group kind, stored by the build and read by
// the `people` method (query/peopleCounts.ts): ((group * PERSON + person) * YEARS + year
// offset) * 2 + linked. Sorted, one person's slots in a group are adjacent, so distinct
// people per group and per group-year come from a single pass. Exact in doubles: groups
// stay below 2^14 (country letters) and persons below 2^20, so packed values stay below 2^39.

export const PERSON = 2 ** 20;
export const YEARS = 8;
export const FIRST_YEAR = 2020;

/** The packed column for each way of grouping: institutions (rolled up or not) or countries. */
export const PACKED_COLUMNS = {
  root_num: 'packed_root',
  unit_num: 'packed_unit',
  root_country: 'packed_root_country',
  unit_country: 'packed_unit_country',
} as const;

export type PackedColumn = (typeof PACKED_COLUMNS)[keyof typeof PACKED_COLUMNS];

/** An institution's num, or a country code's two letters, as a group number. */
export function groupNumber(group: number | string): number {
  return typeof group === 'number' ? group : group.charCodeAt(0) * 128 + group.charCodeAt(1);
}

/** The packed value of one author slot in one group (the build stores it per group kind). */
export function packSlot(group: number | string, person: number, year: number, linked: boolean): number {
  return ((groupNumber(group) * PERSON + person) * YEARS + year - FIRST_YEAR) * 2 + (linked ? 1 : 0);
}

export interface Unpacked {
  group: number;
  person: number;
  yearIndex: number;
  linked: number;
  /** The value without the linked flag: equal for two slots of one person, group and year. */
  slot: number;
  /** group * PERSON + person: equal for one person in one group, whatever the year. */
  groupPerson: number;
}

export function unpack(k: number): Unpacked {
  const linked = k % 2;
  const slot = (k - linked) / 2;
  const yearIndex = slot % YEARS;
  const groupPerson = (slot - yearIndex) / YEARS;
  const person = groupPerson % PERSON;
  return { group: (groupPerson - person) / PERSON, person, yearIndex, linked, slot, groupPerson };
}

/** A country code from its group number. */
export const countryOfGroup = (n: number) => String.fromCharCode(Math.floor(n / 128), n % 128);
