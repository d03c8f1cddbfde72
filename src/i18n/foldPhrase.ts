// How a typed phrase is folded before it is looked up as a word, a country or a command.

/**
 * Case, accents, width and punctuation folded away so "ETH Zürich", "eth zurich" and
 * "ＥＴＨ-Zurich" meet, as do "Macau", "MACAU" and "Macau.". Only Latin combining accents
 * are dropped: Japanese voicing marks (U+3099) are meaningful.
 */
export function foldPhrase(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
