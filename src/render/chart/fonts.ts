// Font files for PNG rendering, shipped by npm packages (Google's Noto Sans SC and
// JP, OFL) so rendering needs no system fonts and looks the same on every machine.
// Both are loaded for every chart: resvg falls back glyph by glyph, and the
// language decides which comes first, so Japanese kanji get Japanese glyph shapes
// and Chinese hanzi Chinese ones. Their Latin glyphs serve English charts.
import { createRequire } from 'node:module';
import type { Lang } from '../../domain/lang.ts';

const require = createRequire(import.meta.url);

const FILES = [
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
];

export function fontFiles(): string[] {
  return FILES.map((f) => require.resolve(f));
}

/** CSS font-family list written into the chart spec, first choice by language. */
export function fontFamily(lang: Lang): string {
  return lang === 'zh' ? 'Noto Sans SC, Noto Sans JP, sans-serif' : 'Noto Sans JP, Noto Sans SC, sans-serif';
}

/** resvg's default family when a name in the SVG matches nothing. */
export function defaultFamily(lang: Lang): string {
  return lang === 'zh' ? 'Noto Sans SC' : 'Noto Sans JP';
}
