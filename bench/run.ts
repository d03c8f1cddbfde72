// `npm run bench`: build time and memory, query latency per command type (p50/p99),
// and cold start. Prints figures; asserts nothing (the machines are shared and noisy).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { databasePath } from '../src/config.ts';
import { openAsker } from '../src/query/openAsker.ts';

const tsx = ['--import', 'tsx'];
const runJson = (script: string) => JSON.parse(execFileSync(process.execPath, [...tsx, script], { encoding: 'utf8' }).trim().split('\n').pop()!);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3);
const builds = Array.from({ length: BUILD_RUNS }, () => runJson('bench/build.ts') as { seconds: number; peakMb: number });
const secs = builds.map((b) => b.seconds).sort((a, b) => a - b);
console.log(`build: median ${percentile(secs, 50).toFixed(1)} s over ${BUILD_RUNS} runs (min ${secs[0].toFixed(1)}, max ${secs[secs.length - 1].toFixed(1)}); peak RSS median ${percentile(builds.map((b) => b.peakMb).sort((a, b) => a - b), 50).toFixed(0)} MB; target < 60 s`);

if (!existsSync(databasePath())) execFileSync(process.execPath, [...tsx, 'src/cli/main.ts', 'build'], { stdio: 'inherit' });

const cold = Array.from({ length: 5 }, () => (runJson('bench/coldStart.ts') as { ms: number }).ms).sort((a, b) => a - b);
console.log(`cold start (open database + first answer, in-process): median ${percentile(cold, 50).toFixed(0)} ms, max ${cold[cold.length - 1].toFixed(0)} ms; target < 1000 ms`);

const COMMANDS: Record<string, string[]> = {
  top: ['2024 top10', 'top 100 2020-2024', '2023 top25 fractional', '2022 top10 people neurips main', '2020-2024 top10 people'],
  countries: ['countries 2024', 'countries 2020-2024 papers', 'countries 2023 oral'],
  compare: ['compare US CN', 'compare US CN JP GB DE 2020-2024', 'compare Tsinghua Stanford people'],
  institution: ['Tsinghua', 'rank RIKEN 2024', 'inst "Zhejiang University" fractional', 'JP'],
  papers: ['papers Tsinghua 2024 neurips', 'papers Google 2023'],
  coverage: ['coverage'],
  teamsize: ['teamsize 2020-2024'],
  check: ['check "China had 8,491 authors in 2024"', 'check Google rank 1 2024', 'check "CN grew 8x 2020-2024"', 'check US 14766 2024 top50'],
  help: ['help', 'help compare', 'method'],
  parse_error: ['compre US CN', '2019 top10', 'country:XX top10'],
};
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const asker = openAsker(databasePath());
console.log(`\nquery latency over the full database, ${ITERATIONS} runs per command type (after 5 warm-up runs each):`);
console.log('type          p50 ms   p99 ms   max ms   slowest command (its median)');
for (const [type, texts] of Object.entries(COMMANDS)) {
  for (const t of texts) for (let i = 0; i < 5; i++) asker.ask(t);
  const times: number[] = [];
  const byText = new Map<string, number[]>(texts.map((t) => [t, []]));
  for (let i = 0; i < ITERATIONS; i++) {
    const text = texts[i % texts.length];
    const started = performance.now();
    asker.ask(text);
    const ms = performance.now() - started;
    times.push(ms);
    byText.get(text)!.push(ms);
  }
  times.sort((a, b) => a - b);
  const medians = [...byText].map(([t, ms]) => [t, percentile(ms.sort((a, b) => a - b), 50)] as const).sort((a, b) => b[1] - a[1]);
  console.log(
    `${type.padEnd(12)} ${percentile(times, 50).toFixed(2).padStart(7)}  ${percentile(times, 99).toFixed(2).padStart(7)}  ${times[times.length - 1].toFixed(2).padStart(7)}   ${medians[0][0]} (${medians[0][1].toFixed(1)})`,
  );
}
asker.close();
console.log('target: p99 < 50 ms for every type');
