// A small hand-written database built through the real writer and resolver, so tests
// can compute every expected figure by hand. See the paper list below.
import type { SourceAuthor, SourcePaper } from '../../src/ingest/records/types.ts';
import { createResolver } from '../../src/normalize/resolver.ts';
import { isPersonalDomain } from '../../src/normalize/domains.ts';
import type { Institution } from '../../src/normalize/types.ts';
import type { ConferenceYearInfo } from '../../src/pipeline/databaseInput.ts';
import { writeDatabase } from '../../src/pipeline/writeDatabase.ts';
import type { Correction } from '../../src/corrections/entry.ts';

export const FIXTURE_INSTITUTIONS: Institution[] = [
  { id: 'google', name: 'Google', type: 'company', country: 'US', aliases: ['Google Research', 'Google Brain'], domains: ['google.com'] },
  { id: 'deepmind', name: 'Google DeepMind', type: 'company', country: 'GB', parent: 'google', aliases: ['DeepMind'], domains: ['deepmind.com'] },
  {
    id: 'tsinghua',
    name: 'Tsinghua University',
    type: 'university',
    country: 'CN',
    aliases: ['清华大学', 'THU'],
    domains: ['tsinghua.edu.cn'],
    names: { zh: '清华大学', ja: '清華大学', ko: '칭화 대학' },
  },
  { id: 'stanford', name: 'Stanford University', type: 'university', country: 'US', aliases: ['Stanford'], domains: ['stanford.edu'] },
  { id: 'mit', name: 'Massachusetts Institute of Technology', type: 'university', country: 'US', aliases: ['MIT'], domains: ['mit.edu'] },
  { id: 'riken', name: 'RIKEN', type: 'institute', country: 'JP', aliases: ['理化学研究所', '理研'], domains: ['riken.jp'] },
  { id: 'riken-aip', name: 'RIKEN Center for Advanced Intelligence Project', type: 'institute', country: 'JP', parent: 'riken', aliases: ['RIKEN AIP'] },
  {
    id: 'utokyo',
    name: 'The University of Tokyo',
    type: 'university',
    country: 'JP',
    aliases: ['University of Tokyo', '東京大学', '東大'],
    domains: ['u-tokyo.ac.jp'],
    names: { zh: '东京大学', ja: '東京大学', ko: '도쿄 대학' },
  },
];

const a = (name: string, affiliation?: string, extra: Partial<SourceAuthor> = {}): SourceAuthor => ({
  name,
  ...(affiliation ? { affiliation, evidence: 'profile' as const, alignment: 'id' as const } : {}),
  ...extra,
});

const paper = (
  conference: SourcePaper['conference'],
  year: number,
  sourceId: string,
  status: SourcePaper['status'],
  track: SourcePaper['track'],
  authors: SourceAuthor[],
): SourcePaper => ({
  conference,
  year,
  sourceId,
  title: `Paper ${sourceId}`,
  status,
  track,
  authors,
  files: ['fixture'],
});

/**
 * P1 NeurIPS 2020 oral main:     Ann (Stanford), Bob (Google Research), Cai (Tsinghua, ~Cai_Li1)
 * P2 NeurIPS 2020 poster main:   Dan (清华大学), Eve (Dept. of CS, Tsinghua University)
 * P3 ICML 2020 poster main:      Fay (DeepMind), Gus (Nowhere Lab: unresolved)
 * P4 NeurIPS 2024 poster main:   Cai (Tsinghua, ~Cai_Li1), Hao (THU), Ivy (MIT), Jun (RIKEN AIP)
 * P5 NeurIPS 2024 spotlight D&B: Kim (e-mail kim@google.com), Lea (Stanford)
 * P6 NeurIPS 2024 oral main:     Mei (東京大学), Cai (Tsinghua, ~Cai_Li1)
 * P7 ICLR 2024 poster main:      Ned, Ola (no affiliations: a gap year)
 * With `withInstitutionSets`, P7 also has its own institution set {Tsinghua, Google}.
 * With `withLinkedEvidence`, Mei's and Fay's affiliations are linked by name (so P3 has an
 * institution by linked evidence only), and P4 gains a fifth author, Zed (Tsinghua, linked by id).
 */
