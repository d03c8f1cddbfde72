// Text normalisation shared by aliases, reference names and input strings: both sides
// go through the same function, so an alias matches whatever spelling normalises alike.

/** Lower-case, strip accents and punctuation, expand "Univ." and "&", drop a leading "the". */
export function normalizeName(text: string): string {
  let s = text.normalize('NFKC');
  // Typographic apostrophes and dashes vary between sources ("Noah‘s", "Noah's").
  s = s.replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u2010-\u2015]/g, '-');
  // Strip accents but keep CJK and Hangul intact (NFD would split Hangul syllables).
  s = s.replace(/[\u00c0-\u024f]/g, (c) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  s = s.replace(/ß/g, 'ss').replace(/ø/gi, 'o').replace(/æ/gi, 'ae').replace(/ł/gi, 'l');
  s = s.toLowerCase();
  s = s.replace(/&/g, ' and ');
  s = s.replace(/'s\b/g, 's').replace(/'/g, '');
  s = s.replace(/\buniv\b\.?/g, 'university');
  // Frequent misspellings in hand-typed affiliations ("Unversity", "Institue", "Techonology").
  s = s.replace(
    /\b(unversity|univeristy|univiersity|unviersity|univsersity|universiy|univerity|universtiy|univesity|univerisity|univeresity|universty|uinversity|unibersity|universit)\b/g,
    'university',
  );
  s = s.replace(/\b(institue|insitute|institution of technology)\b/g, (m) => (m === 'institution of technology' ? 'institute of technology' : 'institute'));
  s = s.replace(/\b(techonology|technoloy|tecnology|technolgy|techology)\b/g, 'technology');
  s = s.replace(/\bdept\b\.?/g, 'department');
  s = s.replace(/\bst\b\.?/g, 'saint ');
  // Everything that is not a letter or digit (any script) separates words.
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  s = s.replace(/^the /, '');
  // "U Michigan", "U. Montreal", "Stanford U." are hand-typed abbreviations of "university".
  s = s
    .replace(/^u of /, 'university of ')
    .replace(/^u (?=\p{L}{3})/u, 'university of ')
    .replace(/(?<=\p{L}{3}) u$/u, ' university');
  return s;
}

// Sub-units that are never an institution on their own: "Dept. of CS", "School of
// Engineering", "Computer Science Department". Only the start or the end is tested, so
// "Harbin Engineering University" or "Colorado School of Mines" are not caught.
const DEPARTMENT_START =
  /^(department|departement|departamento|dipartimento|dep|school of|faculty of|college of|division of|graduate school|laboratory of|lab of|key laboratory|state key|computer science|computer engineering|electrical|eecs|csail|program in)\b/;
const DEPARTMENT_END = /\b(department|departement|faculty)$/;
// Looser, only for stripping a prefix in front of a known name
// ("Institute for Interdisciplinary Information Sciences Tsinghua University").
const SUBUNIT_START = /^(institute for|institute of|center for|centre for|research center|research centre|lab|laboratory)\b/;

/** True when a normalised segment looks like a department ("Dept. of CS", "School of Engineering"). */
export function isDepartmentLike(normalized: string): boolean {
  return DEPARTMENT_START.test(normalized) || DEPARTMENT_END.test(normalized);
}

/** True for a department or any sub-unit wording that may precede an institution's name. */
export function isSubUnitLike(normalized: string): boolean {
  return isDepartmentLike(normalized) || SUBUNIT_START.test(normalized);
}

/**
 * Split a joint affiliation into segments, in order: first on `;`, `/`, `|`, `,`, brackets and a spaced dash,
 * then each piece on " and " / "&" (the piece is kept whole first, so
 * "University of Science and Technology of China" still matches as one name).
 */
export function splitSegments(text: string): string[] {
  const out: string[] = [];
  const pieces = text
    .split(/[;/|,，、()（）]+|\s+[-–—]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const piece of pieces) {
    out.push(piece);
    const sub = piece
      .split(/\s+and\s+|\s*&\s*|\s*\+\s*/i)
      .map((p) => p.trim())
      .filter(Boolean);
    if (sub.length > 1) out.push(...sub);
  }
  return out;
}

/** A lower-case ASCII slug for generated ids. */
export function slugify(text: string): string {
  return normalizeName(text)
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
