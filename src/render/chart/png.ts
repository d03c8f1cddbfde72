// Vega-Lite spec -> Vega -> SVG (no canvas) -> PNG with resvg, fonts from npm.
import { renderAsync } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { Answer } from '../../query/types.ts';
import { chartSpec, type ChartOptions } from './spec.ts';
import { defaultFamily, fontFiles } from './fonts.ts';
import { installTextMetrics } from './textWidth.ts';

export async function renderChartSvg(answer: Answer, options: ChartOptions = {}): Promise<string> {
  installTextMetrics();
  const vgSpec = compile(chartSpec(answer, options)).spec;
  const view = new View(parse(vgSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export interface PngOptions extends ChartOptions {
  /** Pixel scale; 1 gives ~1100 px wide, 2 for high-density screens. */
  scale?: number;
}

export async function renderChartPng(answer: Answer, options: PngOptions = {}): Promise<Buffer> {
  const svg = await renderChartSvg(answer, options);
  const lang = options.lang ?? 'en';
  // renderAsync loads the fonts and rasterizes off the main thread, so the Slack
  // bot keeps answering while a chart renders.
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: defaultFamily(lang), sansSerifFamily: defaultFamily(lang) },
    fitTo: { mode: 'zoom', value: options.scale ?? 1 },
    background: 'white',
    languages: [lang === 'zh' ? 'zh-Hans' : lang],
  });
  return image.asPng();
}
