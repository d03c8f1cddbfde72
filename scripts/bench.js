// `npm run bench`: compiles bench/run.ts as the program itself is compiled (scripts/compile.js)
// and runs it, so in-process figures measure the code the bin and the bot run, not a
// TypeScript loader's module wrappers (which turn every imported constant into a getter call).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from './compile.js';
import { ROOT } from './distPaths.js';

const OUT = 'dist-bench'; // beside dist/, so the project root is found one level up as there
rmSync(path.join(ROOT, OUT), { recursive: true, force: true });
await bundle({ run: 'bench/run.ts' }, OUT);
await import(pathToFileURL(path.join(ROOT, OUT, 'run.js')).href);
