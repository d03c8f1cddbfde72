import { readFileSync } from 'node:fs';
import { createLexicon, normalizePhrase } from './lexicon.ts';
import { parse } from './parse.ts';
const insts = JSON.parse(readFileSync('data/institutions.json', 'utf8'));
const t0 = performance.now();
const lex = createLexicon(insts);
console.log('institutions', insts.length, 'build ms', (performance.now() - t0).toFixed(1), 'maxWords', lex.maxPhraseWords);
// aliases colliding across institutions, and with country names / ISO codes
const by = new Map<string, Set<string>>();
for (const i of insts) for (const n of [i.id, i.name, ...(i.aliases ?? []), i.names?.zh, i.names?.ja]) if (n) { const k = normalizePhrase(n); (by.get(k) ?? by.set(k, new Set()).get(k)!).add(i.id); }
for (const [k, s] of by) if (s.size > 1) console.log('shared alias', k, [...s]);
for (const [k, s] of by) { const c = lex.country(k); if (c) console.log('country wins over institution:', k, '->', c, 'not', [...s]); }
for (const [k] of by) { if (/^[a-z]+$/.test(k) && k.length <= 12) { /* keyword collision */ const r = parse(k, lex); if (r.kind !== 'institution' && r.kind !== 'compare') console.log('word not an institution:', k, r.kind === 'parse_error' ? r.message : r.text); } }
for (const q of process.argv.slice(2)) { const s = performance.now(); const r = parse(q, lex); console.log(q, '=>', (performance.now()-s).toFixed(1), 'ms', r.kind === 'parse_error' ? JSON.stringify(r) : r.text); }
