// The contract of the institution resolver: curated data in, one decision per string out.

import type { Lang } from '../domain/lang.ts';

export type InstitutionType = 'university' | 'company' | 'institute' | 'government' | 'nonprofit' | 'other';

/** One row of data/institutions.json. */
export interface Institution {
  /** Stable id, lower-case slug, e.g. `tsinghua`, `google-deepmind`. Never reused. */
  id: string;
  name: string;
  type: InstitutionType;
  /** ISO 3166-1 alpha-2 (HK, TW and MO keep their own codes). */
  country: string;
  /** Id of the institution this one rolls up to under the default policy. */
  parent?: string;
  /** Other spellings, abbreviations and CJK names, matched after normalisation. */
  aliases?: string[];
  /**
   * Brand names that also match at the start of a segment, for companies whose units are
   * written freely ("Google" matches "Google Research NYC", "Intel" matches "Intel AI Labs").
   */
  prefixAliases?: string[];
  /** E-mail / web domains; the longest matching suffix wins. */
  domains?: string[];
  /** Names in the other languages (data/names/<lang>.json, attached by loadCurated). */
  names?: Partial<Record<Lang, string>>;
}

/** Which rule decided a resolution, in the order the resolver tries them. */
export type ResolutionRule =
  | 'override' // data/overrides.json
  | 'alias' // the whole string matched a curated name or alias
  | 'alias_segment' // one segment of a joint string matched
  | 'domain' // curated domain, longest suffix
  | 'reference_name' // reference table name, unambiguous across countries
  | 'reference_domain' // reference table domain
  | 'name_by_country' // data/names-by-country.json, with the countries the record lists
  | 'unresolved';

export interface Resolution {
  /** Curated institution id, or for reference-table matches a generated `ref:` id. */
  institutionId: string | null;
  rule: ResolutionRule;
  /** Country of the matched institution (before roll-up). */
  country: string | null;
  /** The text or domain that matched, for explanations. */
  matched?: string;
}
