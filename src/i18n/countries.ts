// Country and region names from ISO 3166-1 alpha-2 codes, via i18n-iso-countries,
// with the newsroom's own names from data/country-names.json.
//
// Naming policy (a neutral newsroom choice, documented for editors):
// - Taiwan, Hong Kong and Macao are named by their plain geographic names in every
//   language, with no sovereignty qualifier either way: en "Taiwan", "Hong Kong",
//   "Macao"; zh "台湾", "香港", "澳门"; ja "台湾", "香港", "マカオ". The package's zh
//   "中国台湾省" and the ISO English "Taiwan, Province of China" take a side, so they
//   are overridden. Headers say "countries and regions" (国家和地区 / 国・地域) for
//   the same reason. Western Sahara likewise: "西撒哈拉", not the package's
//   "阿拉伯撒哈拉民主共和国".
// - Common short forms instead of formal state names: "United States", "United
//   Kingdom", "China", "South Korea", "Russia", "Iran"; ja 米国 is not used, the
//   broadcast forms アメリカ, イギリス, 中国, 韓国 are.
// - `{ short: true }` gives the abbreviations for tight chart labels: US, UK, UAE.
// - zh is Simplified Chinese (mainland and Singapore usage).
// - An unknown code comes back unchanged, so a bad code is visible, not hidden.
import countries from 'i18n-iso-countries';
import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zhLocale from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import jaLocale from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import type { Lang } from '../query/types.ts';
import countryNames from '../../data/country-names.json' with { type: 'json' };

countries.registerLocale(enLocale);
countries.registerLocale(zhLocale);
countries.registerLocale(jaLocale);

const OVERRIDES: Record<Lang, Record<string, string>> = countryNames.names;
const SHORT: Partial<Record<Lang, Record<string, string>>> = countryNames.short;

export interface CountryNameOptions {
  /** Abbreviations where a language has a common one (en: US, UK, UAE). */
  short?: boolean;
}

export function countryName(code: string, lang: Lang, options: CountryNameOptions = {}): string {
  const upper = code.trim().toUpperCase();
  if (options.short) {
    const s = SHORT[lang]?.[upper];
    if (s) return s;
  }
  const override = OVERRIDES[lang][upper];
  if (override) return override;
  // getName with the default 'official' select returns the first listed name.
  return countries.getName(upper, lang) ?? countries.getName(upper, 'en') ?? code;
}

/** The ISO code of an English country name ("United States" → "US"), or null. */
export function countryCode(englishName: string): string | null {
  return countries.getAlpha2Code(englishName.trim(), 'en') ?? null;
}

/** True when the code is an ISO 3166-1 alpha-2 code the package knows. */
export function isCountryCode(code: string): boolean {
  return countries.isValid(code.trim().toUpperCase());
}
