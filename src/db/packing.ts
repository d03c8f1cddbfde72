// Author slots packed into one number per group kind, stored by the build and read by
// the `people` method (query/figures/peopleCounts.ts): ((group * PERSON + person) * YEARS + year
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

/**
 * Below the group everything fits in 24 bits (person * 16 + year offset * 2 + linked), so a
 * slot decodes with one exact division and integer bit operations; `%` on doubles this large
 * costs a library call per slot, which the `people` loop would pay ~10,000 times a question.
 */
export const GROUP_STRIDE = PERSON * YEARS * 2;
const YEAR_MASK = YEARS - 1;
const PERSON_SHIFT = Math.log2(YEARS * 2);

/** A packed slot's group: the bits above GROUP_STRIDE. */
export const groupOf = (k: number) => Math.floor(k / GROUP_STRIDE);
/** A packed slot's bits below its group (person, year offset, linked), a 24-bit integer. */
export const lowBitsOf = (k: number, group: number) => k - group * GROUP_STRIDE;
export const linkedOf = (low: number) => low & 1;
export const yearIndexOf = (low: number) => (low >> 1) & YEAR_MASK;
export const personOf = (low: number) => low >> PERSON_SHIFT;

/** A country code from its group number. */
export const countryOfGroup = (n: number) => String.fromCharCode(Math.floor(n / 128), n % 128);
