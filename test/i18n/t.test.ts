import { describe, expect, it } from 'vitest';
import { joinList, t } from '../../src/i18n/t.ts';
import { LOCALES } from '../../src/i18n/locales/byLang.ts';
import type { StringKey } from '../../src/i18n/locales/en.ts';

const { en, ...others } = Object.fromEntries(Object.entries(LOCALES).map(([lang, locale]) => [lang, locale.strings]));
import { yearsLabel } from '../../src/i18n/years.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('t', () => {
  it('fills placeholders in each language', () => {
    expect(t('en', 'title.topInstitutions', { n: 10, years: '2020–2024' })).toBe('Top 10 institutions, 2020–2024');
    expect(t('zh', 'title.topInstitutions', { n: 10, years: '2020–2024' })).toBe('前 10 名机构，2020–2024');
    expect(t('ja', 'title.topInstitutions', { n: 10, years: '2020–2024' })).toBe('上位 10 機関、2020–2024');
  });

  it('gives different words per language for column headers', () => {
    // The counting methods' headers are in their definitions (test/query/methods.test.ts).
    const keys: StringKey[] = ['col.rank', 'col.institution', 'col.country', 'col.share', 'col.growth', 'col.year', 'col.total'];
    for (const k of keys) {
      expect(t('zh', k)).not.toBe(t('en', k));
      expect(t('ja', k)).not.toBe(t('en', k));
      expect(t('zh', k)).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(t('ja', k)).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => t('en', 'title.topInstitutions', { n: 5 })).toThrow(/years/);
  });

  it('every translation uses the same placeholders as English and is not empty', () => {
    for (const key of Object.keys(en) as StringKey[]) {
      for (const table of Object.values(others)) {
        expect(table[key].trim().length, key).toBeGreaterThan(0);
        expect(placeholders(table[key]), key).toEqual(placeholders(en[key]));
      }
    }
  });

  it('no language has keys English lacks', () => {
    for (const [lang, table] of Object.entries(others)) expect(Object.keys(table).sort(), lang).toEqual(Object.keys(en).sort());
  });
});

describe('joinList', () => {
  it('joins in each language style', () => {
    expect(joinList('en', ['US', 'China', 'UK'])).toBe('US, China and UK');
    expect(joinList('en', ['US', 'China'])).toBe('US and China');
    expect(joinList('zh', ['美国', '中国', '英国'])).toBe('美国、中国和英国');
    expect(joinList('ja', ['アメリカ', '中国'])).toBe('アメリカと中国');
    expect(joinList('en', ['Solo'])).toBe('Solo');
  });
});

describe('yearsLabel', () => {
  it('collapses consecutive years into ranges', () => {
    expect(yearsLabel([2024, 2020, 2021, 2022, 2023])).toBe('2020–2024');
    expect(yearsLabel([2020, 2021, 2022, 2024])).toBe('2020–2022, 2024');
    expect(yearsLabel([2022])).toBe('2022');
    expect(yearsLabel([2020, 2022, 2022])).toBe('2020, 2022');
    expect(yearsLabel([])).toBe('');
  });
});
