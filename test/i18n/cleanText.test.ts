import { describe, expect, it } from 'vitest';
import { cleanForTerminal, cleanLine, cleanLines } from '../../src/i18n/cleanText.ts';

const ESCAPES = 'A\x1b[2JB\x1b]0;title\x07C\x1b[31mD\x1b[0mE\x1b]8;;https://x.example\x1b\\F\u009b2JG';
const INVISIBLE = 'a\u202eb\u2066c\u2069d\u200be\u200df\ufeffg\u00adh\u{e0041}i\u0085j\x00k\x7fl';

describe('cleanText', () => {
  it('removes escape sequences whole and every Cc/Cf character', () => {
    expect(cleanLine(ESCAPES)).toBe('ABCDEFG');
    expect(cleanLine(INVISIBLE)).toBe('abcdefghijkl');
  });

  it('keeps newlines only where asked, and ordinary text as it is', () => {
    const text = 'Université de Montréal\tMILA\r\nprinted on the paper\u2028清华大学 · 東京大学';
    expect(cleanLine(text)).toBe('Université de Montréal MILA printed on the paper 清华大学 · 東京大学');
    expect(cleanLines(`${text}\n\n\n\nend`)).toBe('Université de Montréal MILA\nprinted on the paper\n清华大学 · 東京大学\n\nend');
    expect(cleanForTerminal('┌─┐\n│ x\x1b[2J │\n└─┘')).toBe('┌─┐\n│ x │\n└─┘');
  });
});
