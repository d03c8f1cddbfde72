// The two ways the locales punctuate what code joins: Western (English, Korean) and
// full-width (Chinese, Japanese, which differ only in quotes).
import type { Punctuation } from './localeParts.ts';

export const WESTERN: Punctuation = {
  colon: ': ',
  listSep: ', ',
  clauseSep: '; ',
  stop: '.',
  question: '?',
  space: ' ',
  paren: [' (', ')'],
  quote: ['"', '"'],
  boldLabel: (label) => `*${label}:* `,
};

export function fullWidth(quote: readonly [string, string]): Punctuation {
  return {
    colon: '：',
    listSep: '、',
    clauseSep: '；',
    stop: '。',
    question: '？',
    space: '',
    paren: ['（', '）'],
    quote,
    // Slack makes `*...*` bold only before a non-word character: a zero-width space follows.
    boldLabel: (label) => `*${label}：*\u200B`,
  };
}
