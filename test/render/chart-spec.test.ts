import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { chartSpec } from '../../src/render/chart/spec.ts';
import { LANGS } from '../../src/domain/lang.ts';
import { compareAnswer, rankingAnswer } from './chart-fixtures.ts';

type AnySpec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('chartSpec', () => {
  it('compare answer as a line chart (snapshot)', () => {
    expect(chartSpec(compareAnswer(), { type: 'line' })).toMatchSnapshot();
  });

  it('ranking answer as horizontal bars (snapshot)', () => {
    expect(chartSpec(rankingAnswer(), { lang: 'ja' })).toMatchSnapshot();
  });

  it('puts the footnote on the image as the view title, below the plot', () => {
    const spec = chartSpec(compareAnswer()) as AnySpec;
    const foot = spec.vconcat[0].title;
    expect(foot.orient).toBe('bottom');
    expect(foot.text.join('\n')).toContain('Method: author slots');
    expect(foot.text.join('\n')).toContain('partial: ICLR 2024');
    expect(foot.text).toHaveLength(3);
    expect(foot.fontSize).toBeGreaterThanOrEqual(14);
  });

  it('titles the chart and names the unit in the reader language', () => {
    const en = chartSpec(compareAnswer()) as AnySpec;
    expect(en.title).toEqual({
      text: 'United States and China, 2022–2024',
      subtitle: ['Authors on accepted papers', '○ hollow markers: a year with partial data (ICLR 2024)'],
    });
    const zh = chartSpec(compareAnswer({ meta: { ...compareAnswer().meta, method: 'people' } }), { lang: 'zh' }) as AnySpec;
    expect(zh.title.subtitle).toEqual(['录用论文作者人数（去重）', '○ 空心标记：数据不全的年份（ICLR 2024）']);
    expect(zh.config.font).toMatch(/^Noto Sans SC/);
  });

  it('defaults to a line for several years and bars for one', () => {
    const several = chartSpec(compareAnswer()) as AnySpec;
    expect(several.vconcat[0].layer[0].mark.type).toBe('line');
    const one = chartSpec(compareAnswer({ rows: [['2024', 1, 2, null, null]] })) as AnySpec;
    expect(one.vconcat[0].layer[0].mark.type).toBe('bar');
  });

  it('marks partial years with hollow markers, the others solid', () => {
    const spec = chartSpec(compareAnswer(), { type: 'line' }) as AnySpec;
    const [line, solid, hollow] = spec.vconcat[0].layer;
    expect(line.mark.type).toBe('line');
    expect(solid.mark.filled).toBe(true);
    expect(hollow.mark.filled).toBe(false);
    expect(hollow.transform[0].filter).toBe('datum.partial');
    const values = spec.vconcat[0].data.values as { year: string; partial: boolean }[];
    expect(values.filter((v) => v.partial).map((v) => v.year)).toEqual(['2024', '2024']);
    // No partial year in scope: no legend line.
    const none = chartSpec(compareAnswer({ meta: { ...compareAnswer().meta, gaps: [] } })) as AnySpec;
    expect(none.title.subtitle).toEqual(['Authors on accepted papers']);
  });

  it('feeds the chart only the plotted series, with the missing figure as null', () => {
    const spec = chartSpec(compareAnswer(), { type: 'bar' }) as AnySpec;
    const values = spec.vconcat[0].data.values as { year: string; series: string; value: number | null }[];
    expect(new Set(values.map((v) => v.series))).toEqual(new Set(['United States', 'China']));
    expect(values.find((v) => v.year === '2023' && v.series === 'China')?.value).toBeNull();
    expect(values.some((v) => v.year === 'Total')).toBe(false);
  });

  it('compiles to Vega for every shape and language without warnings', () => {
    const warnings: string[] = [];
    const logger = {
      level: () => logger,
      error: (...a: unknown[]) => {
        warnings.push(a.join(' '));
        return logger;
      },
      warn: (...a: unknown[]) => {
        warnings.push(a.join(' '));
        return logger;
      },
      info: () => logger,
      debug: () => logger,
    };
    for (const lang of LANGS) {
      compile(chartSpec(compareAnswer(), { type: 'line', lang }), { logger });
      compile(chartSpec(compareAnswer(), { type: 'bar', lang }), { logger });
      compile(chartSpec(rankingAnswer(), { lang }), { logger });
    }
    expect(warnings).toEqual([]);
  });
});
