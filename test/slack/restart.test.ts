// Nothing acked is lost across a restart (issue 22): a real bot process (src/slack/main.ts)
// gets a burst of 100 signed slash commands on loopback and is killed (kill -9) or stopped
// (SIGTERM, with a short drain) in the middle of it. After a restart on the same state,
// every command that was acknowledged is answered (or apologised for) exactly once.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';
import { useBurstRig } from './helpers/botProcess.ts';

const dir = tempDir('airank-restart-state-');
const rig = useBurstRig('airank-restart-');
const N = 100;

/** Commands the stopped process had marked as sending: possibly posted, so never sent again (README, Delivery). */
function midSend(file: string, tag: string): Set<number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(`SELECT response_url FROM journal WHERE state = 'sending'`).all() as Array<{ response_url: string | null }>;
    return new Set(rows.flatMap((r) => (r.response_url?.match(new RegExp(`/response/${tag}\\.(\\d+)\\.`)) ?? []).slice(1).map(Number)));
  } finally {
    db.close();
  }
}

describe('a bot process stopped in a burst of 100 commands', () => {
  it('kill -9: after the restart, every acked command is answered exactly once', async () => {
    const stateUrl = path.join(dir, 'kill.sqlite');
    const first = await rig.bot(stateUrl);
    const sending = rig.burst([first.port], 'kill', N);
    await rig.slack.waitFor('/response/kill.', 5, 30_000);
    first.proc.kill('SIGKILL');
    await first.exited;
    const acked = await sending;
    expect(acked.filter((i) => rig.answersTo('kill', i) === 0).length).toBeGreaterThan(0); // the kill did land mid-burst
    const lost = midSend(stateUrl, 'kill');
    expect(lost.size).toBeLessThanOrEqual(8);
    await rig.bot(stateUrl);
    await rig.expectExactlyOnce('kill', acked.filter((i) => !lost.has(i)), N);
  }, 150_000);

  it('SIGTERM: stops accepting, drains for AIRANK_DRAIN_MS, exits 0; the restart answers what is left, each once', async () => {
    const stateUrl = path.join(dir, 'term.sqlite');
    const first = await rig.bot(stateUrl, { AIRANK_DRAIN_MS: '300' });
    const sending = rig.burst([first.port], 'term', N);
    await rig.slack.waitFor('/response/term.', 5, 30_000);
    first.proc.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const acked = await sending;
    const lost = midSend(stateUrl, 'term');
    expect(lost.size).toBeLessThanOrEqual(8);
    await rig.bot(stateUrl);
    await rig.expectExactlyOnce('term', acked.filter((i) => !lost.has(i)), N);
    expect(first.log.some((l) => l.includes('SIGTERM: no longer accepting requests'))).toBe(true);
  }, 150_000);
});
