// Answer -> Vega-Lite spec. Everything a reader needs is on the image itself:
// title, what is counted (subtitle and axis title), values, and the method footnote.
// Sizes are for Slack: the PNG is about 1100 px wide and Slack shows it at ~800 px,
// so no text is under 14 px.
import type { TopLevelSpec } from 'vega-lite';
import { methodText } from '../../query/model/methods.ts';
import type { Answer } from '../../query/model/types.ts';
import { t, punct } from '../../i18n/t.ts';
import { footnoteLines, partialLabels, partialYears } from './footnote.ts';
import { readChartInput, type RankingInput, type TrendInput } from './input.ts';
import { chartFonts } from './fonts.ts';
import { estimateTextWidth, wrapText } from './textWidth.ts';
import type { Lang } from '../../domain/lang.ts';

export interface ChartOptions {
  /** Trends only: 'line' (default when there are 2+ years) or grouped 'bar'. Rankings are always horizontal bars. */
  type?: 'line' | 'bar';
  lang?: Lang;
  /** Plot area size in px; png.ts sets them so the whole image is CHART_WIDTH × CHART_HEIGHT. */
  plotWidth?: number;
  plotHeight?: number;
}

/** The web size of the whole image, in px (16:9); print is twice that. */
export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 675;
/** Rankings with more bars than this grow taller than CHART_HEIGHT so labels stay readable. */
const MAX_FITTED_BARS = 14;
const PADDING = 24;
const FOOT_SIZE = 15;
const FOOT_LINE = 21;
const INK = '#222222';
const MUTED = '#555555';
// Tableau 10: distinct hues that stay distinct in greyscale print better than category10.
const PALETTE = ['#4e79a7', '#e15759', '#59a14f', '#f28e2b', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f', '#bab0ac'];

function numberFormat(type: string): string {
  return type === 'float' ? ',.1f' : ',d';
}

function config(lang: Lang) {
  const font = chartFonts(lang).family;
  return {
    font,
    background: 'white',
    padding: PADDING,
    view: { stroke: null },
    title: {
      fontSize: 26,
      fontWeight: 'bold' as const,
      color: INK,
      anchor: 'start' as const,
      subtitleFontSize: 18,
      subtitleColor: MUTED,
      subtitlePadding: 8,
      offset: 16,
    },
    axis: {
      labelFontSize: 16,
      titleFontSize: 16,
      labelColor: INK,
      titleColor: MUTED,
      titleFontWeight: 'normal' as const,
      gridColor: '#e6e6e6',
      domainColor: '#888888',
      tickColor: '#888888',
    },
    legend: { labelFontSize: 16, titleFontSize: 16, labelColor: INK, symbolSize: 220, symbolStrokeWidth: 3, labelLimit: 360 },
    text: { fontSize: 15, color: INK },
  };
}

// The footnote is the chart view's own title, placed at the bottom and anchored to
// the full bounds, so it starts at the image's left edge rather than at the plot's.
function footnoteTitle(answer: Answer, lang: Lang) {
  // Three lines at most: each is cut to the width rather than wrapped.
  const lines = footnoteLines(answer.meta, lang).map((l) => {
    const wrapped = wrapText(l, CHART_WIDTH - 2 * PADDING - FOOT_SIZE, FOOT_SIZE);
    return wrapped.length > 1 ? `${wrapped[0]}…` : (wrapped[0] ?? '');
  });
  return {
    lines,
    title: {
      text: lines,
      orient: 'bottom' as const,
      anchor: 'start' as const,
      frame: 'bounds' as const,
      offset: 28,
      fontSize: FOOT_SIZE,
      lineHeight: FOOT_LINE,
      fontWeight: 'normal' as const,
      color: MUTED,
    },
  };
}

function trendLayers(input: TrendInput, type: 'line' | 'bar', lang: Lang, unit: string) {
  const fmt = numberFormat(input.series.some((s) => s.type === 'float') ? 'float' : 'int');
  const labels = input.series.map((s) => s.label);
  const x = { field: 'year', type: 'ordinal' as const, sort: input.years, title: t(lang, 'col.year'), axis: { labelAngle: 0 } };
  const y = { field: 'value', type: 'quantitative' as const, title: unit, scale: { zero: true }, axis: { format: fmt, tickMinStep: 1 } };
  const color = {
    field: 'series',
    type: 'nominal' as const,
    title: null,
    scale: { domain: labels, range: PALETTE.slice(0, Math.max(labels.length, 1)) },
    legend: { orient: 'top' as const, direction: 'horizontal' as const },
  };
  if (type === 'line') {
    // Years with partial data get hollow markers (legend in the subtitle), the others solid ones.
    const points = (partial: boolean) => ({
      transform: [{ filter: partial ? 'datum.partial' : '!datum.partial' }],
      mark: { type: 'point' as const, size: 110, strokeWidth: 3, filled: !partial, ...(partial ? { fill: 'white', fillOpacity: 1 } : { opacity: 1 }) },
      encoding: { x, y, color },
    });
    return [{ mark: { type: 'line' as const, strokeWidth: 3 }, encoding: { x, y, color } }, points(false), points(true)];
  }
  const xOffset = { field: 'series', type: 'nominal' as const, sort: labels };
  return [
    // Partial years: lighter bars (legend in the subtitle).
    { mark: { type: 'bar' as const }, encoding: { x, xOffset, y, color, opacity: { condition: { test: 'datum.partial', value: 0.45 }, value: 1 } } },
    {
      // Value on top of each bar, so figures can be checked against the table.
      transform: [{ filter: 'datum.value != null' }],
      mark: { type: 'text' as const, baseline: 'bottom' as const, dy: -4, fontSize: 14 },
      encoding: { x, xOffset, y, text: { field: 'value', type: 'quantitative' as const, format: fmt } },
    },
    {
      // A missing figure (coverage gap) must not read as zero.
      transform: [{ filter: 'datum.value == null' }, { calculate: '0', as: 'zero' }],
      mark: { type: 'text' as const, angle: 270, align: 'left' as const, baseline: 'middle' as const, dx: 6, fontSize: 14, color: MUTED },
      encoding: { x, xOffset, y: { field: 'zero', type: 'quantitative' as const }, text: { value: t(lang, 'word.noData') } },
    },
  ];
}

const BAR_LABEL_LIMIT = 420;

/** Plot width that makes label column + bars + value labels fill CHART_WIDTH. */
function rankingPlotWidth(input: RankingInput): number {
  const labels = Math.min(BAR_LABEL_LIMIT, Math.max(...input.bars.map((b) => estimateTextWidth(b.label, 16))));
  return Math.round(CHART_WIDTH - 2 * PADDING - labels - 10 - 70);
}

function rankingLayers(input: RankingInput) {
  const fmt = numberFormat(input.valueColumn.type);
  const y = {
    field: 'label',
    type: 'nominal' as const,
    sort: input.bars.map((b) => b.label),
    title: null,
    axis: { labelLimit: BAR_LABEL_LIMIT, labelFontSize: 16 },
  };
  // No axis title: the subtitle right above says what is counted.
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: null,
    scale: { zero: true },
    axis: { format: fmt, tickMinStep: 1, tickCount: 6, orient: 'top' as const },
  };
  return [
    { mark: { type: 'bar' as const, color: PALETTE[0] }, encoding: { y, x } },
    {
      mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, dx: 6, fontSize: 15 },
      encoding: { y, x, text: { field: 'value', type: 'quantitative' as const, format: fmt } },
    },
  ];
}

