// How a cell value reads, shared by the query core (notes that quote a figure) and every
// renderer, so the same figure never reads differently in two places. Percent cells are
// fractions 0..1; multiples are ratios.
import type { Cell, Column } from '../query/types.ts';

const intFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const floatFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const multipleFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A missing value prints as an en dash, never as 0: a gap is not a zero. */
export const MISSING = '–';

export function formatCell(value: Cell, type: Column['type']): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return MISSING;
  switch (type) {
    case 'int':
      return intFormat.format(value);
    case 'float':
      return floatFormat.format(value);
    case 'percent':
      return percentFormat.format(value);
    case 'multiple':
      return `x${multipleFormat.format(value)}`;
    case 'text':
      return String(value);
  }
}

export function isNumeric(type: Column['type']): boolean {
  return type !== 'text';
}
