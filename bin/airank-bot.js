#!/usr/bin/env node
// `npm run bot`: runs the compiled Slack front end (dist/bot.js, see scripts/compile.js).
import { compiledEntry } from '../scripts/compiled.js';

await import(await compiledEntry('bot'));
