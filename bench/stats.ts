// Medians, p99 and the line bench/run.ts prints for a figure next to its floor; GC pauses in the slowest runs.
import { PerformanceObserver } from 'node:perf_hooks';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Runs `fn` `runs` times after `warmup` untimed runs; milliseconds per run (and, into `spans`, when each ran). */
export function timeRuns(fn: () => unknown, runs: number, warmup = 3, spans?: Span[]): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    const ended = performance.now();
    ms.push(ended - started);
    spans?.push([started, ended]);
  }
  return ms;
}

type Span = [start: number, end: number];

/**
 * Garbage-collection pauses from now on, to tell what the slowest runs were: a run that
 * overlapped a pause waited for the collector; one that did not, for the SQL, the code or
 * the machine (another process holding the core).
 */
export function watchGc(): { tail: (spans: Span[]) => Promise<string> } {
  const pauses: Span[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push([e.startTime, e.startTime + e.duration]);
  }).observe({ entryTypes: ['gc'] });
  return {
    /** Of the slowest 1% of runs, how many overlapped a pause (pauses are reported once the event loop turns). */
    async tail(spans) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const slowest = [...spans].sort((a, b) => b[1] - b[0] - (a[1] - a[0])).slice(0, Math.ceil(spans.length / 100));
      const inGc = slowest.filter(([s, e]) => pauses.some(([ps, pe]) => ps < e && pe > s)).length;
      return `slowest 1%: ${inGc} of ${slowest.length} in a GC pause`;
    },
  };
}

type Unit = 'ms' | 's' | 'MB';
const fmt = (n: number, unit: Unit) => (unit === 'MB' ? n.toFixed(0) : unit === 's' || n < 10 ? n.toFixed(2) : n.toFixed(1));

/** One row: the figure's median and p99, its floor's, and the ratio of the medians. */
export function row(label: string, figure: number[], floor: number[], unit: Unit, target = ''): string {
  const cells = [percentile(figure, 50), percentile(figure, 99), percentile(floor, 50), percentile(floor, 99)].map((n) => fmt(n, unit).padStart(8));
  const ratio = `${(percentile(figure, 50) / percentile(floor, 50)).toFixed(1)}x`.padStart(8);
  return `${label.padEnd(46)}${cells.join('')}${ratio}  ${target}`;
}

export function header(unit: Unit): string {
  return `${''.padEnd(46)}${['median', 'p99', 'floor', 'floor', 'ratio'].map((h) => h.padStart(8)).join('')}\n${'figure'.padEnd(46)}${[unit, unit, 'median', 'p99', ''].map((h) => h.padStart(8)).join('')}`;
}