export const FIXTURE_PAPERS: SourcePaper[] = [
  paper('neurips', 2020, 'P1', 'oral', 'main', [
    a('Ann', 'Stanford University'),
    a('Bob', 'Google Research'),
    a('Cai Li', 'Tsinghua University', { openreviewId: '~Cai_Li1' }),
  ]),
  paper('neurips', 2020, 'P2', 'poster', 'main', [a('Dan', '清华大学'), a('Eve', 'Dept. of CS, Tsinghua University')]),
  paper('icml', 2020, 'P3', 'poster', 'main', [a('Fay', 'DeepMind'), a('Gus', 'Nowhere Lab')]),
  paper('neurips', 2024, 'P4', 'poster', 'main', [
    a('Cai Li', 'Tsinghua University', { openreviewId: '~Cai_Li1' }),
    a('Hao', 'THU'),
    a('Ivy', 'MIT'),
    a('Jun', 'RIKEN AIP'),
  ]),
  paper('neurips', 2024, 'P5', 'spotlight', 'datasets_benchmarks', [
    a('Kim', undefined, { email: 'kim@google.com', domain: 'google.com', evidence: 'profile' }),
    a('Lea', 'Stanford University'),
  ]),
  paper('neurips', 2024, 'P6', 'oral', 'main', [a('Mei', '東京大学'), a('Cai Li', 'Tsinghua University', { openreviewId: '~Cai_Li1' })]),
  paper('iclr', 2024, 'P7', 'poster', 'main', [a('Ned'), a('Ola')]),
];

export const FIXTURE_CONFERENCE_YEARS = [2020, 2021, 2022, 2023, 2024].flatMap((year) =>
  (['neurips', 'icml', 'iclr'] as const).map((conference) => ({
    conference,
    year,
    officialPapers: FIXTURE_PAPERS.filter((p) => p.conference === conference && p.year === year).length,
    hasAffiliations: !(conference === 'iclr' && year === 2024) && !(conference === 'icml' && (year === 2021 || year === 2022)),
  })),
);

export const FIXTURE_INSTITUTION_SETS = new Map([['iclr2024:P7', ['tsinghua', 'google']]]);

function withLinkedEvidence(papers: SourcePaper[]): SourcePaper[] {
  return papers.map((p) => {
    if (p.sourceId === 'P4') return { ...p, authors: [...p.authors, a('Zed', 'Tsinghua University', { evidence: 'linked_id', linkBasis: 'same year' })] };
    if (p.sourceId === 'P6' || p.sourceId === 'P3') {
      return { ...p, authors: p.authors.map((x) => (x.name === 'Mei' || x.name === 'Fay' ? { ...x, evidence: 'linked_name' as const } : x)) };
    }
    return p;
  });
}

/** P4 gains two interns: Uma, given her home university (intern_home), and Vic, whose intern value is kept. */
function withInterns(papers: SourcePaper[]): SourcePaper[] {
  return papers.map((p) =>
    p.sourceId === 'P4'
      ? {
          ...p,
          authors: [
            ...p.authors,
            a('Uma', 'Stanford University', {
              evidence: 'intern_home',
              profilePosition: 'Intern',
              linkBasis: 'intern at Google Research; home affiliation from the 2023 record',
            }),
            a('Vic', 'Google Research', { profilePosition: 'Intern' }),
          ],
        }
      : p,
  );
}

export interface FixtureOptions {
  withInstitutionSets?: boolean;
  withLinkedEvidence?: boolean;
  /** Papers added to the fixture's (a large answer for the pipe test). */
  extraPapers?: SourcePaper[];
  /** Conference-years added to the fixture's (a venue the data file gains in a test). */
  extraConferenceYears?: ConferenceYearInfo[];
  /** Editors' accepted corrections, applied as the build applies data/corrections.json. */
  corrections?: Correction[];
  withInterns?: boolean;
}

export async function createFixtureDatabase(file: string, options: FixtureOptions = {}): Promise<void> {
  const resolver = createResolver({ institutions: FIXTURE_INSTITUTIONS, overrides: {} });
  await writeDatabase(file, {
    conferenceYears: [...FIXTURE_CONFERENCE_YEARS, ...(options.extraConferenceYears ?? [])],
    papers: [
      ...(options.withInterns ? withInterns : (x: SourcePaper[]) => x)(options.withLinkedEvidence ? withLinkedEvidence(FIXTURE_PAPERS) : FIXTURE_PAPERS),
      ...(options.extraPapers ?? []),
    ],
    institutionSets: options.withInstitutionSets ? FIXTURE_INSTITUTION_SETS : undefined,
    corrections: options.corrections,
    institutions: FIXTURE_INSTITUTIONS,
    lookupInstitution: (id) => resolver.institution(id),
    resolve: (aff, domain) => resolver.resolve(aff, domain),
    isInstitutionalDomain: (d) => !isPersonalDomain(d),
    meta: { snapshot: options.corrections?.length ? `fixture+${options.corrections.length}c` : 'fixture', built_at: '2026-01-02T03:04:05.000Z', sources: '[]' },
  });
}
