import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from '../../src/render/chart/textWidth.ts';

describe('estimateTextWidth', () => {
  it('counts CJK characters as full width and Latin as narrower', () => {
    expect(estimateTextWidth('清华大学', 10)).toBeCloseTo(40);
    const latin = estimateTextWidth('abcd', 10);
    expect(latin).toBeGreaterThan(15);
    expect(latin).toBeLessThan(30);
    expect(estimateTextWidth('Bold', 16, true)).toBeGreaterThan(estimateTextWidth('Bold', 16));
  });
});

describe('wrapText', () => {
  it('breaks Latin text between words and keeps every word', () => {
    const text = 'ICLR 2024 has no per-author affiliations in the source, so institution figures leave it out';
    const lines = wrapText(text, 200, 15);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(estimateTextWidth(l, 15)).toBeLessThanOrEqual(200);
  });

  it('breaks CJK text between characters', () => {
    const text = '机构按原始署名计数，未合并至上级机构';
    const lines = wrapText(text, 100, 10);
    expect(lines.join('')).toBe(text);
    expect(lines.every((l) => estimateTextWidth(l, 10) <= 100)).toBe(true);
    expect(lines.length).toBe(2);
  });

  it('cuts a single token longer than the line', () => {
    const token = 'x'.repeat(300);
    const lines = wrapText(token, 100, 10);
    expect(lines.join('')).toBe(token);
    expect(lines.every((l) => estimateTextWidth(l, 10) <= 100)).toBe(true);
  });

  it('leaves short text alone', () => {
    expect(wrapText('Method: authors', 1000, 15)).toEqual(['Method: authors']);
    expect(wrapText('', 1000, 15)).toEqual([]);
  });
});
