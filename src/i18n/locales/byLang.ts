// Every language's locale, by its code (src/domain/lang.ts LANGS lists the codes).
import type { Lang } from '../../domain/lang.ts';
import type { Locale } from './locale.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { zh } from './zh.ts';

export const LOCALES: Record<Lang, Locale> = { en, zh, ja, ko };
