// The question lexicon over the curated names of data/institutions.json and data/names/, as the product
// builds it from the database: for tests of how editors' words are read (short forms such
// as 東大 and 清华 are aliases there), without building a database.
import { fileURLToPath } from 'node:url';
import { createLexicon } from '../../src/query/context/lexicon.ts';
import { loadCurated } from '../../src/normalize/loadCurated.ts';

// With each language's names (data/names/<lang>.json), as the build stores them.
const rows = loadCurated(fileURLToPath(new URL('../../data', import.meta.url))).institutions;

export const curatedLexicon = createLexicon(rows.map((r) => ({ ...r, rollsUp: r.parent !== undefined })));

/** An institution's country, as the claim reader asks for it. */
export const curatedCountryOf = (id: string): string | undefined => rows.find((r) => r.id === id)?.country;
