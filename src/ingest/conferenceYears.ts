// The 15 conference-years: which source files each needs, how they are joined, and the
// official accepted-paper counts the result is checked against.
import type { Conference } from './types.ts';

/** How a conference-year's papers are assembled (see readConferenceYear.ts). */
export type Assembly =
  | 'ivanov' // 2020 site text with affiliations; NeurIPS status joined from pc by title
  | 'pc_jy' // pc accepted rows joined to jy (and pco as fallback) on the OpenReview id
  | 'pc_jy_names' // pc rows joined to jy by ordered author names; tracks from DBLP (NeurIPS 2024)
  | 'pc_dblp' // names only, author lists cross-checked against DBLP (ICML 2021/2022)
  | 'at_csv'; // ICLR 2024 accepted list with tiers, names; ordered OpenReview author ids from cx

export interface ConferenceYear {
  conference: Conference;
  year: number;
  assembly: Assembly;
  /** Source file names, in the roles the assembly gives them (see `roles`). */
  files: string[];
  /** Official number of accepted papers (all tracks we read). */
  official: number;
  /** Where the official number is uncertain or composed. */
  officialNote?: string;
  /** False where no source gives per-author affiliations. */
  hasAffiliations: boolean;
}

export const CONFERENCE_YEARS: readonly ConferenceYear[] = [
  { conference: 'neurips', year: 2020, assembly: 'ivanov', files: ['ivanov_neurips2020.txt', 'pc_nips2020.json'], official: 1900, hasAffiliations: true },
  { conference: 'neurips', year: 2021, assembly: 'pc_jy', files: ['pc_nips2021.json', 'jy_nips2021_authors.json'], official: 2334 + 174, officialNote: '2,334 main + 174 datasets & benchmarks', hasAffiliations: true },
  { conference: 'neurips', year: 2022, assembly: 'pc_jy', files: ['pc_nips2022.json', 'jy_nips2022_authors.json'], official: 2672 + 163, officialNote: '2,672 main + 163 datasets & benchmarks', hasAffiliations: true },
  { conference: 'neurips', year: 2023, assembly: 'pc_jy', files: ['pc_nips2023.json', 'jy_nips2023_authors.json'], official: 3540, officialNote: 'including datasets & benchmarks', hasAffiliations: true },
  { conference: 'neurips', year: 2024, assembly: 'pc_jy_names', files: ['pc_nips2024.json', 'jy_nips2024_authors.json', 'dblp_neurips_2024.jsonl'], official: 4494, officialNote: 'announced as "about 4,500"; 4,494 used here, not verified', hasAffiliations: true },
  { conference: 'icml', year: 2020, assembly: 'ivanov', files: ['ivanov_icml2020.txt'], official: 1088, officialNote: 'no oral/spotlight tiers that year: all poster', hasAffiliations: true },
  { conference: 'icml', year: 2021, assembly: 'pc_dblp', files: ['pc_icml2021.json', 'dblp_icml_2021.jsonl'], official: 1184, hasAffiliations: false },
  { conference: 'icml', year: 2022, assembly: 'pc_dblp', files: ['pc_icml2022.json', 'dblp_icml_2022.jsonl'], official: 1233, hasAffiliations: false },
  { conference: 'icml', year: 2023, assembly: 'pc_jy', files: ['pc_icml2023.json', 'jy_icml2023_authors.json', 'pco_icml2023_authors.jsonl'], official: 1827, hasAffiliations: true },
  { conference: 'icml', year: 2024, assembly: 'pc_jy', files: ['pc_icml2024.json', 'jy_icml2024_authors.json', 'pco_icml2024_authors.jsonl'], official: 2610, hasAffiliations: true },
  { conference: 'iclr', year: 2020, assembly: 'pc_jy', files: ['pc_iclr2020.json', 'jy_iclr2020_authors.json'], official: 687, officialNote: 'affiliation evidence is e-mail domains only', hasAffiliations: true },
  { conference: 'iclr', year: 2021, assembly: 'pc_jy', files: ['pc_iclr2021.json', 'jy_iclr2021_authors.json'], official: 860, hasAffiliations: true },
  { conference: 'iclr', year: 2022, assembly: 'pc_jy', files: ['pc_iclr2022.json', 'jy_iclr2022_authors.json'], official: 1095, hasAffiliations: true },
  { conference: 'iclr', year: 2023, assembly: 'pc_jy', files: ['pc_iclr2023.json', 'jy_iclr2023_authors.json'], official: 1574, officialNote: 'jy_iclr2023 has no or_profile: affiliations aligned by position', hasAffiliations: true },
  { conference: 'iclr', year: 2024, assembly: 'at_csv', files: ['at_iclr2024_accepted.csv', 'cx_iclr2024_authorids.json'], official: 2260, hasAffiliations: false },
];

export function findConferenceYear(conference: Conference, year: number): ConferenceYear {
  const entry = CONFERENCE_YEARS.find((c) => c.conference === conference && c.year === year);
  if (!entry) throw new Error(`no sources configured for ${conference} ${year}`);
  return entry;
}
