// The figure a claim states: a count ("8,491"), a rank ("#1", "ranked first"), a growth
// multiple ("8x", "eightfold") or a share ("12%"). Each pattern removes what it reads
// from the text, so a number is never read twice (the 1 of "rank 1" is not a count).

export type ClaimFigure =
  | { kind: 'count'; value: number; decimals: number; text: string }
  | { kind: 'rank'; value: number; decimals: 0; text: string }
  | { kind: 'growth'; value: number; decimals: number; text: string }
  /** value is a fraction (12% → 0.12); decimals are those written in the percentage. */
  | { kind: 'share'; value: number; decimals: number; text: string };

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const ORDINAL = `(\\d+(?:st|nd|rd|th)?|${ORDINALS.join('|')}|one)`;
const NUMBER = '(\\d+(?:\\.\\d+)?)';

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function ordinalValue(word: string): number {
  const w = word.toLowerCase();
  if (w === 'one') return 1;
  const k = ORDINALS.indexOf(w);
  return k >= 0 ? k + 1 : Number.parseInt(w, 10);
}

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => ClaimFigure;
}

const rank = (m: RegExpExecArray): ClaimFigure => ({ kind: 'rank', value: ordinalValue(m[1]), decimals: 0, text: m[0].trim() });
const growth = (value: number, decimals: number, m: RegExpExecArray): ClaimFigure => ({ kind: 'growth', value, decimals, text: m[0].trim() });

// Order matters: shares and multiples before ranks, ranks before plain counts.
const PATTERNS: Pattern[] = [
  {
    re: new RegExp(`${NUMBER}\\s*(?:%|％|per\\s?cent\\b)`, 'gi'),
    read: (m) => ({ kind: 'share', value: Number(m[1]) / 100, decimals: decimalsOf(m[1]), text: m[0].trim() }),
  },
  { re: new RegExp(`\\b${NUMBER}\\s*(?:[x×](?![a-z])|-?fold\\b|\\s+times\\b|倍)`, 'gi'), read: (m) => growth(Number(m[1]), decimalsOf(m[1]), m) },
  { re: new RegExp(`(?:^|[\\s(])[x×]\\s?${NUMBER}\\b`, 'gi'), read: (m) => growth(Number(m[1]), decimalsOf(m[1]), m) },
  {
    re: new RegExp(`\\b(${CARDINALS.join('|')})[\\s-]?fold\\b`, 'gi'),
    read: (m) => growth(CARDINALS.indexOf(m[1].toLowerCase()) + 1, 0, m),
  },
  { re: new RegExp(`\\brank(?:ed|s|ing)?\\s+(?:as\\s+)?(?:no\\.?\\s*|number\\s+|#\\s*)?${ORDINAL}\\b`, 'gi'), read: rank },
  { re: new RegExp(`(?:^|\\s)(?:#|no\\.\\s?)(\\d+)\\b`, 'gi'), read: rank },
  { re: new RegExp(`\\bnumber\\s+(one|\\d+)\\b`, 'gi'), read: rank },
  { re: new RegExp(`\\b${ORDINAL}[\\s-]+(?:largest|biggest|place|position|most)\\b`, 'gi'), read: rank },
  { re: /第\s*(\d+)\s*(?:名|位)?/g, read: rank },
  {
    // 8,491 / 8491 / 1,234.5: thousands separators only in groups of three.
    re: /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%％])/g,
    read: (m) => {
      const digits = m[1].replace(/,/g, '');
      return { kind: 'count', value: Number(digits), decimals: decimalsOf(digits), text: m[1] };
    },
  },
];

/** Every figure in the text, and the text with them blanked out. */
export function takeFigures(text: string): { figures: ClaimFigure[]; rest: string } {
  const figures: ClaimFigure[] = [];
  let rest = text;
  for (const { re, read } of PATTERNS) {
    rest = rest.replace(re, (...args: unknown[]) => {
      // (match, ...groups, offset, input): the groups are what the readers need.
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      figures.push(read(m));
      return ' '.repeat(m[0].length);
    });
  }
  return { figures, rest };
}
