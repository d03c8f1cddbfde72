// Every language's locale, by its code: the locale of code `xx` is `export const xx` of `./xx.ts`,
// found from LANGS alone (src/domain/lang.ts), so a new language adds no line here. esbuild
// bundles every file this import may name (scripts/compile.js); tsx and vitest resolve it.
import { LANGS, type Lang } from '../../domain/lang.ts';
import type { Locale } from './locale.ts';

async function load(code: Lang): Promise<Locale> {
  // vite warns on every run that a variable import may not name its own folder; Node resolves it.
  const locale = ((await import(/* @vite-ignore */ `./${code}.ts`)) as Partial<Record<string, Locale>>)[code];
  if (!locale) throw new Error(`src/i18n/locales/${code}.ts has no locale \`export const ${code}\``);
  return locale;
}

const loaded = await Promise.all(LANGS.map(load));
export const LOCALES = Object.fromEntries(LANGS.map((code, k) => [code, loaded[k]])) as Record<Lang, Locale>;
