// The compiled entry to run: recompiles dist/ first when it is missing or a file under src/
// changed since it was compiled, so a front end never runs code older than its sources.
// Processes starting together compile once: the first takes a lock, the others wait for it.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, STAMP } from './distPaths.js';

const LOCK = path.join(ROOT, '.dist-compiling');
const LOCK_STALE_MS = 120_000; // a compile takes seconds; an older lock was left by a crash

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

function takeLock() {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // released meanwhile
    }
    return false;
  }
}

/** URL of dist/<name>.js, compiled from the current sources. */
export async function compiledEntry(name) {
  while (!isFresh()) {
    if (!takeLock()) {
      await new Promise((resolve) => setTimeout(resolve, 100)); // another process is compiling
      continue;
    }
    try {
      if (isFresh()) break;
      // Said only to a person at a terminal: piped output stays the answer alone.
      if (process.stderr.isTTY) console.error('airank: compiling the sources into dist/ (a few seconds)');
      const { compile } = await import('./compile.js'); // esbuild loads only when compiling
      await compile();
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
  return pathToFileURL(path.join(DIST, `${name}.js`)).href;
}
