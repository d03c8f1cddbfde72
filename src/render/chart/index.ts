// The chart module's public surface.
export { chartSpec, CHART_WIDTH, type ChartOptions } from './spec.ts';
export { renderChartPng, renderChartSvg, type PngOptions } from './png.ts';
export { readChartInput, ChartInputError, type ChartInput } from './input.ts';
export { footnoteLines } from './footnote.ts';
