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
    const lines = renderTable({
      columns: [...columns],
      rows: [
        ['清华大学', 12],
        ['MIT', 7],
        ['東京大学 Tokyo', 3],
      ],
    } as never);
    const wide = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff]/u.test(ch) ? 2 : 1), 0);
    const ends = lines.filter((l) => !l.startsWith('-')).map(wide);
    expect(new Set(ends).size).toBe(1);
  });

  it('cuts a long cell to 59 characters and an ellipsis, Latin, accented, CJK and astral alike', () => {
    const rows = [
      ['A'.repeat(100), 1],
      ['Zürich '.repeat(20), 2],
      ['清华大学'.repeat(20), 3],
      ['𝒜'.repeat(70), 4],
    ];
    const lines = renderTable({ columns: [...columns], rows } as never).slice(2);
    const cut = lines.map((l) => l.slice(0, l.indexOf('…') + 1));
    expect(cut[0]).toBe(`${'A'.repeat(59)}…`);
    expect(cut[1]).toBe(`${'Zürich '.repeat(20).slice(0, 59)}…`);
    // Cut by characters, as before the width was measured fast.
    expect(cut[2]).toBe(`${'清华大学'.repeat(20).slice(0, 59)}…`);
    expect(cut[3]).toBe(`${'𝒜'.repeat(59)}…`);
  });
});
