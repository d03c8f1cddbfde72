// The figures a claim states: counts ("8,491", "171人", "1.2万"), ranks ("#1", "came
// second", "had the most", 排名第二, 2位), growth ("8x", "eightfold", "doubled", "rose
// 40%", 增长了八倍) and shares ("12%", "accounted for 40%"), each with how it is hedged
// ("more than", "nearly", 以上). Each pattern blanks what it reads (same length, so
// offsets stay true), so a number is never read twice (the 1 of "rank 1" is not a count).
import { CLAIM_PHRASES, type Method } from './methods.ts';
import { NUMBER_WORDS } from './numberWords.ts';
import { CLAIM_SCALES, claimWordList, claimWords } from '../../i18n/claimWords.ts';

/** How a figure is hedged: "more than 300" is right for any figure above 300. */
export type Qualifier = 'over' | 'atLeast' | 'under' | 'nearly' | 'about' | 'atMost';

export interface ClaimFigure {
  kind: 'count' | 'rank' | 'growth' | 'share';
  /** Shares are fractions (12% → 0.12); growth is a multiple (doubled → 2). */
  value: number;
  /** Decimals written, the precision the verdict compares at. */
  decimals: number;
  text: string;
  qualifier?: Qualifier;
  /** Where it was written, to pair it with the nearest year and name. */
  at: number;
  /** "300 papers", "1,000 first authors": the method the figure itself names. */
  method?: Method;
  /** "4 of the top 10": a number of institutions in each year's top N, not of authors. */
  counts?: 'institutions';
  /** The list the figure is read in ("4 of the top 10", "made the top 20"). */
  top?: number;
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const ORDINAL = `(\\d+(?:st|nd|rd|th)?|${ORDINALS.join('|')}|one)`;
const NUMBER = '(\\d+(?:\\.\\d+)?)';

// Every language's number words (claimWords.numerals: 一 … 九十九), merged.
const NUMERALS = claimWordList((w) => (w.numerals ? [w.numerals] : []));
const DIGITS = new Map(NUMERALS.flatMap((n) => Object.entries(n.digits)));
const TENS = new Set(NUMERALS.map((n) => n.ten));
/** One number word's characters: the digits and the words for ten. */
const NUMERAL = `[${[...DIGITS.keys(), ...TENS].join('')}]`;

/** A number word's character as a number (十 is 10 as a digit too: 十十 reads 10 × 10). */
const digit = (ch: string): number => (TENS.has(ch) ? 10 : (DIGITS.get(ch) ?? Number.NaN));

/** 一 … 九十九 as a number (only what ranks and multiples use). */
function numeralValue(s: string): number {
  if (s.length === 1) return digit(s);
  const ten = [...s].findIndex((ch) => TENS.has(ch));
  if (ten < 0) return Number.NaN;
  const tens = ten === 0 ? 1 : digit(s[ten - 1]);
  const ones = ten === s.length - 1 ? 0 : digit(s[ten + 1]);
  return tens * 10 + ones;
}

/** `m` with its number word in digits, or as written when the word is not one number. */
const inDigits = (m: string, n: string, wrap: (digits: number) => string): string => (Number.isNaN(numeralValue(n)) ? m : wrap(numeralValue(n)));

/**
 * Number words become digits before reading, by each language's words: 第二 → 第2, 八倍 → 8倍,
 * 翻了一番 → 2倍, 두 배 → 2배. Run once on the whole claim, before years and names are found.
 */
export function arabicNumerals(text: string): string {
  const multiplied = claimWordList((w) => w.multiples).reduce((t, [pattern, digits]) => t.replace(new RegExp(pattern, 'g'), digits), text);
  return (
    multiplied
      .replace(
        new RegExp(`(${claimWords((w) => w.numerals?.rankBefore)})(${NUMERAL}{1,3})(?!${claimWords((w) => w.numerals?.notRank)}|${NUMERAL})`, 'g'),
        (m, pre: string, n: string) => `${pre}${numeralValue(n)}`,
      )
      .replace(new RegExp(`(${NUMERAL}{1,3})(${claimWords((w) => w.numerals?.units)})`, 'g'), (m, n: string, unit: string) =>
        inDigits(m, n, (v) => `${v}${unit}`),
      )
      // 前十大, 前二十名, トップ十: list sizes; 四家, 六所, 四年内, 4機関: counts of things and spans of years.
      .replace(new RegExp(`(${claimWords((w) => w.listBefore)})(${NUMERAL}{1,3})`, 'g'), (m, pre: string, n: string) => inDigits(m, n, (v) => `${pre}${v}`))
      // After a digit, a space keeps the numbers apart (NeurIPS 2021两个 is not 20212个).
      .replace(new RegExp(`(\\d?)(${NUMERAL}{1,3})(${claimWords((w) => w.counters)})`, 'g'), (m, d: string, n: string, unit: string) =>
        inDigits(m, n, (v) => `${d}${d ? ' ' : ''}${v}${unit}`),
      )
  );
}

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

type Read = Omit<ClaimFigure, 'at' | 'qualifier'>;

interface Pattern {
  re: RegExp;
  /** The group holding the figure: its offset is the figure's place. */
  read: (m: RegExpExecArray) => Read;
}

const rank =
  (group = 1) =>
  (m: RegExpExecArray): Read => ({ kind: 'rank', value: ordinalValue(m[group]), decimals: 0, text: m[0].trim() });
const rankOne = (m: RegExpExecArray): Read => ({ kind: 'rank', value: 1, decimals: 0, text: m[0].trim() });
const growth = (value: number, decimals: number, m: RegExpExecArray): Read => ({ kind: 'growth', value, decimals, text: m[0].trim() });
const percentGrowth = (m: RegExpExecArray): Read => growth(1 + Number(m[1]) / 100, decimalsOf(m[1]) + 2, m);

// The words of each language are its locale's (claimWords).
const RISE = claimWords((w) => w.rise);

// Order matters: growth before shares, shares and multiples before ranks, ranks before counts.
const PATTERNS: Pattern[] = [
  // "rose 40%", "up 40 per cent", 增长了40%: growth, not a share.
  { re: new RegExp(`${RISE}\\s*(?:by\\s+)?(?:about\\s+|nearly\\s+|more\\s+than\\s+)?${NUMBER}\\s*(?:%|％|per\\s?cent\\b)`, 'gi'), read: percentGrowth },
  { re: new RegExp(`${NUMBER}\\s*(?:%|％)\\s*${claimWords((w) => w.percentRise)}`, 'g'), read: percentGrowth },
  {
    re: new RegExp(`${NUMBER}\\s*(?:%|％|per\\s?cent\\b)`, 'gi'),
    read: (m) => ({ kind: 'share', value: Number(m[1]) / 100, decimals: decimalsOf(m[1]), text: m[0].trim() }),
  },
  { re: /\bdoubled\b/gi, read: (m) => growth(2, 0, m) },
  { re: /\b(?:tripled|trebled)\b/gi, read: (m) => growth(3, 0, m) },
  { re: /\bquadrupled\b/gi, read: (m) => growth(4, 0, m) },
  { re: new RegExp(`\\b${NUMBER}\\s*${claimWords((w) => w.times)}`, 'gi'), read: (m) => growth(Number(m[1]), decimalsOf(m[1]), m) },
  { re: new RegExp(`(?:^|[\\s(])[x×]\\s?${NUMBER}\\b`, 'gi'), read: (m) => growth(Number(m[1]), decimalsOf(m[1]), m) },
  {
    re: new RegExp(`\\b(${NUMBER_WORDS.join('|')})(?:[\\s-]?fold\\b|\\s+times\\b)`, 'gi'),
    read: (m) => growth(NUMBER_WORDS.indexOf(m[1].toLowerCase()) + 1, 0, m),
  },
  // "1/8 of the papers": a share (the fraction as written).
  {
    re: /(?<![\d.,/])(\d+)\s*\/\s*(\d+)(?![\d/])/g,
    read: (m) => ({ kind: 'share', value: Number(m[1]) / Number(m[2]), decimals: 1, text: m[0].trim() }),
  },
  { re: /\bthe\s+top\s+(?:country|institution|university|company|organi[sz]ation|contributor)\b/gi, read: rankOne },
  // "for the first time" and "first author(s)" are not ranks.
  { re: /\b(?:for\s+)?the\s+first\s+time\b/gi, read: () => ({ kind: 'rank', value: Number.NaN, decimals: 0, text: '' }) },
  { re: new RegExp(`\\brank(?:ed|s|ing)?\\s+(?:as\\s+)?(?:no\\.?\\s*|number\\s+|#\\s*)?${ORDINAL}\\b`, 'gi'), read: rank() },
  { re: new RegExp(`(?:^|\\s)(?:#|no\\.\\s?)(\\d+)\\b`, 'gi'), read: rank() },
  { re: /\bnumber\s+(one|\d+)\b/gi, read: rank() },
  {
    re: new RegExp(`\\b(\\d+(?:st|nd|rd|th)|${ORDINALS.join('|')})[\\s-]+(?:largest|biggest)(?:\\s+(?:contributor|country|institution|source))?\\b`, 'gi'),
    read: rank(),
  },
  {
    re: /\b(?:(?:had|has|have|with|produced|contributed|fielded|published|sent|placed|(?<!\b(?:as|among|of|one)\s)the)\s+(?:the\s+)?most\b|\b(?:led|leads|topped|tops)\b(?!\s+by)|\btop\s+spot\b|\bcame\s+top\b|\bat\s+the\s+top\b|\bbiggest\s+contributor\b|\blargest\s+contributor\b)/gi,
    read: rankOne,
  },
  {
    re: new RegExp(`\\b(\\d+(?:st|nd|rd|th)|${ORDINALS.join('|')})\\b(?![\\s-]+authors?\\b|[\\s-]+time\\b|[\\s-]+year\\b|[\\s-]+half\\b)`, 'gi'),
    read: rank(),
  },
  // A rank written around its number, in each language (claimWords.rank: 排名第2名).
  ...claimWordList((w) => w.rank).map((p): Pattern => ({ re: new RegExp(p, 'g'), read: rank() })),
  { re: new RegExp(`(\\d+)\\s*${claimWords((w) => w.rankAfter)}`, 'g'), read: rank() },
  // The top place in each language (claimWords.rankOne: 首位, トップだった).
  {
    re: new RegExp(
      claimWords((w) => w.rankOne),
      'g',
    ),
    read: rankOne,
  },
  {
    // 8,491 / 8491 / 1,234.5 / 1.2万 / 8.5k: thousands separators only in groups of three.
    re: new RegExp(
      `(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(\\s*(?:${[...CLAIM_SCALES.keys(), 'k\\b', 'thousand\\b'].join('|')}))?(?![\\d%％])`,
      'gi',
    ),
    read: (m) => {
      const digits = m[1].replace(/,/g, '');
      const unit = m[2]?.trim();
      const scale = !unit ? 1 : (CLAIM_SCALES.get(unit) ?? 1_000);
      const value = Number(digits) * scale;
      return { kind: 'count', value, decimals: Math.max(0, decimalsOf(digits) - Math.log10(scale)), text: m[0].trim() };
    },
  },
];

const BEFORE = (['over', 'atLeast', 'under', 'nearly', 'about'] as const).map((q): [RegExp, Qualifier] => [
  new RegExp(`${claimWords((w) => w.before?.[q])}\\s*$`, 'i'),
  q,
]);
const AFTER = (['over', 'atLeast', 'under', 'about'] as const).map((q): [RegExp, Qualifier] => [new RegExp(`^\\s*${claimWords((w) => w.after?.[q])}`), q]);

function qualifierAt(text: string, start: number, end: number): Qualifier | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 6);
  return BEFORE.find(([re]) => re.test(before))?.[1] ?? AFTER.find(([re]) => re.test(after))?.[1];
}

