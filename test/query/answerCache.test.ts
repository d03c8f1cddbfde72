// The asker's answer cache: a repeated question is answered from memory with the same
// figures, a question differing in any option is not, answers are frozen, and the least
// recently asked answer is the one dropped.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerCache } from '../../src/query/answerCache.ts';
import type { Asker } from '../../src/query/asker.ts';
import { openAsker } from '../../src/query/openAsker.ts';
import type { Answer } from '../../src/query/model/types.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';

const file = path.join(tempDir(), 'fixture.sqlite');
let cached: Asker;
let fresh: Asker;

beforeAll(async () => {
  await createFixtureDatabase(file);
  cached = openAsker(file);
  fresh = openAsker(file, { cache: false });
  return () => {
    cached.close();
    fresh.close();
  };
});

describe('asker cache', () => {
  it('answers a repeated question with the same frozen answer, equal to an uncached one', () => {
    const first = cached.ask('2024 top10');
    expect(cached.ask('top 10 2024')).toBe(first); // the same canonical question
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen((first as Answer).rows[0])).toBe(true);
    expect(first).toEqual(fresh.ask('2024 top10'));
    expect(fresh.ask('2024 top10')).not.toBe(fresh.ask('2024 top10'));
  });

  it('keeps questions apart that differ in a method, filter, language or page', () => {
    const variants = ['2024 top10', '2024 top10 exact', '2024 top10 people', '2024 top10 units', '2024 top10 neurips', '2024 top10 lang:zh'];
    for (const v of variants) expect(cached.ask(v)).toEqual(fresh.ask(v));
    expect(cached.ask('2024 top10', { offset: 1 })).toEqual(fresh.ask('2024 top10', { offset: 1 }));
    expect(cached.ask('2024 top10', { offset: 1 })).not.toEqual(cached.ask('2024 top10'));
  });

  it('drops the least recently asked answer first', () => {
    const cache = new AnswerCache(2);
    const answer = (title: string) => ({ title }) as unknown as Answer;
    cache.set('a', answer('A'));
    cache.set('b', answer('B'));
    cache.get('a');
    cache.set('c', answer('C'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.title).toBe('A');
    expect(cache.get('c')?.title).toBe('C');
  });
});
