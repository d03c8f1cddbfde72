// Font files for PNG rendering, shipped by npm packages (Google's Noto Sans, OFL) so
// rendering needs no system fonts and looks the same on every machine. Each locale names
// the files its glyphs need (src/i18n/locales/); every chart loads them all, since resvg
// falls back glyph by glyph, and the language decides which family comes first, so Japanese
// kanji get Japanese glyph shapes and Chinese hanzi Chinese ones.
import { createRequire } from 'node:module';
import { LANGS, type Lang } from '../../domain/lang.ts';
import { LOCALES } from '../../i18n/locales/byLang.ts';
import type { ChartFonts } from '../../i18n/locales/localeParts.ts';

const require = createRequire(import.meta.url);

export function fontFiles(): string[] {
  return LANGS.flatMap((lang) => LOCALES[lang].chart.files).map((f) => require.resolve(f));
}

/** The language's chart fonts: the CSS family list, resvg's default family and shaping language. */
export function chartFonts(lang: Lang): ChartFonts {
  return LOCALES[lang].chart;
}
