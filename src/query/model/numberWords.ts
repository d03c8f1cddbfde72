// Numbers as editors write them, made plain before a claim is read: keycap and 🔟 emoji
// ("7️⃣th" → "7th"), full-width digits (NFKC), CJK large numbers (1万4766 → 14766) and
// number words where a count of things follows ("four of the top 10" → "4 of the top 10").
// CJK rank and multiple words (第二, 八倍) are claimFigure.ts's arabicNumerals.

import { scaleWords } from '../../i18n/claimWords.ts';

/** one … twenty, for number words (also claimFigure.ts's "eightfold", "four times"). */
export const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Each language's word for ten thousand (万, 만: claimWords.scales). */
const MYRIAD = scaleWords(10_000);

export function plainNumbers(text: string): string {
  return (
    text
      // 🔟 and keycaps (digit + U+FE0F + U+20E3).
      .replace(/\u{1F51F}/gu, '10')
      .replace(/(\d)\uFE0F?\u20E3/g, '$1')
      .normalize('NFKC')
      // 1万4766, 1만4766 → 14766; 1.5万 stays for the count reader (it keeps the precision written).
      .replace(new RegExp(`(?<![\\d.])(\\d+)${MYRIAD}(\\d{1,4})(?![\\d.])`, 'g'), (m, a: string, b: string) => String(Number(a) * 10_000 + Number(b)))
      // "four of the top 10", "six of the 10 institutions": a count of institutions, in digits.
      .replace(new RegExp(`\\b(${NUMBER_WORDS.join('|')})(?=\\s+of\\s+the\\b)`, 'gi'), (w: string) => String(NUMBER_WORDS.indexOf(w.toLowerCase()) + 1))
  );
}