/** "300 papers", "1,000 first authors", 300篇论文: the method the count names itself. */
function methodAfter(text: string, end: number): Method | undefined {
  // A tier word may stand between ("15 oral papers").
  const after = text.slice(end, end + 36).replace(/^\s*(?:oral|spotlight|poster|main[-\s]track)\s+/i, ' ');
  return CLAIM_PHRASES.find((p) => p.afterCount?.test(after))?.method;
}

/** Every figure in the text, in the order written, and the text with them blanked out. */
export function takeFigures(text: string): { figures: ClaimFigure[]; rest: string } {
  const figures: ClaimFigure[] = [];
  let rest = text;
  for (const { re, read } of PATTERNS) {
    rest = rest.replace(re, (...args: unknown[]) => {
      // (match, ...groups, offset, input): the groups are what the readers need.
      const offset = args[args.length - 2] as number;
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const figure = read(m);
      if (Number.isNaN(figure.value)) return ' '.repeat(m[0].length); // read only to blank it
      const end = offset + m[0].length;
      const qualifier = qualifierAt(text, offset, end);
      const method = figure.kind === 'count' ? methodAfter(text, end) : undefined;
      figures.push({ ...figure, at: offset, ...(qualifier ? { qualifier } : {}), ...(method ? { method } : {}) });
      return ' '.repeat(m[0].length);
    });
  }
  figures.sort((a, b) => a.at - b.at);
  return { figures, rest };
}
