// A language is one file (scripts/languageFiles.ts says what is looked for): nothing of one
// language outside its locale, its names and LANGS, but the files named here as pending.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { hanLines, languageFiles, languageLines } from '../../scripts/languageFiles.ts';

/**
 * Per-language content still outside the locales, each with the reason it stays for now
 * (README, "Adding a language"). A file listed here that no longer needs it fails the test.
 */
const PENDING: Record<string, string> = {
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
    expect(languageLines(`const RISE = '(?:rose|grew)'; // 増加し`, 'ja')).toEqual([]);
  });

  it('finds Chinese characters in code, not in comments', () => {
    expect(hanLines(`.replace(/翻了?一番|翻番/g, '2倍')`)).toHaveLength(1);
    expect(hanLines(`const SCALE = { '萬': 10_000 };`)).toHaveLength(1);
    expect(hanLines(`// 1万4766 → 14766\n * 第二 → 第2\nconst n = 1; // 八倍 → 8倍`)).toEqual([]);
  });

  it("finds a file of src/ or data/ that holds a language's words outside its locale, but not one inside it", () => {
    const root = mkdtempSync(path.join(tmpdir(), 'airank-langs-'));
    try {
      for (const dir of ['src/query/check', 'src/query/model', 'src/i18n/locales', 'data/names']) mkdirSync(path.join(root, dir), { recursive: true });
      writeFileSync(path.join(root, 'src/query/check/claim.ts'), 'const SHARED = /each|それぞれ/;\n');
      writeFileSync(path.join(root, 'src/i18n/locales/ko.ts'), "const shared = ['각각'];\n");
      writeFileSync(path.join(root, 'data/names/ko.json'), '{"institutions": {"kaist": "카이스트"}}\n');
      writeFileSync(path.join(root, 'data/scope.json'), '{"label": {"en": "a gap", "ko": "차이"}}\n');
      // Chinese characters: in query code, not in a locale, not in a data file's names, not in a comment.
      writeFileSync(path.join(root, 'src/query/model/claimFigure.ts'), '// 一 … 九十九\nconst SCALES = /万|億/;\n');
      writeFileSync(path.join(root, 'src/query/model/numberWords.ts'), '// 1万4766 → 14766\nconst MYRIAD = 10_000; // 万\n');
      writeFileSync(path.join(root, 'src/i18n/locales/han.ts'), 'const scales = { 万: 10_000 };\n');
      writeFileSync(path.join(root, 'data/institutions.json'), '{"tsinghua": {"name_local": "清华大学"}}\n');
      expect(languageFiles(root)).toEqual({ 'src/query/check/claim.ts': ['ja'], 'src/query/model/claimFigure.ts': ['han'], 'data/scope.json': ['en', 'ko'] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
