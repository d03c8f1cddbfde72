// Reader for `dblp_*.jsonl`: title (ending in "." in DBLP's own records), authors "; "-separated with HTML entities.
import { cleanDisplay, splitEntityAware } from '../records/normalizeText.ts';
import { SourceError } from '../records/types.ts';
import { optionalString, parseJsonLines, requiredString } from './jsonInput.ts';

export interface DblpPaper {
  title: string;
  authors: string[];
  url?: string;
  /** NeurIPS proceedings track, from the proceedings URL in `bib` (`-Abstract-Conference.html`, ...); absent when `bib` has none. */
  proceedingsTrack?: 'main' | 'datasets_benchmarks';
}

/** The proceedings page names its track: `...-Abstract-Conference.html` or `...-Abstract-Datasets_and_Benchmarks_Track.html`. */
const PROCEEDINGS_TRACK: Record<string, DblpPaper['proceedingsTrack']> = { Conference: 'main', Datasets_and_Benchmarks_Track: 'datasets_benchmarks' };

export function readDblp(text: string, file: string): DblpPaper[] {
  return parseJsonLines(text, file).map((rec, i) => {
    const where = `line ${i + 1}`;
    const title = cleanDisplay(requiredString(rec, 'title', file, where)).replace(/\.$/, '');
    const authorField = requiredString(rec, 'author', file, `${where} "${title}"`);
    // `Ren&#233; Vidal` holds `; ` inside the entity, so split around entities.
    // An empty item (`; Kevin J. Doherty`) is an author whose name the source lost: kept as ''
    // so that callers see the list is incomplete (as the pc reader does).
    const authors = splitEntityAware(authorField, '; ').map(cleanDisplay);
    const paper: DblpPaper = { title, authors, url: typeof rec.url === 'string' ? rec.url : undefined };
    const page = /-Abstract-([A-Za-z_]+)\.html/.exec(optionalString(rec, 'bib', file, where) ?? '');
    if (page) {
      const track = PROCEEDINGS_TRACK[page[1]];
      if (!track) throw new SourceError(file, `${where} "${title}"`, `unknown proceedings track "${page[1]}" in bib`);
      paper.proceedingsTrack = track;
    }
    return paper;
  });
}
