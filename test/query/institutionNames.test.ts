// The question lexicon reads institution names with the resolver's normaliser
// (src/normalize/normalizeText.ts): a spelling the resolver takes as a whole alias is a
// name in a question too ("Univ. of Tokyo" as well as "University of Tokyo").
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../src/normalize/resolver.ts';
import { createLexicon } from '../../src/query/context/lexicon.ts';
import { parse } from '../../src/query/parse.ts';
import type { ParsedQuery } from '../../src/query/model/types.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';
import { curatedLexicon } from '../helpers/curatedLexicon.ts';
import { curated } from '../normalize/helpers.ts';

const resolver = createResolver({ ...curated, overrides: {} });

/** Spellings editors type for one curated name: as written, abbreviated, re-cased, with "the", "&". */
function spellings(name: string): string[] {
  return [
    name,
    name.replace(/\bUniversity\b/g, 'Univ.'),
    name.toLowerCase(),
    name.toUpperCase(),
    `The ${name}`,
    name.replace(/\band\b/g, '&'),
    name.replace(/\bSaint\b/g, 'St.'),
  ];
}

describe('every whole alias the resolver reads, the lexicon reads too', () => {
  it('on the curated table, for every name, alias and common spelling of it', () => {
    let checked = 0;
    const misses: string[] = [];
    for (const inst of curated.institutions) {
      const names = [inst.name, ...(inst.aliases ?? []), ...Object.values(inst.names ?? {})].filter((n): n is string => !!n);
      for (const spelling of new Set(names.flatMap(spellings))) {
        const res = resolver.resolve(spelling);
        if (res.rule !== 'alias') continue;
        checked++;
        const r = curatedLexicon.resolve(spelling, 'institution');
        const ok = r?.kind === 'entity' && r.entity.kind === 'institution' && r.entity.id === res.institutionId;
        if (!ok) misses.push(`${spelling} → resolver ${res.institutionId}, lexicon ${JSON.stringify(r)}`);
      }
    }
    expect(misses).toEqual([]);
    // Every curated name is a whole alias, so at least that many spellings were tried.
    expect(checked).toBeGreaterThan(curated.institutions.length);
  });

  it.each([
    ['Univ. of Tokyo', 'utokyo'],
    ['univ of tokyo', 'utokyo'],
    ['Tsinghua Univ.', 'tsinghua'],
    ['Washington University in St. Louis', 'wustl'],
  ])('%s', (name, id) => {
    expect(resolver.resolve(name).institutionId).toBe(id);
    expect(curatedLexicon.resolve(name, 'institution')).toEqual({ kind: 'entity', entity: { kind: 'institution', id } });
  });

  it('the parser reads the abbreviated name quoted and unquoted, and keeps its other words', () => {
    for (const q of ['"Univ. of Tokyo" 2024', 'Univ. of Tokyo 2024', 'inst "Univ. of Tokyo" 2024']) {
      const r = parse(q, curatedLexicon) as ParsedQuery;
      expect(r.kind, q).not.toBe('parse_error');
      expect(r.text, q).toBe('inst "The University of Tokyo" 2024');
    }
    expect((parse('top 10 2024 country:JP universities', curatedLexicon) as ParsedQuery).text).toBe('top 10 2024 country:JP universities');
    expect((parse('東大 2024', curatedLexicon) as ParsedQuery).text).toBe('inst "The University of Tokyo" 2024');
  });
});

describe('answers on the fixture database', () => {
  const fixture = useFixtureAsker();
  it('"Univ. of Tokyo" 2024 answers as "University of Tokyo" 2024 does', () => {
    const abbreviated = fixture.ask('"Univ. of Tokyo" 2024');
    const full = fixture.ask('inst "University of Tokyo" 2024');
    expect(abbreviated.kind).toBe('institution');
    expect(abbreviated.title).toMatch(/Tokyo/);
    expect(abbreviated.rows).toEqual(full.rows);
    expect(abbreviated.title).toBe(full.title);
  });
});

describe('a name shared with a reference-table entry', () => {
  const lexicon = createLexicon([
    { id: 'shanghai-ai-lab', name: 'Shanghai AI Laboratory', country: 'CN', aliases: ['Shanghai AI Lab'], curated: true },
    { id: 'ref:shanghai-ai-lab-cn', name: 'Shanghai AI Lab', country: 'CN' },
    { id: 'a', name: 'Twin Institute', country: 'US', curated: true },
    { id: 'b', name: 'Twin Institute', country: 'GB', curated: true },
  ]);

  it('names the reviewed institution', () => {
    expect(lexicon.resolve('Shanghai AI Lab', 'institution')).toEqual({ kind: 'entity', entity: { kind: 'institution', id: 'shanghai-ai-lab' } });
  });

  it('stays ambiguous between two reviewed institutions', () => {
    expect(lexicon.resolve('Twin Institute', 'institution')?.kind).toBe('ambiguous');
  });
});
