// How a cell value reads, shared by the query core (notes that quote a figure) and every
// renderer, so the same figure never reads differently in two places. Percent cells are
// fractions 0..1; multiples are ratios.
import { t } from './t.ts';
import type { Lang } from '../domain/lang.ts';
import type { Cell, Column } from '../domain/table.ts';

/**
 * A number as Intl.NumberFormat('en-US') writes it with these fraction digits, without Intl:
 * the first Intl formatter of a process loads ICU's locale data (some 15 ms, a quarter of a
 * process answering one question). Like ICU it rounds the shortest decimal that reads back
 * as the value (1.005 → 1.01, where toFixed gives 1.00), half away from zero, and keeps the
 * sign of a negative that rounds to 0. `shift` moves the decimal point right (2: percent).
 * test/i18n/numbers.test.ts compares it with Intl.
 */
export function formatDecimal(value: number, minFraction: number, maxFraction: number, shift = 0): string {
  const negative = value < 0 || Object.is(value, -0);
  const [, whole, part = '', exp = '0'] = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)))!;
  const digits = whole + part;
  const point = whole.length + Number(exp) + shift;
  // Digits of the value times 10^maxFraction: an integer in decimal, rounded from the next digit.
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 1) + maxFraction;
  let kept = padded.slice(0, at).padEnd(at, '0');
  if ((padded[at] ?? '0') >= '5') kept = increment(kept);
  let int = kept.slice(0, kept.length - maxFraction).replace(/^0+(?=\d)/, '');
  let fraction = kept.slice(kept.length - maxFraction);
  while (fraction.length > minFraction && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  int = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${int}${fraction ? `.${fraction}` : ''}`;
}

/** A string of decimal digits plus one. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  return i < 0 ? `1${'0'.repeat(digits.length)}` : digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

/** A missing value prints as an en dash, never as 0: a gap is not a zero. */
export const MISSING = '–';

export function formatCell(value: Cell, type: Column['type']): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return MISSING;
  switch (type) {
    case 'int':
      return formatDecimal(value, 0, 0);
    case 'float':
      return formatDecimal(value, 1, 2);
    case 'percent':
      return `${formatDecimal(value, 1, 1, 2)}%`;
    case 'multiple':
      return `x${formatDecimal(value, 1, 1)}`;
    case 'text':
      return String(value);
  }
}

export function isNumeric(type: Column['type']): boolean {
  return type !== 'text';
}

/** A small count as prose reads it: "five", "五", "5"; digits above ten. */
export function countWord(lang: Lang, n: number): string {
  const words = t(lang, 'word.numbers').split(' ').filter(Boolean);
  return words[n - 1] ?? String(n);
}
