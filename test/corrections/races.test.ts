// Two terminals at once (issue 22): `accept N` and `reject N` racing for the same
// proposals give exactly one decision each, and data/corrections.json and
// data/corrections-rejected.json agree with the store; two `notify` runs at once send each
// decision notice once.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorrections, loadRejected } from '../../src/corrections/entry.ts';
import { ProposalStore } from '../../src/corrections/store.ts';
import { createFixtureDatabase, FIXTURE_INSTITUTIONS } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { proposal } from './helpers/proposal.ts';
import { FakeSlack } from '../slack/helpers/fakeSlack.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./helpers/reviewMany.ts', import.meta.url));
const dir = tempDir('airank-races-');
const dataDir = path.join(dir, 'data');
const dbPath = path.join(dir, 'airank.sqlite');
const storePath = path.join(dir, 'corrections.sqlite');
const COUNT = 20;
const INSTITUTIONS = ['mit', 'stanford', 'tsinghua', 'riken', 'utokyo'];
const ids: number[] = [];
let slack: FakeSlack;

beforeAll(async () => {
  mkdirSync(dataDir);
  writeFileSync(path.join(dataDir, 'institutions.json'), JSON.stringify(FIXTURE_INSTITUTIONS));
  for (const f of ['overrides.json', 'names-by-country.json']) writeFileSync(path.join(dataDir, f), '{}');
  await createFixtureDatabase(dbPath);
  const store = await ProposalStore.open(storePath);
  for (let i = 0; i < COUNT; i++) {
    const p = await store.propose(
      proposal({ institution: INSTITUTIONS[i % INSTITUTIONS.length], evidence: `https://example.org/${i}`, slackUser: `U${i}`, slackName: null }),
    );
    ids.push(p.id);
  }
  await store.close();
  slack = new FakeSlack();
  await slack.start();
}, 60_000);

afterAll(async () => {
  await slack.stop();
});

/** Runs reviewMany.ts in `processes`, all starting their work at the same instant. */
async function together(runs: Array<{ action: string; ids: number[]; apiUrl?: string }>): Promise<void> {
  const startAt = Date.now() + 6000; // after both have loaded (a hang guard on a loaded machine, not a timing check)
  await Promise.all(
    runs.map((r) =>
      run(process.execPath, ['--import', 'tsx', script, storePath, dataDir, dbPath, r.action, String(startAt), r.apiUrl ?? '-', ...r.ids.map(String)], {
        cwd: process.cwd(),
      }),
    ),
  );
}

describe('two editors at once', () => {
  it('accept and reject racing over 20 proposals: one decision each, and the files agree with the store', async () => {
    await together([
      { action: 'accept', ids },
      { action: 'reject', ids },
    ]);
    const store = await ProposalStore.open(storePath);
    const all = await store.list();
    await store.close();
    expect(all.filter((p) => p.status === 'pending')).toEqual([]);
    const accepted = all
      .filter((p) => p.status === 'accepted')
      .map((p) => p.id)
      .sort((a, b) => a - b);
    const rejected = all
      .filter((p) => p.status === 'rejected')
      .map((p) => p.id)
      .sort((a, b) => a - b);
    const inCorrections = loadCorrections(dataDir)
      .map((c) => c.proposal!)
      .sort((a, b) => a - b);
    const inRejected = loadRejected(dataDir)
      .map((r) => r.proposal)
      .sort((a, b) => a - b);
    expect(inCorrections).toEqual(accepted);
    expect(inRejected).toEqual(rejected);
    // Each accepted entry records the store's decision, and its notice names its correction.
    for (const c of loadCorrections(dataDir)) {
      const p = all.find((x) => x.id === c.proposal)!;
      expect([c.acceptedBy, c.institution, p.correctionId]).toEqual([p.decidedBy, p.institution, c.id]);
      expect(p.notice).toContain(`#${c.id}`);
    }
  }, 120_000);

  it('two notify runs at once send each decision notice once', async () => {
    const store = await ProposalStore.open(storePath);
    const notices = (await store.pendingNotices()).map((p) => p.notice);
    await store.close();
    expect(notices).toHaveLength(COUNT);
    await together([
      { action: 'notify', ids: [], apiUrl: slack.apiUrl },
      { action: 'notify', ids: [], apiUrl: slack.apiUrl },
    ]);
    const sent = slack.to('/api/chat.postMessage').map((r) => String(r.body.text));
    expect(sent.sort()).toEqual([...notices].sort());
    const after = await ProposalStore.open(storePath);
    expect(await after.pendingNotices()).toEqual([]);
    await after.close();
  }, 120_000);
});
