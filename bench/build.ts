// Full build from the mirror into a temporary file: wall time, CPU time and peak memory of the
// build and every process it starts (treeUsage.ts). Run in its own process by bench/run.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../src/pipeline/build.ts';
import { mirrorDir, sourcesDir } from '../src/config.ts';
import { exitedChildrenCpuSeconds, watchTreeMemory } from './treeUsage.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'airank-bench-'));
const cpu = process.cpuUsage();
const childCpu = exitedChildrenCpuSeconds();
const memory = watchTreeMemory();
try {
  const summary = await build({ dbPath: path.join(dir, 'bench.sqlite'), sourcesDir: sourcesDir(), mirror: mirrorDir() });
  const { user, system } = process.cpuUsage(cpu);
  // Before the sampler exits: its own time is not the build's.
  const cpuSeconds = (user + system) / 1e6 + exitedChildrenCpuSeconds() - childCpu;
  const peak = await memory.stop();
  console.log(
    JSON.stringify({
      seconds: summary.seconds,
      cpuSeconds,
      peakMb: peak.rss,
      // The same with the pages the processes share counted once (treeUsage.ts).
      peakMemoryMb: peak.memory,
      // This process's own peak, without its children's.
      ownPeakMb: process.resourceUsage().maxRSS / 1024,
      papers: summary.papers,
      authorships: summary.authorships,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
