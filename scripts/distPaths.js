// Where the compiled program lives: dist/ beside src/, so paths the program derives from its
// own file (the project root, data/) are the same compiled or not.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
/** Written last by the compile: dist/ is complete, and built from sources no newer than it. */
export const STAMP = path.join(DIST, 'compiled.stamp');
