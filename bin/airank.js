#!/usr/bin/env node
// The `airank` command: runs the compiled terminal front end (dist/cli.js, see scripts/compile.js).
import { compiledEntry } from '../scripts/compiled.js';

await import(await compiledEntry('cli'));
