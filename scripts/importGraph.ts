// `npm run graph`: the import graph of src/ (madge): every circle between files, and every
// circle between folders (strongly connected groups of folders), counting all imports and
// then value imports alone. Prints; exits 1 when a circle exists (the architecture test,
// test/architecture/floors.test.ts, enforces the floor order itself).
import path from 'node:path';
import madge from 'madge';
import { circles } from './importCircles.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function folders(files: Record<string, string[]>): Record<string, string[]> {
  const graph: Record<string, Set<string>> = {};
  for (const [file, deps] of Object.entries(files)) {
    const from = path.dirname(file);
    graph[from] ??= new Set();
    for (const dep of deps) if (path.dirname(dep) !== from) graph[from].add(path.dirname(dep));
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
  const folderCircles = circles(folders(files));
  console.log(`\n${skipTypeImports ? 'Value imports only' : 'All imports (type imports included)'}: ${Object.keys(files).length} files, ${edges} imports`);
  console.log(`  file circles: ${fileCircles.length}${fileCircles.length ? ` (${fileCircles.reduce((n, c) => n + c.length, 0)} files in them)` : ''}`);
  for (const c of fileCircles) console.log(`    ${c.length} files: ${c.join(' ')}`);
  console.log(`  folder circles: ${folderCircles.length}`);
  for (const c of folderCircles) console.log(`    ${c.join(' ')}`);
  failed ||= fileCircles.length + folderCircles.length > 0;
}
process.exit(failed ? 1 : 0);
