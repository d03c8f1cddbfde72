// The languages airank answers in. Each has one locale file (src/i18n/locales/); adding a
// language is its locale, its institution names (data/names/<lang>.json) and its entry here.
export const LANGS = ['en', 'zh', 'ja', 'ko'] as const;
export type Lang = (typeof LANGS)[number];
