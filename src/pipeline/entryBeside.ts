// Starts a module beside the calling one as a worker thread or a child process: `<name>.ts`
// when the caller runs from sources (under tsx or vitest, through tsx's loader), `<name>.js`
// when compiled (scripts/compile.js makes each such module an entry of its own in dist/).
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The module `name` beside the module at `callerUrl`, with the caller's extension. */
function entryBeside(name: string, callerUrl: string): URL {
  return new URL(`./${name}${path.extname(fileURLToPath(callerUrl))}`, callerUrl);
}

const fromSources = (entry: URL) => entry.pathname.endsWith('.ts');
const tsxLoader = () => pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export function startWorker(name: string, callerUrl: string, workerData: unknown): Worker {
  const entry = entryBeside(name, callerUrl);
  if (!fromSources(entry)) return new Worker(entry, { workerData });
  // A worker inherits no loader registered in-process (vitest's), so it imports tsx's own.
  const tsxApi = new URL('./esm/api/index.mjs', tsxLoader()).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => m.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(tsxApi)}))`;
  return new Worker(code, { eval: true, workerData });
}

/** A child process on the module, messages structured-cloned both ways. */
export function startProcess(name: string, callerUrl: string): ChildProcess {
  const entry = entryBeside(name, callerUrl);
  return fork(fileURLToPath(entry), [], {
    execArgv: fromSources(entry) ? ['--import', tsxLoader()] : [],
    serialization: 'advanced',
    stdio: 'inherit',
  });
}
