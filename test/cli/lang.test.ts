// `lang:zh` / `lang:ja` on the fixture: headers, titles, country and institution names in
// the terminal table come out in the asked language; English stays the default.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/query/model/types.ts';
import { renderText } from '../../src/render/text.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';

const fixture = useFixtureAsker();

const ask = fixture.ask;

const cell = (a: Answer, row: number, key: string) => a.rows[row][a.columns.findIndex((c) => c.key === key)];

describe('lang:zh and lang:ja', () => {
  it('top10 in Chinese: headers, title, institution and country names', () => {
    const a = ask('2024 top10 lang:zh');
    expect(a.columns.map((c) => c.label)).toEqual(['排名', '机构', '国家/地区', '作者数', '占比']);
    expect(a.title).toBe('前 10 名机构，2024');
    // Tsinghua (3 slots in 2024) is first; Google, MIT and Stanford are US institutions.
    expect(cell(a, 0, 'institution')).toBe('清华大学');
    expect(cell(a, 0, 'country')).toBe('中国');
    expect(a.rows.filter((r) => r[2] === '美国')).toHaveLength(3);
    expect(renderText(a)).toContain('清华大学');
  });

  it('Japanese names, and English by default', () => {
    const ja = ask('2024 top10 lang:ja');
    expect(ja.rows.map((r) => r[1])).toContain('東京大学');
    expect(ja.columns[0].label).toBe('順位');
    const en = ask('2024 top10');
    expect(en.rows.map((r) => r[1])).toContain('The University of Tokyo');
    expect(en.columns[0].label).toBe('Rank');
  });

  it('other answer kinds take their headers from the language too', () => {
    expect(
      ask('compare CN JP 2024 lang:ja')
        .columns.map((c) => c.label)
        .slice(0, 2),
    ).toEqual(['年', '中国']);
    expect(ask('teamsize 2024 lang:zh').columns.map((c) => c.label)).toEqual(['年份', '录用论文数', '平均作者数', '作者数中位数']);
    expect(ask('coverage lang:ja').columns[0].label).toBe('会議');
    expect(ask('rank Tsinghua 2024 lang:zh').columns[2].label).toBe('排名（机构）');
    expect(ask('papers Tsinghua 2024 lang:zh').title).toMatch(/^清华大学的论文/);
  });
});
