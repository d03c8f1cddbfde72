import { describe, expect, it } from 'vitest';
import { RecentIds } from '../../src/slack/dedupe.ts';
import { backoffDelay } from '../../src/slack/socketSupervisor.ts';
import { workerEntry } from '../../src/slack/workers/workerPool.ts';

describe('RecentIds: bounded, time-limited memory of deliveries', () => {
  it('reports a repeat within the TTL, forgets it after', () => {
    let now = 0;
    const ids = new RecentIds(1000, 100, () => now);
    expect(ids.check('Ev1')).toBe(false);
    now = 999;
    expect(ids.check('Ev1')).toBe(true);
    now = 2000;
    expect(ids.check('Ev1')).toBe(false);
  });

  it('never holds more than its bound, dropping the oldest first', () => {
    const ids = new RecentIds(60_000, 3, () => 0);
    for (const id of ['a', 'b', 'c', 'd']) ids.check(id);
    expect(ids.size).toBeLessThanOrEqual(3);
    expect(ids.check('d')).toBe(true);
    expect(ids.check('a')).toBe(false);
  });
});

describe('Socket Mode backoff', () => {
  it('doubles from the first delay and stays under the cap, with jitter', () => {
    const delays = [1, 2, 3, 4, 10, 50].map((n) => backoffDelay(n, { minDelayMs: 100, maxDelayMs: 1000 }));
    expect(delays[0]).toBeGreaterThanOrEqual(80);
    expect(delays[0]).toBeLessThanOrEqual(100);
    expect(delays[2]).toBeGreaterThanOrEqual(320);
    for (const d of delays) expect(d).toBeLessThanOrEqual(1000);
    expect(delays.at(-1)).toBeGreaterThanOrEqual(800);
  });
});

describe('worker entry', () => {
  it('is answerWorker with the extension of the module that starts it, in the same folder', () => {
    const entry = workerEntry();
    expect(entry.pathname.endsWith('/src/slack/workers/answerWorker.ts')).toBe(true);
  });
});
