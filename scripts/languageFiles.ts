// `npx tsx scripts/languageFiles.ts [ROOT]`: the files of src/ and data/ that hold one
// language's own content outside its one place. A language is one file: its locale (src/i18n/locales/<lang>.ts), its names
// (data/names/<lang>.json) and its code in LANGS (src/domain/lang.ts). This reads src/ and data/
// for anything else that belongs to one language: its code as a key or a branch ('ko', "ko":,
// name_ko, lang === 'ko'), or its own script (Hangul for Korean, kana for Japanese; Chinese
// characters are shared by Chinese and Japanese, so the codes find Chinese). English is the
// language the code and data are written in, and `lang === 'en'` is the default, so English is
// found by its code only as a data key ("en":). Chinese characters in src/ are found as the
// script the two share ('han'): the claim reader's words in them belong in the locales too
// (src/i18n/locales/han.ts holds the shared ones); data/ files may hold names in them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGS } from '../src/domain/lang.ts';

/** Where a language may be named: its locale and names files, the locale table, and LANGS itself. */
const ALLOWED = [/^src\/i18n\/locales\//, /^data\/names\//, /^src\/domain\/lang\.ts$/];

const SCRIPT: Partial<Record<string, RegExp>> = {
  ko: /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/,
  ja: /[\u3040-\u30ff]/,
};

/** The lines of `text` that belong to `lang`. */
export function languageLines(text: string, lang: string): string[] {
  const code = lang === 'en' ? new RegExp(`"${lang}"\\s*:`) : new RegExp(`['"]${lang}['"]|\\b\\w+_${lang}\\b|"${lang}"\\s*:`);
  const script = SCRIPT[lang];
  return saidLines(text).filter((line) => code.test(line) || (script?.test(line) ?? false));
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** The lines of `text` with Chinese characters, the script Chinese and Japanese share. */
export function hanLines(text: string): string[] {
  return saidLines(text).filter((line) => HAN.test(line));
}

/** Comments may quote any language (whole-line ones, and what follows ` // `); what the program reads or says is what counts. */
function saidLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/?\*)/.test(line))
    .map((line) => line.replace(/\s\/\/\s.*$/, ''));
}

/** Every file of src/ and data/ outside the allowed places that holds some language's own content, with the languages. */
export function languageFiles(root: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const dir of ['src', 'data']) {
    for (const rel of readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })) {
      const file = `${dir}/${rel.split(path.sep).join('/')}`;
      if (!/\.(ts|json)$/.test(file) || ALLOWED.some((re) => re.test(file))) continue;
      const text = readFileSync(path.join(root, file), 'utf8');
      const langs: string[] = LANGS.filter((lang) => languageLines(text, lang).length > 0);
      if (dir === 'src' && hanLines(text).length > 0) langs.push('han');
      if (langs.length > 0) found[file] = langs;
    }
  }
  return found;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  const found = languageFiles(path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..')));
  for (const [file, langs] of Object.entries(found)) console.log(`${file}: ${langs.join(' ')}`);
  console.log(`${Object.keys(found).length} files`);
}
