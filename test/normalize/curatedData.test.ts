// Integrity of data/institutions.json and data/overrides.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDomain, isPersonalDomain } from '../../src/normalize/domains.ts';
import { createResolver } from '../../src/normalize/resolver.ts';
import { normalizeName } from '../../src/normalize/normalizeText.ts';
import type { Institution } from '../../src/normalize/types.ts';
import { INSTITUTIONS_FILE, sortedInstitutionsText } from '../../scripts/sortInstitutions.ts';
import { curated, projectRoot } from './helpers.ts';

const { institutions } = curated;

describe('curated institutions', () => {
  it('are sorted by id, one per line, so a reviewed addition is a one-line diff (npm run data:sort)', () => {
    const text = readFileSync(INSTITUTIONS_FILE, 'utf8');
    expect(sortedInstitutionsText(text) === text).toBe(true);
    // The check can fail: a swapped pair is not sorted.
    const lines = text.split('\n');
    [lines[1], lines[2]] = [lines[2], lines[1]];
    expect(sortedInstitutionsText(lines.join('\n')) === lines.join('\n')).toBe(false);
  });

  it('loads without duplicate ids, aliases, domains or unknown parents', () => {
    expect(() => createResolver(curated)).not.toThrow();
    expect(institutions.length).toBeGreaterThan(300);
  });

  it('refuses an alias that names two institutions', () => {
    const twins: Institution[] = [
      { id: 'a', name: 'A', type: 'university', country: 'US', aliases: ['NTU'] },
      { id: 'b', name: 'B', type: 'university', country: 'SG', aliases: ['NTU'] },
    ];
    expect(() => createResolver({ institutions: twins, overrides: {} })).toThrow(/NTU/);
  });

  it('uses ISO alpha-2 countries and slug ids', () => {
    for (const inst of institutions) {
      expect(inst.country, inst.id).toMatch(/^[A-Z]{2}$/);
      expect(inst.id).toMatch(/^[a-z0-9-]+$/);
      expect(['UK', 'EU']).not.toContain(inst.country);
    }
  });

  it('has no parent chains deeper than one level or cycles', () => {
    const byId = new Map(institutions.map((i) => [i.id, i]));
    for (const inst of institutions) {
      if (!inst.parent) continue;
      expect(byId.get(inst.parent)?.parent, `${inst.id} → ${inst.parent}`).toBeUndefined();
    }
  });

  it('does not use ambiguous abbreviations or names as aliases', () => {
    const ambiguous = [
      'NTU',
      'UW',
      'UCB',
      'UMass',
      'University of California',
      'Northeastern University',
      'Southeast University',
      'Institute of Automation',
      'Berkeley',
      'Cambridge',
      'Washington University',
      'OSU',
      'UVA',
      'DTU',
      'NTNU',
      'HIT',
      'Concordia University',
      'Soochow University',
      'Allen Institute',
      'China University of Petroleum',
      'UvA',
      'Faculty',
    ];
    const all = new Set(institutions.flatMap((i) => [i.name, ...(i.aliases ?? [])].map(normalizeName)));
    for (const a of ambiguous) expect(all.has(normalizeName(a)), a).toBe(false);
  });

  it('holds the notable industry labs and the big universities', () => {
    const ids = new Set(institutions.map((i) => i.id));
    for (const x of [
      'google',
      'google-deepmind',
      'meta',
      'microsoft',
      'amazon',
      'apple',
      'nvidia',
      'ibm',
      'openai',
      'anthropic',
      'huawei',
      'alibaba',
      'tencent',
      'baidu',
      'bytedance',
      'samsung',
      'naver',
      'sony',
      'mila',
      'vector',
      'ai2',
      'tsinghua',
      'pku',
      'mit',
      'stanford',
      'cmu',
      'kaist',
      'ethz',
      'epfl',
    ]) {
      expect(ids.has(x), x).toBe(true);
    }
  });
});

describe('overrides', () => {
  it('points only to known institutions', () => {
    const ids = new Set(institutions.map((i) => i.id));
    for (const [key, target] of Object.entries(curated.overrides)) if (target !== null) expect(ids.has(target), key).toBe(true);
  });

  it('maps bare place names only as whole strings', () => {
    const r = createResolver(curated);
    expect(r.resolve('Berkeley').institutionId).toBe('berkeley');
    expect(r.resolve('Acme Robotics Research, Berkeley').institutionId).toBeNull();
  });
});

describe('data/personal-domains.json', () => {
  const { domains } = JSON.parse(readFileSync(join(projectRoot, 'data', 'personal-domains.json'), 'utf8')) as { domains: string[] };

  it('lists bare lower-case domains, each once', () => {
    expect(domains.length).toBeGreaterThan(10);
    expect(new Set(domains).size).toBe(domains.length);
    for (const d of domains) expect(cleanDomain(d), d).toBe(d);
  });

  it('is what the resolver treats as personal, subdomains included', () => {
    for (const d of domains) expect(isPersonalDomain(`mail.${d}`), d).toBe(true);
    expect(isPersonalDomain('cs.stanford.edu')).toBe(false);
  });
});
