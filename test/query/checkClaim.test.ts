// Reading claims: the entity, the figure, the years and the scope, with the small
// parser lexicon (test/query/parseFixture.ts).
import { describe, expect, it } from 'vitest';
import { readClaim } from '../../src/query/check/claim.ts';
import { lexicon } from './parseFixture.ts';
import type { Claim } from '../../src/query/check/reading.ts';

function read(text: string): Claim {
  const r = readClaim(text, lexicon);
  if (!r.ok) throw new Error(`${text}: ${r.problem}`);
  return r.claim;
}

describe('readClaim', () => {
  it.each([
    ['China had 8,491 authors in 2024', { kind: 'count', value: 8491 }, [2024]],
    ['"China had 8491 authors in 2024"', { kind: 'count', value: 8491 }, [2024]],
    ['CN grew 8x 2020-2024', { kind: 'growth', value: 8 }, [2020, 2021, 2022, 2023, 2024]],
    ['CN grew x8 from 2020 to 2022', { kind: 'growth', value: 8 }, [2020, 2021, 2022]],
    ['China grew eightfold between 2021 and 2023', { kind: 'growth', value: 8 }, [2021, 2022, 2023]],
    ['China ranked second in 2023', { kind: 'rank', value: 2 }, [2023]],
    ['China was #3 in 2022', { kind: 'rank', value: 3 }, [2022]],
    ['China: a share of 12.5% in 2024', { kind: 'share', value: 0.125 }, [2024]],
    ['清华大学2024年有300名作者', { kind: 'count', value: 300 }, [2024]],
    ['中国在2024年排名第2', { kind: 'rank', value: 2 }, [2024]],
  ])('%s', (text, figure, years) => {
    const claim = read(text);
    expect(claim.figure).toMatchObject(figure);
    expect(claim.years).toEqual(years);
  });

  it('reads the entity, scope and filters', () => {
    expect(read('US 14766 2024 top50')).toMatchObject({ entity: { kind: 'country', code: 'US' }, top: 50, figure: { value: 14766 } });
    expect(read('The University of Tokyo had 12 NeurIPS oral authors in 2024')).toMatchObject({
      entity: { kind: 'institution', id: 'utokyo' },
      conferences: ['neurips'],
      status: 'oral',
    });
    expect(read('清华大学2024年有300名作者').entity).toEqual({ kind: 'institution', id: 'tsinghua' });
    expect(read("China's 8,491 authors in 2024").entity).toEqual({ kind: 'country', code: 'CN' });
  });

  it('does not read prose words as country codes', () => {
    // "us", "in", "at" are English here; only capitals name a country.
    const r = readClaim('they told us it had 300 authors in 2024', lexicon);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.missing).toEqual(['entity']);
  });

  it('keeps the precision of the written figure', () => {
    expect(read('China had 12.50% in 2024').figure).toMatchObject({ kind: 'share', decimals: 2 });
    expect(read('China grew 5.7x 2020-2024').figure).toMatchObject({ kind: 'growth', value: 5.7, decimals: 1 });
  });

  // Traditional characters read as the simplified ones do (兩 as 两).
  it('reads 兩 as two', () => {
    expect(read('中国作者数从2020年到2024年增长了兩倍').figure).toMatchObject({ kind: 'growth', value: 2 });
  });

  // Korean's own words (src/i18n/locales/ko.ts): multiples in words, scales, count words after a figure.
  it.each([
    ['중국 저자 수는 2020년부터 2024년까지 두 배 증가', { kind: 'growth', value: 2 }, [2020, 2021, 2022, 2023, 2024]],
    ['중국 저자 수는 2022년부터 2024년까지 세 배로 늘었다', { kind: 'growth', value: 3 }, [2022, 2023, 2024]],
    ['한국은 2024년에 저자가 1만2000명이었다', { kind: 'count', value: 12000 }, [2024]],
    ['중국은 2024년에 저자가 1.2만 명이었다', { kind: 'count', value: 12000, decimals: 0 }, [2024]],
    // A year-like figure with a count word after it is a count, not a year.
    ['한국은 2024년에 저자가 2020명이었다', { kind: 'count', value: 2020 }, [2024]],
  ])('%s', (text, figure, years) => {
    const claim = read(text);
    expect(claim.figure).toMatchObject(figure);
    expect(claim.years).toEqual(years);
  });

  it('refuses an ambiguous name rather than pick one', () => {
    const r = readClaim('UCL had 30 authors in 2024', lexicon);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/could mean several/);
  });
});
