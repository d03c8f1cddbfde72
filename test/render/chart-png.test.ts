// Renders real images. Fonts come from npm registry tarballs, so this does not depend on
// the machine's fonts; pixels are not compared, only that text reaches the image.
import { describe, expect, it } from 'vitest';
import { renderChartPng, renderChartSvg } from '../../src/render/chart/png.ts';
import { compareAnswer, rankingAnswer } from './chart-fixtures.ts';

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderChartPng', () => {
  it('renders at the web size, 1200×675, trends and rankings alike', async () => {
    expect(pngSize(await renderChartPng(compareAnswer()))).toEqual({ width: 1200, height: 675 });
    expect(pngSize(await renderChartPng(rankingAnswer(), { lang: 'ja' }))).toEqual({ width: 1200, height: 675 });
  });

  it('renders the print size at twice the web size', async () => {
    expect(pngSize(await renderChartPng(compareAnswer(), { size: 'print' }))).toEqual({ width: 2400, height: 1350 });
  });

  it('scales for high-density screens', async () => {
    const one = pngSize(await renderChartPng(rankingAnswer()));
    const two = pngSize(await renderChartPng(rankingAnswer(), { scale: 2 }));
    expect(two.width).toBe(one.width * 2);
  });

  it('writes title, values, footnote and CJK text into the SVG', async () => {
    const svg = await renderChartSvg(compareAnswer(), { type: 'bar', lang: 'zh' });
    expect(svg).toContain('United States and China, 2022–2024');
    expect(svg).toContain('录用论文作者数');
    expect(svg).toMatch(/>170</); // a bar value label as text, not a coordinate
    expect(svg).toContain('无数据'); // the missing 2023 figure is labelled, not drawn as 0
    expect(svg).toContain('来源：airank 对 NeurIPS、ICML 和 ICLR 录用论文的分析');
    expect(svg).toContain('数据不全：ICLR 2024');
    expect(svg).toMatch(/font-family="Noto Sans SC/);
  });
});
