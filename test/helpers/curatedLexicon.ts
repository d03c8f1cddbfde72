// The question lexicon over the curated names of data/institutions.json, as the product
// builds it from the database: for tests of how editors' words are read (short forms such
// as 東大 and 清华 are aliases there), without building a database.
import { readFileSync } from 'node:fs';
import { createLexicon } from '../../src/query/lexicon.ts';

interface Row {
  id: string;
  name: string;
  country: string;
  parent?: string;
  aliases?: string[];
  names?: { zh?: string; ja?: string };
}

const rows = JSON.parse(readFileSync(new URL('../../data/institutions.json', import.meta.url), 'utf8')) as Row[];

export const curatedLexicon = createLexicon(rows.map((r) => ({ ...r, rollsUp: r.parent !== undefined })));

/** An institution's country, as the claim reader asks for it. */
export const curatedCountryOf = (id: string): string | undefined => rows.find((r) => r.id === id)?.country;
