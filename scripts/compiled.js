// The compiled entry to run: recompiles dist/ first when it is missing or a file under src/
// changed since it was compiled, so a front end never runs code older than its sources.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, STAMP } from './distPaths.js';

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh() {
  try {
    return statSync(STAMP).mtimeMs >= newestSource(path.join(ROOT, 'src'));
  } catch {
    return false; // never compiled
  }
}

/** URL of dist/<name>.js, compiled from the current sources. */
export async function compiledEntry(name) {
  if (!isFresh()) {
    console.error('airank: compiling the sources into dist/ (about 2 seconds)');
    const { compile } = await import('./compile.js'); // esbuild loads only when compiling
    await compile();
  }
  return pathToFileURL(path.join(DIST, `${name}.js`)).href;
}
