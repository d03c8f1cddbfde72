// Loads the three reference tables from a folder holding them under their upstream names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface HipoUniversity {
  name: string;
  domains: string[];
  alpha_two_code: string;
  country: string;
}
export interface LfDomainRow {
  name: string;
  domain: string;
  country: string;
}
export interface IvanovOrgRow {
  org: string;
  canonical: string;
  country: string;
}
export interface ReferenceTables {
  hipo: HipoUniversity[];
  lfDomains: LfDomainRow[];
  ivanovOrgs: IvanovOrgRow[];
}

export const REFERENCE_FILES = {
  hipo: 'hipo_world_universities_and_domains.json',
  lfDomains: 'lf_aff_domain_country.csv',
  ivanovOrgs: 'ivanov_org_country_map.csv',
} as const;

function readCsv(path: string): string[][] {
  return parse(readFileSync(path, 'utf8'), { relaxQuotes: true, skipEmptyLines: true, relaxColumnCount: true });
}

export function loadReferenceTables(sourcesDir: string): ReferenceTables {
  const hipo = JSON.parse(readFileSync(join(sourcesDir, REFERENCE_FILES.hipo), 'utf8')) as HipoUniversity[];
  const lfDomains = readCsv(join(sourcesDir, REFERENCE_FILES.lfDomains))
    .slice(1)
    .map(([name = '', domain = '', country = '']) => ({ name, domain, country }));
  const ivanovOrgs = readCsv(join(sourcesDir, REFERENCE_FILES.ivanovOrgs))
    .slice(1)
    .map(([org = '', canonical = '', country = '']) => ({ org, canonical, country }));
  return { hipo, lfDomains, ivanovOrgs };
}
