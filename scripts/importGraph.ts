// `npm run graph`: the import graph of src/ (madge): every circle between files, between
// rooms (src/<room>/) and between folders, counting all imports and
// then value imports alone. Prints; exits 1 when files or rooms form a circle (the floor
// order and folder loops are enforced by eslint and test/architecture/floors.test.ts).
import path from 'node:path';
import madge from 'madge';
import { circles } from './importCircles.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The graph between the groups `groupOf` puts files in. */
function grouped(files: Record<string, string[]>, groupOf: (file: string) => string): Record<string, string[]> {
  const graph: Record<string, Set<string>> = {};
  for (const [file, deps] of Object.entries(files)) {
    const from = groupOf(file);
    graph[from] ??= new Set();
    for (const dep of deps) if (groupOf(dep) !== from) graph[from].add(groupOf(dep));
  }
  return Object.fromEntries(Object.entries(graph).map(([k, v]) => [k, [...v]]));
}

let failed = false;
for (const skipTypeImports of [false, true]) {
  const result = await madge(path.join(ROOT, 'src'), {
    fileExtensions: ['ts'],
    tsConfig: path.join(ROOT, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports }, tsx: { skipTypeImports } },
  });
  const files = result.obj();
  const edges = Object.values(files).reduce((n, deps) => n + deps.length, 0);
  const fileCircles = circles(files);
  const roomCircles = circles(grouped(files, (f) => f.split('/')[0].replace(/\.ts$/, '')));
  const folderCircles = circles(grouped(files, path.dirname));
  console.log(`\n${skipTypeImports ? 'Value imports only' : 'All imports (type imports included)'}: ${Object.keys(files).length} files, ${edges} imports`);
  console.log(`  file circles: ${fileCircles.length}${fileCircles.length ? ` (${fileCircles.reduce((n, c) => n + c.length, 0)} files in them)` : ''}`);
  for (const c of fileCircles) console.log(`    ${c.length} files: ${c.join(' ')}`);
  console.log(`  room circles: ${roomCircles.length}`);
  for (const c of roomCircles) console.log(`    ${c.join(' ')}`);
  console.log(`  sub-folder circles (a folder and the folders inside it): ${folderCircles.length}`);
  for (const c of folderCircles) console.log(`    ${c.join(' ')}`);
  failed ||= fileCircles.length + roomCircles.length > 0;
}
process.exit(failed ? 1 : 0);
