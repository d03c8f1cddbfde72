// Questions as editors type them: plain English, institution types, paging, a unit asked
// for by name, and teamsize refusing filters it cannot apply. Parser on the small lexicon;
// answers on the hand-written fixture database (test/helpers/fixtureDb.ts).
import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../src/query/context/lexicon.ts';
import { parse } from '../../src/query/parse.ts';
import type { ParsedQuery, ParseError } from '../../src/query/model/types.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';
import { INSTITUTIONS } from './parseFixture.ts';

const lexicon = createLexicon([
  ...INSTITUTIONS,
  { id: 'deepmind', name: 'Google DeepMind', country: 'GB', aliases: ['DeepMind', 'Deepmind', 'Deep Mind'], rollsUp: true },
]);
const read = (q: string) => parse(q, lexicon) as ParsedQuery;
const error = (q: string) => parse(q, lexicon) as ParseError;
const fixture = useFixtureAsker();

describe('plain questions', () => {
  it.each([
    ['how many authors did Stanford have in 2024', 'inst "Stanford University" 2024'],
    ['which country had the most authors in 2023', 'top 20 countries 2023'],
    ['which institution had the most authors in 2024', 'top 10 2024'],
    ['top companies 2024', 'top 10 2024 companies'],
    ['top universities in Japan 2024', 'top 10 2024 country:JP universities'],
    ['universities country:JP 2024', 'top 10 2024 country:JP universities'],
    ['top 10 institutes 2022 neurips', 'top 10 2022 neurips institutes'],
    ['compare Tsinghua Stanford universities', 'compare "Tsinghua University" "Stanford University" 2020-2024 universities'],
  ])('%s', (q, canonical) => {
    const r = read(q);
    expect(r.kind, (r as unknown as ParseError).message).not.toBe('parse_error');
    expect(r.text).toBe(canonical);
    expect(read(r.text).text).toBe(canonical); // the canonical form reads back the same
  });

  it('refuses two kinds of institution at once', () => {
    expect(error('top companies universities 2024').message).toMatch(/one kind of institution/);
  });
});

describe('names and suggestions', () => {
  it('a unit named on its own is counted alone', () => {
    expect(read('DeepMind 2024').options.rollup).toBe(false);
    expect(read('DeepMind 2024').text).toBe('inst "Google DeepMind" 2024 units');
    expect(read('Stanford 2024').options.rollup).toBe(true);
  });

  it('suggests each institution once, whatever its spelling variants', () => {
    // DeepMind, Deepmind and Deep Mind all name Google DeepMind.
    expect(error('Deepmnd 2024').suggestions).toEqual(['DeepMind']);
    expect(lexicon.suggest('Deepmnd')).toEqual(['DeepMind']);
  });
});

describe('paging and limits', () => {
  it('page 2 of a top 10 is ranks 11-20, and reads back', () => {
    const r = read('top 10 2024 page 2') as ParsedQuery & { kind: 'top' };
    expect(r).toMatchObject({ kind: 'top', limit: 10, offset: 10 });
    expect(r.text).toBe('top 10 2024 page 2');
  });

  it('on the fixture: the page holds only the ranks asked for', () => {
    // 2024: Tsinghua 3 (rank 1); Google, MIT, RIKEN, Stanford, UTokyo 1 each (rank 2).
    const first = fixture.ask('top 1 2024');
    expect(first.rows.map((r) => r[0])).toEqual([1]);
    const second = fixture.ask('top 1 2024 page 2');
    expect(second.rows.map((r) => r[0])).toEqual([2, 2, 2, 2, 2]);
    expect(second.title).toMatch(/^Institutions ranked 2-2, 2024/);
    expect(fixture.ask('top 1 2024 page 3').rows).toEqual([]);
  });

  it('papers honours top N', () => {
    // Tsinghua 2020-2024 has 6 author slots (Cai, Dan, Eve, Cai, Hao, Cai).
    expect(fixture.ask('papers Tsinghua').rows).toHaveLength(6);
    expect(fixture.ask('papers Tsinghua top 2').rows).toHaveLength(2);
    expect(fixture.ask('papers Tsinghua top 2 page 2').rows).toHaveLength(2);
    expect(fixture.ask('papers Tsinghua top 2 page 2').rows[0]).toEqual(fixture.ask('papers Tsinghua').rows[2]);
  });

  it('top companies counts only companies', () => {
    // 2024 companies: Google (Kim on P5).
    expect(fixture.ask('top 10 companies 2024').rows.map((r) => [r[1], r[3]])).toEqual([['Google', 1]]);
  });
});

describe('teamsize applies or refuses every filter', () => {
  it.each(['teamsize country:JP', 'teamsize companies', 'teamsize exact', 'teamsize units', 'teamsize people'])('%s is refused with the reason', (q) => {
    expect(error(q).message).toMatch(/^`teamsize` counts the authors of every accepted paper, whoever they are/);
  });

  it('applies conferences, main and tiers', () => {
    // NeurIPS 2024 oral: P6 (2 authors).
    const a = fixture.ask('teamsize 2024 neurips oral');
    expect(a.rows).toEqual([['2024', 1, 2, 2]]);
  });
});
