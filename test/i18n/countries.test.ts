import { describe, expect, it } from 'vitest';
import { countryName, isCountryCode } from '../../src/i18n/countries.ts';

describe('countryName', () => {
  it('uses common short names in English', () => {
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('CN', 'en')).toBe('China');
    expect(countryName('KR', 'en')).toBe('South Korea');
    expect(countryName('DE', 'en')).toBe('Germany');
  });

  it('gives abbreviations on request, and full names where none exists', () => {
    expect(countryName('US', 'en', { short: true })).toBe('US');
    expect(countryName('GB', 'en', { short: true })).toBe('UK');
    expect(countryName('FR', 'en', { short: true })).toBe('France');
    expect(countryName('US', 'zh', { short: true })).toBe('美国');
  });

  it('names countries in Chinese and Japanese', () => {
    expect(countryName('US', 'zh')).toBe('美国');
    expect(countryName('CN', 'zh')).toBe('中国');
    expect(countryName('JP', 'zh')).toBe('日本');
    expect(countryName('US', 'ja')).toBe('アメリカ');
    expect(countryName('CN', 'ja')).toBe('中国');
    expect(countryName('KR', 'ja')).toBe('韓国');
    expect(countryName('DE', 'ja')).toBe('ドイツ');
  });

  it('uses plain geographic names for Taiwan, Hong Kong and Macao', () => {
    expect(['TW', 'HK', 'MO'].map((c) => countryName(c, 'en'))).toEqual(['Taiwan', 'Hong Kong', 'Macao']);
    expect(['TW', 'HK', 'MO'].map((c) => countryName(c, 'zh'))).toEqual(['台湾', '香港', '澳门']);
    expect(['TW', 'HK', 'MO'].map((c) => countryName(c, 'ja'))).toEqual(['台湾', '香港', 'マカオ']);
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(countryName(' jp ', 'en')).toBe('Japan');
  });

  it('returns an unknown code unchanged rather than guessing', () => {
    expect(countryName('ZZ', 'en')).toBe('ZZ');
    expect(countryName('ZZ', 'ja')).toBe('ZZ');
    expect(isCountryCode('ZZ')).toBe(false);
    expect(isCountryCode('sg')).toBe(true);
  });

  it('has a name in every language for every code the package knows', () => {
    for (const code of ['SG', 'IL', 'CH', 'IN', 'CA', 'AU', 'AE', 'SA', 'VN', 'BR']) {
      for (const lang of ['en', 'zh', 'ja'] as const) {
        const name = countryName(code, lang);
        expect(name, `${code} ${lang}`).not.toBe(code);
        if (lang !== 'en') expect(name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });
});
