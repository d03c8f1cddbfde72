// Compiles the program into plain JavaScript in dist/ (run by `npm ci` through `prepare`,
// and by scripts/compiled.js when a source changed since): one esbuild bundle per entry, so
// `airank`, `npm run airank` and `npm run bot` start without a TypeScript loader and without
// resolving thousands of module files. Native packages stay external (loaded from
// node_modules); data/ and fonts are found at run time from the project root, which is one
// level above dist/ as it is above src/.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { DIST, ROOT, STAMP } from './distPaths.js';

const ENTRIES = {
  cli: 'src/cli/main.ts',
  bot: 'src/slack/main.ts',
  // The Slack answer workers load `./answerWorker.js` beside the pool's own file (dist/), so
  // the worker is an entry of its own under that name (compiled when the file exists).
  answerWorker: 'src/slack/workers/answerWorker.ts',
  // Likewise the journal's SQLite writer (src/slack/delivery/journal.ts).
  journalWorker: 'src/slack/workers/journalWorker.ts',
};

// i18n-iso-countries' Node entry loads all of its 80 locales; src/i18n/countryTable.ts registers
// the three it uses on the bare library.
const onlyRegisteredLocales = {
  name: 'only-registered-locales',
  setup(b) {
    b.onResolve({ filter: /^i18n-iso-countries$/ }, () => ({ path: path.join(ROOT, 'node_modules/i18n-iso-countries/index.js') }));
  },
};

/** Bundles entries into outdir (relative to the project root) as the program is compiled. */
export async function bundle(entryPoints, outdir) {
  await build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true, // lazily imported parts (the build, charts) stay in chunks of their own
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', '@resvg/resvg-js'], // native addons
    // Bundled CommonJS packages call require() for Node built-ins.
    banner: { js: "import { createRequire as __airankRequire } from 'node:module'; const require = __airankRequire(import.meta.url);" },
    plugins: [onlyRegisteredLocales],
    logLevel: 'warning',
  });
}

export async function compile() {
  const entryPoints = Object.fromEntries(Object.entries(ENTRIES).filter(([, file]) => existsSync(path.join(ROOT, file))));
  rmSync(DIST, { recursive: true, force: true });
  await bundle(entryPoints, 'dist');
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await compile();
