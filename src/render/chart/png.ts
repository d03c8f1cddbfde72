// Vega-Lite spec -> Vega -> SVG (no canvas) -> PNG with resvg, fonts fetched from the npm registry.
import { renderAsync } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { Answer } from '../../query/model/types.ts';
import { CHART_HEIGHT, CHART_WIDTH, chartSpec, type ChartOptions } from './spec.ts';
import { chartFonts, fontFiles } from './fonts.ts';
import { installTextMetrics } from './textWidth.ts';

async function drawSvg(answer: Answer, options: ChartOptions): Promise<string> {
  installTextMetrics();
  const vgSpec = compile(chartSpec(answer, options)).spec;
  const view = new View(parse(vgSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*?width="([\d.]+)"[^>]*?height="([\d.]+)"/.exec(svg);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: CHART_WIDTH, height: CHART_HEIGHT };
}

/**
 * The chart at exactly CHART_WIDTH × CHART_HEIGHT (a long ranking may be taller): drawn
 * once, its plot area corrected by what the titles, axes and footnote took, drawn again,
 * and the canvas set to the exact size (any pixel of rounding left is white margin).
 */
export async function renderChartSvg(answer: Answer, options: ChartOptions = {}): Promise<string> {
  const first = await drawSvg(answer, options);
  const spec = chartSpec(answer, options) as unknown as { vconcat: Array<{ width: number; height: number }> };
  const { width: plotWidth, height: plotHeight } = spec.vconcat[0];
  const size = svgSize(first);
  const svg = await drawSvg(answer, {
    ...options,
    plotWidth: Math.max(200, plotWidth + CHART_WIDTH - size.width),
    plotHeight: Math.max(120, plotHeight + CHART_HEIGHT - size.height),
  });
  const drawn = svgSize(svg);
  const height = Math.max(CHART_HEIGHT, Math.round(drawn.height));
  return svg.replace(
    /<svg([^>]*?)width="[\d.]+"([^>]*?)height="[\d.]+"([^>]*?)viewBox="[^"]*"/,
    `<svg$1width="${CHART_WIDTH}"$2height="${height}"$3viewBox="0 0 ${CHART_WIDTH} ${height}"`,
  );
}

export interface PngOptions extends ChartOptions {
  /** Pixel scale; overrides `size`. */
  scale?: number;
  /** 'web': 1200×675; 'print': twice that (2400×1350), for print and high-density screens. */
  size?: 'web' | 'print';
}

export async function renderChartPng(answer: Answer, options: PngOptions = {}): Promise<Buffer> {
  const [svg, fontFileList] = await Promise.all([renderChartSvg(answer, options), fontFiles()]);
  const lang = options.lang ?? 'en';
  // renderAsync loads the fonts and rasterizes off the main thread, so the Slack
  // bot keeps answering while a chart renders.
  const { defaultFamily, shaping } = chartFonts(lang);
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFileList, defaultFontFamily: defaultFamily, sansSerifFamily: defaultFamily },
    fitTo: { mode: 'zoom', value: options.scale ?? (options.size === 'print' ? 2 : 1) },
    background: 'white',
    languages: [shaping],
  });
  return image.asPng();
}
