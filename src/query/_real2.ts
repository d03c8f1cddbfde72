import { readFileSync } from 'node:fs';
import { createLexicon } from './lexicon.ts';
import { parse } from './parse.ts';
const insts = JSON.parse(readFileSync('data/institutions.json', 'utf8'));
const lex = createLexicon(insts);
let bad = 0;
for (const i of insts) {
  for (const form of [`inst:${i.id}`, `compare inst:${i.id} US`, `papers inst:${i.id}`]) {
    const r = parse(form, lex);
    if (r.kind === 'parse_error') { console.log('ERR', form, r.message); bad++; continue; }
    const back = parse(r.text, lex);
    if (JSON.stringify(back) !== JSON.stringify(r)) { console.log('ROUNDTRIP', form, r.text, JSON.stringify(back).slice(0, 200)); bad++; }
  }
  for (const a of [i.name, ...(i.aliases ?? [])]) {
    const r = parse(`"${a}"`, lex);
    if (r.kind === 'parse_error') { console.log('ALIAS ERR', i.id, a, r.message.slice(0, 120)); continue; }
    if (r.kind === 'institution' && r.entity.kind === 'institution' && r.entity.id !== i.id) console.log('ALIAS OTHER', i.id, a, r.entity.id);
    if (r.kind === 'institution' && r.entity.kind === 'country') console.log('ALIAS COUNTRY', i.id, a, r.entity.code);
  }
}
console.log('bad', bad);