export function chartSpec(answer: Answer, options: ChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'en';
  const input = readChartInput(answer);
  const unit = methodText(answer.meta.method, lang).unit;
  const foot = footnoteTitle(answer, lang);
  const subtitle: string[] = [unit];

  let main: Record<string, unknown>;
  if (input.shape === 'trend') {
    const type = options.type ?? (input.years.length >= 2 ? 'line' : 'bar');
    const partial = partialYears(answer.meta).filter((y) => input.years.includes(y));
    if (partial.length > 0) {
      const legend = t(lang, 'chart.gapLegend', {
        list: partialLabels(answer.meta)
          .filter((l) => partial.some((y) => l.endsWith(y)))
          .join(punct(lang).listSep),
      });
      subtitle.push(type === 'line' ? legend : legend.replace(/^○ [^:：]*[:：]\s*/, lang === 'en' ? 'lighter bars: ' : ''));
    }
    main = {
      width: options.plotWidth ?? 1040,
      height: options.plotHeight ?? 400,
      data: { values: input.points.map((p) => ({ ...p, partial: partial.includes(p.year) })) },
      layer: trendLayers(input, type, lang, unit),
    };
  } else {
    main = {
      width: options.plotWidth ?? rankingPlotWidth(input),
      height: input.bars.length > MAX_FITTED_BARS ? input.bars.length * 30 : (options.plotHeight ?? Math.max(120, input.bars.length * 30)),
      data: { values: input.bars },
      layer: rankingLayers(input),
    };
  }

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: answer.title, subtitle },
    config: config(lang),
    // A one-view concat: the top-level title sits above, the view's title (footnote) below.
    vconcat: [{ ...main, title: foot.title }],
    // Machine-readable copy of what the image says, for tests and audits.
    usermeta: { airank: { footnote: foot.lines, method: answer.meta.method, snapshot: answer.meta.snapshot, command: answer.meta.command } },
  } as unknown as TopLevelSpec; // layers are built as plain objects; tests compile every shape
}
