// Reader for `eu_iclr2024_submissions.md`: one `## N. Title` block per submission.
// Its labels are shifted: `Affiliation:` holds the author names, `Country:` the paper's
// de-duplicated institutions and `Rating:` its countries (`Authors:` is the area).
import { cleanDisplay, splitEntityAware } from '../records/normalizeText.ts';
import { SourceError } from '../records/types.ts';

export interface EuSubmission {
  title: string;
  authors: string[];
  /** Institutions of the paper as a set, not per author. */
  institutions: string[];
  countries: string[];
}

function items(value: string | undefined): string[] {
  if (!value) return [];
  return splitEntityAware(value, ';').map(cleanDisplay).filter(Boolean);
}

export function readEuIclr2024(text: string, file: string): EuSubmission[] {
  const out: EuSubmission[] = [];
  const blocks = text.replace(/\r\n?/g, '\n').split(/^## /m).slice(1);
  for (const block of blocks) {
    const [head, ...lines] = block.split('\n');
    const m = /^(\d+)\.\s+(.*)$/.exec(head.trim());
    if (!m) throw new SourceError(file, head.slice(0, 60), 'block heading is not "## N. Title"');
    const where = `${m[1]}`;
    const title = cleanDisplay(m[2]);
    if (!title) throw new SourceError(file, where, 'missing title');
    const fields = new Map<string, string>();
    for (const line of lines) {
      const f = /^\*\*([A-Za-z ]+):\*\*\s*(.*)$/.exec(line.trim());
      if (f) fields.set(f[1], f[2]);
    }
    const authors = items(fields.get('Affiliation'));
    if (authors.length === 0) throw new SourceError(file, where, 'no author names (the "Affiliation:" line)');
    out.push({ title, authors, institutions: items(fields.get('Country')), countries: items(fields.get('Rating')) });
  }
  return out;
}
