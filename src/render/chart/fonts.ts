// Fonts for PNG rendering: Google's Noto Sans (OFL), from pinned npm registry tarballs
// (fontPackages.ts), so rendering needs no system fonts and looks the same on every machine.
// Each locale names the packages its glyphs need (src/i18n/locales/); every chart loads them
// all, since resvg falls back glyph by glyph, and the language decides which family comes
// first, so Japanese kanji get Japanese glyph shapes and Chinese hanzi Chinese ones.
import { LANGS, type Lang } from '../../domain/lang.ts';
import { LOCALES } from '../../i18n/locales/byLang.ts';
import type { ChartFonts } from '../../i18n/locales/localeParts.ts';
import { fontPackageFiles } from './fontPackages.ts';

let files: Promise<string[]> | undefined;

/** Every language's font files, fetched on first call (once per process; a failure is retried next call). */
export function fontFiles(): Promise<string[]> {
  const packages = new Map(LANGS.flatMap((lang) => LOCALES[lang].chart.fonts).map((pkg) => [`${pkg.name}@${pkg.version}`, pkg]));
  files ??= Promise.all([...packages.values()].map((pkg) => fontPackageFiles(pkg))).then(
    (lists) => lists.flat(),
    (error: unknown) => {
      files = undefined;
      throw error;
    },
  );
  return files;
}

/** The language's chart fonts: the CSS family list, resvg's default family and shaping language. */
export function chartFonts(lang: Lang): ChartFonts {
  return LOCALES[lang].chart;
}
