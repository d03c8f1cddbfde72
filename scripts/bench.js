// `npm run bench`: compiles bench/run.ts as the program itself is compiled (scripts/compile.js)
// with the build scripts it spawns, and runs it, so its figures measure the code the bin and
// the bot run, not a TypeScript loader's (whose module wrappers turn every imported constant
// into a getter call, and whose transpiling adds to the build's memory).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from './compile.js';
import { ROOT } from './distPaths.js';

const OUT = 'dist-bench'; // beside dist/, so the project root is found one level up as there
rmSync(path.join(ROOT, OUT), { recursive: true, force: true });
await bundle({ run: 'bench/run.ts', build: 'bench/build.ts', buildFloor: 'bench/buildFloor.ts' }, OUT);
await import(pathToFileURL(path.join(ROOT, OUT, 'run.js')).href);
