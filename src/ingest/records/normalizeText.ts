// Text helpers shared by the readers and the joins: entity decoding, list splitting
// that respects entities, and the title/name keys the joins compare.
import { decodeHTMLStrict } from 'entities/decode';

/** Decodes HTML entities (strict: `A&M;` is not an entity and stays as it is). */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/** Collapses runs of whitespace and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A display string: entities decoded, whitespace collapsed. */
export function cleanDisplay(text: string): string {
  return collapseSpaces(decodeEntities(text));
}

/** True when `&…;` ending at `end` (the index of the `;`) is a real entity, not a separator. */
function endsEntity(text: string, end: number): boolean {
  const amp = text.lastIndexOf('&', end);
  if (amp < 0 || end - amp > 32) return false;
  const candidate = text.slice(amp, end + 1);
  if (!/^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);$/i.test(candidate)) return false;
  return decodeHTMLStrict(candidate) !== candidate;
}

/**
 * Splits a `;`-separated list without cutting through an entity such as `&#233;`
 * (`Ren&#233; Vidal` must stay one name), while `Texas A&M;MIT` is still two items.
 * `separator` must start with `;`. Items are not trimmed or decoded.
 */
export function splitEntityAware(text: string, separator: string): string[] {
  if (!separator.startsWith(';')) throw new Error('separator must start with ;');
  const items: string[] = [];
  let start = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(separator, from);
    if (at < 0) break;
    if (endsEntity(text, at)) {
      from = at + 1;
      continue;
    }
    items.push(text.slice(start, at));
    start = from = at + separator.length;
  }
  items.push(text.slice(start));
  return items;
}

/** Removes accents: NFKD, then drops combining marks. */
function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

const FORMATTING = new Set([
  'textit',
  'textbf',
  'texttt',
  'textrm',
  'textsc',
  'textsf',
  'text',
  'emph',
  'mathcal',
  'mathbb',
  'mathrm',
  'mathbf',
  'mathit',
  'mathsf',
  'mathtt',
  'mathfrak',
  'boldsymbol',
  'bm',
  'operatorname',
  'url',
]);

/**
 * Title key for joins: lower-case, no accents, LaTeX commands and math delimiters
 * removed (arguments kept), entities decoded, punctuation to spaces, spaces collapsed.
 */
export function normalizeTitle(title: string): string {
  let t = decodeEntities(title);
  // Formatting commands go (\textit{x} → x); symbol commands stay as words (\alpha → alpha).
  t = t.replace(/\\([a-zA-Z]+)\s*/g, (_, name: string) => (FORMATTING.has(name) ? ' ' : ` ${name} `));
  t = t.replace(/\\./g, ' '); // \& \% \{
  t = stripAccents(t).toLowerCase();
  t = t.replace(/['’`]/g, ''); // don't → dont, as in spellings without the apostrophe
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return collapseSpaces(t);
}

/** Name tokens for comparisons: no accents, lower-case, split on anything not a letter or digit. */
export function nameTokens(name: string): string[] {
  const t = stripAccents(decodeEntities(name)).toLowerCase().replace(/['’`]/g, '');
  return t.split(/[^\p{L}\p{N}]+/u).filter((x) => x.length > 0);
}

/** Name key for joins: tokens joined by spaces (`Jan-Willem van de Meent` → `jan willem van de meent`). */
export function normalizeName(name: string): string {
  return nameTokens(name).join(' ');
}

/** Compact name key, blind to spacing and hyphens (`Yi-Ling` = `Yiling`). */
export function compactName(name: string): string {
  return nameTokens(name).join('');
}

/** `~Sarah_Monazam_Erfani1` → `Sarah Monazam Erfani`; null for e-mails and empty ids. */
export function profileIdToName(id: string): string | null {
  if (!id.startsWith('~')) return null;
  return id.slice(1).replace(/\d+$/, '').replace(/_/g, ' ').trim() || null;
}
