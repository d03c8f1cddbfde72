// Reader for `ivanov_*.txt` (NeurIPS/ICML 2020 as printed on the conference sites):
// blank-line separated records, a title line, then `Name (Affiliation) · Name (…)`.
import { cleanDisplay, collapseSpaces } from '../records/normalizeText.ts';
import { SourceError } from '../records/types.ts';

export interface IvanovAuthor {
  name: string;
  affiliation?: string;
}

export interface IvanovPaper {
  title: string;
  authors: IvanovAuthor[];
}

/**
 * Splits `Name (Affiliation)`: the affiliation is the LAST balanced parenthesised group
 * at the end, so `Jingwan (Cynthia) Lu (Adobe Research)` keeps the nickname in the name
 * and `Tsubaki (National Institute … (AIST))` keeps the nested group in the affiliation.
 * One stray closing parenthesis at the end (seen in the data) is tolerated.
 */
export function splitNameAffiliation(entry: string): IvanovAuthor | null {
  let text = entry.trim();
  if (!text.endsWith(')')) return { name: cleanDisplay(text) };
  for (let attempt = 0; attempt < 2; attempt++) {
    let depth = 0;
    for (let i = text.length - 1; i >= 0; i--) {
      if (text[i] === ')') depth++;
      else if (text[i] === '(' && --depth === 0) {
        const name = cleanDisplay(text.slice(0, i));
        if (!name) return null;
        const affiliation = collapseSpaces(text.slice(i + 1, -1));
        return affiliation ? { name, affiliation } : { name };
      }
    }
    text = text.slice(0, -1).trimEnd(); // unbalanced: drop one trailing ')' and retry
    if (!text.endsWith(')')) break;
  }
  return null;
}

export function readIvanov(text: string, file: string): IvanovPaper[] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return blocks.map((block, i) => {
    const [titleLine, ...rest] = block.split('\n');
    const title = cleanDisplay(titleLine);
    const where = `#${i + 1} "${title.slice(0, 60)}"`;
    const authorLine = rest.join(' ').trim();
    if (!authorLine) throw new SourceError(file, where, 'record has a title but no author line');
    const authors = authorLine.split(' · ').map((entry) => {
      const parsed = splitNameAffiliation(entry);
      if (!parsed) throw new SourceError(file, where, `cannot read author "${entry}"`);
      return parsed;
    });
    return { title, authors };
  });
}
