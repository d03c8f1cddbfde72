import { describe, expect, it } from 'vitest';
import { institutionName } from '../../src/i18n/institutions.ts';

const tsinghua = { name: 'Tsinghua University', names: { zh: '清华大学', ja: '清華大学' } };
const mit = { name: 'Massachusetts Institute of Technology' };

describe('institutionName', () => {
  it('uses the local name when the data has one', () => {
    expect(institutionName(tsinghua, 'zh')).toBe('清华大学');
    expect(institutionName(tsinghua, 'ja')).toBe('清華大学');
  });

  it('uses English for English readers even when translations exist', () => {
    expect(institutionName(tsinghua, 'en')).toBe('Tsinghua University');
  });

  it('falls back to English when a translation is missing or blank', () => {
    expect(institutionName(mit, 'zh')).toBe(mit.name);
    expect(institutionName({ name: 'RIKEN', names: { zh: '理化学研究所' } }, 'ja')).toBe('RIKEN');
    expect(institutionName({ name: 'KAIST', names: { ja: '  ' } }, 'ja')).toBe('KAIST');
  });
});
