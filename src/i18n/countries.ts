// Country and region names from ISO 3166-1 alpha-2 codes: the newsroom's names from the one
// country table (data/countries.json, via countryTable.ts), else i18n-iso-countries.
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
import { isCountryCode, tableName } from './countryTable.ts';
import type { Lang } from '../domain/lang.ts';

export { isCountryCode };

export interface CountryNameOptions {
  /** Abbreviations where a language has a common one (en: US, UK, UAE). */
  short?: boolean;
}

export function countryName(code: string, lang: Lang, options: CountryNameOptions = {}): string {
  return tableName(code.trim().toUpperCase(), lang, options.short) ?? code;
}
