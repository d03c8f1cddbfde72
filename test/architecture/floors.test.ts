// The floors of src/ (eslint.config.js FLOORS, README "Architecture"): every import, type
// imports included, goes to the importer's own room or a room on a lower floor, and no files
// import each other in a circle. Reads the import statements themselves, so it holds for any
// import lint might not see (a dynamic import, a path that goes up and down again).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOORS } from '../../eslint.config.js';
import { PROJECT_ROOT } from '../../src/config.ts';
import { circles } from '../../scripts/importCircles.ts';

const SRC = path.join(PROJECT_ROOT, 'src');

/** Every .ts file under src/, relative to it, with the src files it imports. */
function importGraph(): Record<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const graph: Record<string, string[]> = {};
  for (const file of files) {
    const text = readFileSync(path.join(SRC, file), 'utf8');
    const specs = [...text.matchAll(/(?:^|\s)(?:import|export)\s[^'";]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm)].map(
      (m) => m[1] ?? m[2] ?? m[3],
    );
    graph[file] = specs.filter((s) => s.startsWith('.')).map((s) => path.relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), s)));
  }
  return graph;
}

/** Imports from a file in a sub-folder to a file of a folder above it: a folder's own files may use its sub-folders, never the reverse. */
export function parentImports(graph: Record<string, string[]>): string[] {
  return Object.entries(graph).flatMap(([file, deps]) =>
    deps.filter((dep) => !dep.startsWith('..') && path.dirname(file).startsWith(path.dirname(dep) + path.sep)).map((dep) => `${file} → ${dep}`),
  );
}

/** Circles between folders, each file counted in its own folder. */
export function folderCircles(graph: Record<string, string[]>): string[][] {
  const folders: Record<string, string[]> = {};
  for (const [file, deps] of Object.entries(graph))
    (folders[path.dirname(file)] ??= []).push(...deps.filter((d) => !d.startsWith('..')).map((d) => path.dirname(d)));
  return circles(folders).filter((c) => c.length > 1);
}

const roomOf = (file: string) => (file.includes(path.sep) ? file.split(path.sep)[0] : file.replace(/\.ts$/, ''));

/** Imports that go to a room on the importer's floor or above; outside src/ only eval/ is refused. */
export function floorBreaks(graph: Record<string, string[]>, floors: string[][]): string[] {
  const floorOf = (room: string) => floors.findIndex((f) => f.includes(room));
  const breaks: string[] = [];
  for (const [file, deps] of Object.entries(graph)) {
    const from = roomOf(file);
    for (const dep of deps) {
      if (dep.startsWith('..')) {
        if (dep.startsWith(`..${path.sep}eval`)) breaks.push(`${file} → ${dep} (eval/)`);
        continue; // data/ files
      }
      const to = roomOf(dep);
      if (to === from) continue;
      if (floorOf(from) < 0 || floorOf(to) < 0) breaks.push(`${file} → ${dep} (a room on no floor)`);
      else if (floorOf(to) >= floorOf(from)) breaks.push(`${file} → ${dep} (floor ${floorOf(from) + 1} to ${floorOf(to) + 1})`);
    }
  }
  return breaks;
}

describe('the floors of src/', () => {
  const graph = importGraph();

  it('reads the imports of every file', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(200);
    expect(graph['query/openAsker.ts']).toContain(path.join('db', 'open.ts'));
  });

  it('has every room on a floor and every import going down', () => {
    const rooms = new Set(Object.keys(graph).map(roomOf));
    expect([...rooms].filter((r) => !FLOORS.flat().includes(r))).toEqual([]);
    expect(floorBreaks(graph, FLOORS)).toEqual([]);
  });

  it('finds an import that goes up or sideways', () => {
    const broken = {
      ...graph,
      'query/answer.ts': [...graph['query/answer.ts'], path.join('render', 'text.ts')],
      'link/linkStep.ts': [path.join('query', 'model', 'types.ts')],
    };
    expect(floorBreaks(broken, FLOORS).sort()).toEqual([
      'link/linkStep.ts → query/model/types.ts (floor 5 to 5)',
      'query/answer.ts → render/text.ts (floor 5 to 7)',
    ]);
  });

  it('has no circle of files, and none of rooms, importing each other', () => {
    expect(circles(graph)).toEqual([]);
    const rooms: Record<string, string[]> = {};
    for (const [file, deps] of Object.entries(graph)) (rooms[roomOf(file)] ??= []).push(...deps.filter((d) => !d.startsWith('..')).map(roomOf));
    expect(circles(rooms).filter((c) => c.length > 1)).toEqual([]);
  });

  it('has no folder importing its parent, and no circle of folders', () => {
    expect(parentImports(graph)).toEqual([]);
    expect(folderCircles(graph)).toEqual([]);
  });

  it('finds a folder importing its parent, and a circle of folders', () => {
    const broken = { ...graph, 'query/model/types.ts': [...graph['query/model/types.ts'], path.join('query', 'answer.ts')] };
    expect(parentImports(broken)).toContain(`query/model/types.ts → ${path.join('query', 'answer.ts')}`);
    expect(folderCircles(broken)).toContainEqual(expect.arrayContaining(['query', path.join('query', 'model')]));
  });

  it('finds a circle', () => {
    expect(circles({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] })).toEqual([['a', 'b', 'c']]);
    expect(circles({ ...graph, 'db/open.ts': [...graph['db/open.ts'], 'query/openAsker.ts'] }).flat()).toContain('db/open.ts');
  });
});
