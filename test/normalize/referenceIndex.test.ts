// Reference-table rules on small hand-written tables in the upstream formats.
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../src/normalize/resolver.ts';
import type { ReferenceTables } from '../../src/normalize/loadReference.ts';
import type { Institution } from '../../src/normalize/types.ts';

const institutions: Institution[] = [
  { id: 'tianjin', name: 'Tianjin University', type: 'university', country: 'CN', domains: ['tju.edu.cn'] },
  { id: 'cuhk-sz', name: 'The Chinese University of Hong Kong, Shenzhen', type: 'university', country: 'CN', domains: ['cuhk.edu.cn'] },
  { id: 'zju', name: 'Zhejiang University', type: 'university', country: 'CN', domains: ['zju.edu.cn'] },
];

const reference: ReferenceTables = {
  hipo: [
    { name: 'Korea University', domains: ['korea.ac.kr'], alpha_two_code: 'KR', country: 'Korea, Republic of' },
    { name: 'Korea University', domains: ['korea-univ.jp'], alpha_two_code: 'JP', country: 'Japan' },
    { name: 'Thomas Jefferson University', domains: ['tju.edu'], alpha_two_code: 'US', country: 'United States' },
    { name: 'The Chinese University of Hong Kong, Shenzhen', domains: ['cuhk.edu.cn'], alpha_two_code: 'HK', country: 'Hong Kong' },
    { name: 'Umea University', domains: ['umu.se'], alpha_two_code: 'SE', country: 'Sweden' },
  ],
  lfDomains: [
    { name: 'Wayve', domain: 'wayve.ai', country: 'AI' },
    { name: 'Bilkent University', domain: 'bilkent.edu.tr', country: 'TR' },
    { name: 'Fraunhofer IKS', domain: 'fraunhofer.de', country: 'DE' },
    { name: 'Fraunhofer IIS', domain: 'fraunhofer.de', country: 'DE' },
  ],
  ivanovOrgs: [
    { org: 'Zhejiang Normal University', canonical: 'Zhejiang University', country: 'China' },
    { org: 'University of Lecce', canonical: 'University of Lecce', country: 'Italy' },
  ],
};

const r = createResolver({ institutions, overrides: {}, reference });

describe('reference tables', () => {
  it('matches an unambiguous university name with a stable ref id and the table country', () => {
    const res = r.resolve('Umea University');
    expect(res).toMatchObject({ rule: 'reference_name', country: 'SE' });
    expect(res.institutionId).toMatch(/^ref:/);
    expect(r.resolve('Umeå University').institutionId).toBe(res.institutionId);
    expect(r.institution(res.institutionId!)).toMatchObject({ name: 'Umea University', type: 'university', country: 'SE' });
  });

  it('never matches a name that exists in several countries', () => {
    expect(r.resolve('Korea University').institutionId).toBeNull();
    expect(r.resolve('Korea University', 'korea.ac.kr')).toMatchObject({ rule: 'reference_domain', country: 'KR' });
  });

  it('lets curated entries win and ignores known-wrong domains', () => {
    expect(r.resolve('', 'cuhk.edu.cn')).toMatchObject({ institutionId: 'cuhk-sz', country: 'CN', rule: 'domain' });
    expect(r.resolve('', 'tju.edu').institutionId).toBeNull();
  });

  it('does not trust a vanity TLD as a country', () => {
    expect(r.resolve('', 'wayve.ai').institutionId).toBeNull();
    expect(r.resolve('', 'cs.bilkent.edu.tr')).toMatchObject({ rule: 'reference_domain', country: 'TR' });
  });

  it('treats a domain shared by several organisations as ambiguous', () => {
    expect(r.resolve('', 'fraunhofer.de').institutionId).toBeNull();
  });

  it('ignores merged rows of the ivanov map', () => {
    expect(r.resolve('Zhejiang Normal University').institutionId).toBeNull();
    expect(r.resolve('University of Lecce')).toMatchObject({ rule: 'reference_name', country: 'IT' });
  });
});
