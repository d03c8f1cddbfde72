// The terminal table pads by display width: CJK characters take two columns, so the
// column after a Chinese or Japanese name starts where it starts after a Latin one.
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/render/text.ts';

const columns = [
  { key: 'name', label: 'Institution', type: 'text' },
  { key: 'n', label: 'Authors', type: 'int' },
] as const;

describe('renderTable', () => {
  it('aligns the next column after wide (CJK) and narrow names alike', () => {
    const lines = renderTable({ columns: [...columns], rows: [['清华大学', 12], ['MIT', 7], ['東京大学 Tokyo', 3]] } as never);
    const wide = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff]/u.test(ch) ? 2 : 1), 0);
    const ends = lines.filter((l) => !l.startsWith('-')).map(wide);
    expect(new Set(ends).size).toBe(1);
  });
});
