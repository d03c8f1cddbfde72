// Full build from the mirror into a temporary file: wall time and peak memory.
// Run in its own process by bench/run.ts so the peak RSS is the build's alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../src/pipeline/build.ts';
import { mirrorDir, sourcesDir } from '../src/config.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'airank-bench-'));
const cpu = process.cpuUsage();
try {
  const summary = await build({ dbPath: path.join(dir, 'bench.sqlite'), sourcesDir: sourcesDir(), mirror: mirrorDir() });
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const { user, system } = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({ seconds: summary.seconds, cpuSeconds: (user + system) / 1e6, peakMb, papers: summary.papers, authorships: summary.authorships }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
