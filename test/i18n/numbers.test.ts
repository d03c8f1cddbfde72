// formatCell writes numbers without Intl (i18n/numbers.ts): it must write every value
// exactly as Intl.NumberFormat('en-US') would, roundings on a half included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCell } from '../../src/i18n/numbers.ts';

const INTL = {
  int: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
  float: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 }),
  percent: new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  multiple: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const intl = (value: number, type: keyof typeof INTL) => (type === 'multiple' ? `x${INTL[type].format(value)}` : INTL[type].format(value));
const TYPES = Object.keys(INTL) as Array<keyof typeof INTL>;

describe('formatCell writes numbers as Intl.NumberFormat en-US does', () => {
  it('on halves, nines that carry, zeros, negatives, tiny and large values', () => {
    const values = [
      0,
      -0,
      1,
      -1,
      0.5,
      1.5,
      2.5,
      -2.5,
      0.05,
      0.005,
      1.005,
      1.015,
      1.025,
      0.125,
      0.0285,
      0.1235,
      0.9995,
      0.99951,
      9.995,
      99.95,
      999.5,
      999_999.5,
      1234.5678,
      14766,
      1_000_000,
      12_345_678.9,
      1e-7,
      5e-7,
      1.5e-3,
      0.00049,
      0.00051,
      -0.00001,
      -0.4,
      123456789012,
      1e20,
      0.1 + 0.2,
    ];
    for (const v of values) for (const type of TYPES) expect(formatCell(v, type), `${v} ${type}`).toBe(intl(v, type));
  });

  it('on random values of every size, and on values a few decimals long', () => {
    const decimals = fc.tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.constantFrom(1, 10, 100, 1000, 10_000, 200, 8)).map(([n, d]) => n / d);
    const doubles = fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.oneof(decimals, doubles), fc.constantFrom(...TYPES), (v, type) => formatCell(v, type) === intl(v, type)),
      { numRuns: 20_000 },
    );
  });
});
