// A language is one file (scripts/languageFiles.ts says what is looked for): nothing of one
// language outside its locale, its names and LANGS, but the files named here as pending.
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { languageFiles, languageLines } from '../../scripts/languageFiles.ts';

/**
 * Per-language content still outside the locales, each with the reason it stays for now
 * (README, "Adding a language"). A file listed here that no longer needs it fails the test.
 */
const PENDING: Record<string, string> = {
  'src/query/model/claimFigure.ts': "the claim reader's Chinese and Japanese number words and rank phrases (第, 排名, 翻番, トップ)",
  'src/query/check/claim.ts': "the claim reader's Chinese and Japanese list, span and particle words (上位, 年間, に次ぐ, それぞれ)",
  'src/query/check/aside.ts': "the claim reader's Japanese asides (上位10機関に入らず)",
  'src/query/commands/check.ts': "a Japanese example claim in the command's examples",
  'data/claim-scope.json': 'the reasons a claim is not checked, labelled in English, Chinese and Japanese (Korean falls back to English)',
  'data/countries.json': "English display names and abbreviations: English is the data files' source language (its aliases stay there too)",
};

describe('a language is one file', () => {
  const found = languageFiles(PROJECT_ROOT);

  it('has no language outside its locale, its names and LANGS, but the files listed as pending', () => {
    expect(Object.keys(found).filter((f) => !(f in PENDING))).toEqual([]);
  });

  it('lists as pending only files that still hold a language', () => {
    expect(Object.keys(PENDING).filter((f) => !(f in found))).toEqual([]);
  });

  it('finds a language by its code, its key or its script', () => {
    expect(languageLines(`if (lang === 'ko') return '';`, 'ko')).toHaveLength(1);
    expect(languageLines(`{"label": {"en": "oral", "ko": "구두 발표"}}`, 'ko')).toHaveLength(1);
    expect(languageLines(`{"label": {"en": "oral"}}`, 'en')).toHaveLength(1);
    expect(languageLines('SELECT name_ja FROM institutions', 'ja')).toHaveLength(1);
    expect(languageLines(`const RISE = '(?:rose|増加し)';`, 'ja')).toHaveLength(1);
    expect(languageLines(`const RISE = '(?:rose|grew)'; // ko, kokoro`, 'ko')).toEqual([]);
  });
});
