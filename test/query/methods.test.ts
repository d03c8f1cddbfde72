// The counting-method registry (src/query/model/methods.ts): every method is complete in three
// languages, its words name it and nothing else, and the SQL-building code reads the
// registry rather than naming methods.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_PHRASES, METHOD_DEFS, methodDef, METHODS, methodText, slotMethod } from '../../src/query/model/methods.ts';
import { keywordOf } from '../../src/query/context/lexicon.ts';
import { helpText } from '../../src/query/help/help.ts';
import { LANGS } from '../../src/domain/lang.ts';

// Chinese and Japanese characters and Korean Hangul: a translated label is not in Latin script.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

describe('method registry', () => {
  it('derives the method list from the definitions', () => {
    expect(METHODS).toEqual(Object.keys(METHOD_DEFS));
    expect(METHODS).toEqual(['authors', 'people', 'papers', 'fractional', 'first', 'last']);
  });

  it.each(METHODS)('%s has every text in every language, help included', (method) => {
    for (const lang of LANGS) {
      const text = methodText(method, lang);
      for (const field of ['label', 'column', 'unit', 'chart', 'shareOf', 'help'] as const)
        expect(text[field].trim(), `${method} ${lang} ${field}`).not.toBe('');
      if (lang !== 'en') {
        expect(text.column, `${method} ${lang} column`).toMatch(CJK);
        expect(text.label, `${method} ${lang} label`).toMatch(CJK);
        expect(text.column).not.toBe(methodText(method, 'en').column);
      }
      expect(helpText('methods', lang)).toContain(text.help);
    }
  });

  it('gives each method its own column header and label in each language', () => {
    for (const lang of LANGS) {
      for (const field of ['column', 'label', 'unit'] as const) {
        const values = METHODS.map((m) => methodText(m, lang)[field]);
        expect(new Set(values).size, `${lang} ${field}`).toBe(METHODS.length);
      }
    }
  });

  it('every method but the default is named by claim phrases in every language', () => {
    for (const method of METHODS.filter((m) => m !== 'authors')) {
      for (const lang of LANGS) expect(methodText(method, lang).phrases.length, `${method} ${lang}`).toBeGreaterThan(0);
    }
  });

  it('its words name it and no other method or keyword', () => {
    const all = METHODS.flatMap((m) => methodDef(m).keywords);
    expect(new Set(all).size).toBe(all.length);
    for (const method of METHODS) {
      expect(methodDef(method).keywords.length).toBeGreaterThan(0);
      for (const word of methodDef(method).keywords) expect(keywordOf(word), word).toEqual({ type: 'method', method });
    }
    const phrases = METHODS.flatMap((m) => LANGS.flatMap((l) => methodText(m, l).phrases));
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('claim phrases find the method they belong to, and only it', () => {
    const samples: Record<string, string[]> = {
      people: ['distinct people', '去重', '重複なし'],
      papers: ['counting papers', '按论文', '論文数で'],
      fractional: ['fractional credit', '分数计', '按分'],
      first: ['first authors', '第一作者', '筆頭著者'],
      last: ['last authors', 'senior author', '末位作者', '最后作者', '最終著者', 'ラストオーサー'],
    };
    for (const [method, texts] of Object.entries(samples)) {
      for (const text of texts) {
        const found = CLAIM_PHRASES.filter((p) => new RegExp(p.phrase.source, 'i').test(text)).map((p) => p.method);
        expect(found, text).toEqual([method]);
      }
    }
  });

  it('keeps first or last slots with the one-per-slot method of the same slots', () => {
    expect(METHODS.map((m) => slotMethod(m))).toEqual(['authors', 'authors', 'authors', 'authors', 'first', 'last']);
  });

  it('SQL-building code names no method: it reads the registry', () => {
    const files = [
      'query/figures/aggregate.ts',
      'query/figures/scopeCoverage.ts',
      'query/figures/figures.ts',
      'query/figures/presummed.ts',
      'pipeline/writeGroupFigures.ts',
      'query/figures/columns.ts',
      'query/figures/meta.ts',
      'query/figures/countryRule.ts',
      'query/check/compute.ts',
      'query/check/claim.ts',
      'query/model/claimFigure.ts',
    ];
    for (const file of files) {
      const source = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/method\s*[!=]==\s*'(?:authors|people|papers|fractional|first|last)'/);
    }
  });
});
