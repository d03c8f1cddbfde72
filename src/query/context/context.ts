// What the query path loads once per opened database: small tables and metadata.
// Everything per question is computed from the authorships table by aggregate.ts.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { all } from '../../db/run.ts';
import type { Database } from '../../db/schema.ts';
import type { Lang } from '../../domain/lang.ts';
import { createLexicon, type StoredNames } from './lexicon.ts';
import type { Lexicon, LexiconInstitution } from '../model/lexiconInterface.ts';

export interface InstitutionInfo {
  id: string;
  name: string;
  type: string;
  country: string | null;
  parentId: string | null;
  rootId: string;
  curated: boolean;
  names: { zh?: string; ja?: string };
  aliases: string[];
}

export interface CoverageInfo {
  conferenceId: string;
  conference: string;
  year: number;
  hasAffiliations: boolean;
  /** The year's sources are incomplete (data/conferences.json): figures including it say so (provisional.ts). */
  provisional: boolean;
  papers: number;
  officialPapers: number;
  authorships: number;
  withAffiliation: number;
  withDomain: number;
  withEvidence: number;
  resolved: number;
  withCountry: number;
  papersWithInstitution: number;
  /** Papers with their own institution set (the `papers` method counts it). */
  papersWithSet: number;
  byEvidence: Record<string, number>;
}

/** Accepted papers per conference-year, track and tier, as the sources give them. */
export interface TierInfo {
  conference: string;
  year: number;
  track: string;
  status: string;
  papers: number;
}

export interface QueryContext {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  meta: Record<string, string>;
  institutions: Map<string, InstitutionInfo>;
  /** Institution id by its small integer (institutions.num). */
  institutionsByNum: Map<number, string>;
  maxPersonId: number;
  /** Names of institutions and countries, for questions and for claims read by `check`. */
  lexicon: Lexicon;
  coverage: CoverageInfo[];
  tiers: TierInfo[];
  /** Read figures from group_figures where they cover the question (query/figures/presummed.ts). */
  presummed: boolean;
  /** Keep values computed from the database for the context's life (snapshotMemo.ts); off only to test that keeping changes nothing. */
  keep: boolean;
}

/** The institutions as the lexicon knows them (the build's name index is made from the same list). */
export function lexiconInstitutions(institutions: ReadonlyMap<string, InstitutionInfo>): LexiconInstitution[] {
  return [...institutions.values()].map((i) => ({
    id: i.id,
    name: i.name,
    country: i.country ?? '',
    aliases: i.aliases,
    names: i.names,
    rollsUp: i.rootId !== i.id,
    curated: i.curated,
  }));
}

/** The meta key whose presence says the build stored the names (query/writeInstitutionNames.ts); its value is the longest in words. */
export const NAMES_META_KEY = 'institution_names_max_words';

/** The normalised institution names the build stored, looked up one phrase at a time; undefined when it stored none. */
function storedNames(sqlite: SQLite.Database, meta: Record<string, string>): StoredNames | undefined {
  if (meta[NAMES_META_KEY] === undefined) return undefined;
  const lookup = sqlite.prepare('SELECT institution_id FROM institution_names WHERE norm = ? ORDER BY rowid').pluck(true);
  return { idsOf: (norm) => lookup.all(norm) as string[], maxPhraseWords: Number(meta[NAMES_META_KEY]) };
}

export function loadContext(db: Kysely<Database>, sqlite: SQLite.Database, options: { presummed?: boolean; keep?: boolean } = {}): QueryContext {
  const meta = Object.fromEntries(all(sqlite, db.selectFrom('meta').select(['key', 'value'])).map((r) => [r.key, r.value]));
  const aliases = new Map<string, string[]>();
  for (const a of all(sqlite, db.selectFrom('institution_aliases').select(['institution_id', 'alias']))) {
    aliases.set(a.institution_id, [...(aliases.get(a.institution_id) ?? []), a.alias]);
  }
  const institutions = new Map<string, InstitutionInfo>();
  const institutionsByNum = new Map<number, string>();
  const localNames = new Map<string, Partial<Record<Lang, string>>>();
  for (const n of all(sqlite, db.selectFrom('institution_local_names').select(['lang', 'institution_id', 'name']))) {
    localNames.set(n.institution_id, { ...localNames.get(n.institution_id), [n.lang]: n.name });
  }
  for (const r of all(sqlite, db.selectFrom('institutions').selectAll())) {
    institutionsByNum.set(r.num, r.id);
    institutions.set(r.id, {
      id: r.id,
      name: r.name,
      type: r.type,
      country: r.country,
      parentId: r.parent_id,
      rootId: r.root_id,
      curated: r.curated === 1,
      names: localNames.get(r.id) ?? {},
      aliases: aliases.get(r.id) ?? [],
    });
  }
  const coverage = all(
    sqlite,
    db
      .selectFrom('coverage as v')
      .innerJoin('conferences as c', 'c.id', 'v.conference_id')
      .selectAll('v')
      .select(['c.conference', 'c.year', 'c.has_affiliations', 'c.provisional'])
      .orderBy('c.year')
      .orderBy('c.conference'),
  ).map((r) => ({
    conferenceId: r.conference_id,
    conference: r.conference,
    year: r.year,
    hasAffiliations: r.has_affiliations === 1,
    provisional: r.provisional === 1,
    papers: r.papers,
    officialPapers: r.official_papers,
    authorships: r.authorships,
    withAffiliation: r.with_affiliation,
    withDomain: r.with_domain,
    withEvidence: r.with_evidence,
    resolved: r.resolved,
    withCountry: r.with_country,
    papersWithInstitution: r.papers_with_institution,
    papersWithSet: r.papers_with_set,
    byEvidence: JSON.parse(r.by_evidence) as Record<string, number>,
  }));
  // A scan of every paper, needed only by track and tier filters and `coverage`: read on first use.
  let tiers: TierInfo[] | undefined;
  const readTiers = (): TierInfo[] =>
    all(
      sqlite,
      db
        .selectFrom('papers')
        .select(['conference', 'year', 'track', 'status', (eb) => eb.fn.countAll<number>().as('papers')])
        .groupBy(['conference', 'year', 'track', 'status']),
    );
  const maxPersonId =
    all(
      sqlite,
      db.selectFrom('people').select((eb) => eb.fn.max('id').as('max')),
    )[0]?.max ?? 0;
  const lexicon = createLexicon(lexiconInstitutions(institutions), storedNames(sqlite, meta));
  return {
    db,
    sqlite,
    meta,
    institutions,
    institutionsByNum,
    maxPersonId,
    lexicon,
    coverage,
    get tiers() {
      return (tiers ??= readTiers());
    },
    presummed: (options.presummed ?? true) && meta.presummed === '1',
    keep: options.keep ?? true,
  };
}
