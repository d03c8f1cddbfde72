// The journal's cost in ack times (not a test): runs bench/slackLoad.ts in alternating
// pairs, journal off then on, and prints the medians (with the range) of each as the
// README's "Journal on and off" table, ready to paste, with the load average around the runs.
// Run: npx tsx bench/slackLoadPairs.ts [pairs, default 6] [N ...] (N: commands per burst,
// default 200 and 500). Each run prints its own figures too, as slackLoad.ts does.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunResult } from './slackLoad.ts';

const LOAD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'slackLoad.ts');
type Mode = 'off' | 'on';

/** One slackLoad.ts run; its figures per burst size, and the 1-minute load average before and after. */
async function runOnce(mode: Mode, counts: number[]): Promise<{ results: RunResult[]; load: number[] }> {
  const before = loadavg()[0];
  const proc = spawn(process.execPath, ['--import', 'tsx', LOAD_SCRIPT, ...counts.map(String)], {
    env: { ...process.env, BENCH_JOURNAL: mode, BENCH_RESULT_LINE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise((resolve) => proc.once('exit', resolve));
  const results = out
    .split('\n')
    .filter((l) => l.startsWith('result '))
    .map((l) => JSON.parse(l.slice('result '.length)) as RunResult)
    .filter((r) => counts.includes(r.n));
  const summary = results.map(
    (r) => `${r.n}: p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms${r.late ? `, ${r.late} over 3 s` : ''}${r.once ? '' : ', NOT all answered once'}`,
  );
  console.log(
    `journal ${mode}: ${summary.join('; ') || 'no figures (the run failed)'} (load average ${before.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after)`,
  );
  return { results, load: [before, loadavg()[0]] };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')}`;
const spread = (xs: number[]) => `${ms(median(xs))} ms (${ms(Math.min(...xs))}-${ms(Math.max(...xs))})`;

const [pairsArg, ...countArgs] = process.argv.slice(2).map(Number);
const pairs = Number.isInteger(pairsArg) && pairsArg > 0 ? pairsArg : 6;
const counts = countArgs.filter((n) => Number.isInteger(n) && n > 0);
if (counts.length === 0) counts.push(200, 500);

const runs: Record<Mode, RunResult[][]> = { off: [], on: [] };
const loads: number[] = [];
for (let i = 0; i < pairs; i++) {
  for (const mode of ['off', 'on'] as const) {
    const { results, load } = await runOnce(mode, counts);
    runs[mode].push(results);
    loads.push(...load);
  }
}

const rows: string[][] = [['Commands', 'journal', 'ack p50', 'ack p99', 'acks over 3 s', 'all answered exactly once']];
const medians = new Map<string, { p50: number; p99: number }>();
for (const n of counts) {
  for (const mode of ['off', 'on'] as const) {
    const of = runs[mode].map((r) => r.find((x) => x.n === n)).filter((r): r is RunResult => r !== undefined);
    const total = runs[mode].length;
    if (of.length === 0) {
      rows.push([String(n), mode, 'no figures', '', '', `0/${total} runs`]);
      continue;
    }
    const late = of.filter((r) => r.late > 0);
    const lateText = `${late.length} run${late.length === 1 ? '' : 's'} of ${total}${late.length ? ` (${late.map((r) => r.late).join(' and ')} acks)` : ''}`;
    rows.push([String(n), mode, spread(of.map((r) => r.p50)), spread(of.map((r) => r.p99)), lateText, `${of.filter((r) => r.once).length}/${total} runs`]);
    medians.set(`${n} ${mode}`, { p50: median(of.map((r) => r.p50)), p99: median(of.map((r) => r.p99)) });
  }
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(
  `\n${pairs} alternating off/on pairs, load average ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} around the runs; medians with the range:\n`,
);
console.log(line(rows[0]));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows.slice(1)) console.log(line(r));
// Each pair's own ratio too: the load drifts between pairs far more than within one.
const ratios = counts.flatMap((n) => {
  const off = medians.get(`${n} off`);
  const on = medians.get(`${n} on`);
  if (!off || !on) return [];
  const paired = (p: 'p50' | 'p99') =>
    median(
      runs.on.flatMap((r, i) => {
        const a = r.find((x) => x.n === n);
        const b = runs.off[i].find((x) => x.n === n);
        return a && b ? [a[p] / b[p]] : [];
      }),
    );
  return [
    `${n}: ${(on.p50 / off.p50).toFixed(2)}x at p50, ${(on.p99 / off.p99).toFixed(2)}x at p99 (median of the pairs' own ratios: ${paired('p50').toFixed(2)}x, ${paired('p99').toFixed(2)}x)`,
  ];
});
console.log(`\nJournal on / off, medians: ${ratios.join('; ')}`);
