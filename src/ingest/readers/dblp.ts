// Reader for `dblp_*.jsonl`: title (ending in "."), authors "; "-separated with HTML entities.
import { cleanDisplay, splitEntityAware } from '../normalizeText.ts';
import { SourceError } from '../types.ts';
import { parseJsonLines, requiredString } from './jsonInput.ts';

export interface DblpPaper {
  title: string;
  authors: string[];
  url?: string;
}

export function readDblp(text: string, file: string): DblpPaper[] {
  return parseJsonLines(text, file).map((rec, i) => {
    const where = `line ${i + 1}`;
    const title = cleanDisplay(requiredString(rec, 'title', file, where)).replace(/\.$/, '');
    const authorField = requiredString(rec, 'author', file, `${where} "${title}"`);
    // `Ren&#233; Vidal` holds `; ` inside the entity, so split around entities.
    const authors = splitEntityAware(authorField, '; ').map(cleanDisplay);
    if (authors.some((a) => !a)) throw new SourceError(file, where, 'empty author name in list');
    return { title, authors, url: typeof rec.url === 'string' ? rec.url : undefined };
  });
}
