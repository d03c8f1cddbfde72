// `airank corrections`: listing, accepting (curated ids only; "other" names need --as once
// curated), rejecting with a reason into the rejected log, and the notice kept pending
// when no Slack token is set.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { correctionsCommand } from '../../src/cli/correctionsCommand.ts';
import { loadCorrections, loadRejected } from '../../src/corrections/entry.ts';
import { ProposalStore } from '../../src/corrections/store.ts';
import { createFixtureDatabase, FIXTURE_INSTITUTIONS } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { proposal } from './helpers/proposal.ts';

const dir = tempDir('airank-review-');
const dataDir = path.join(dir, 'data');
const dbPath = path.join(dir, 'airank.sqlite');
const storePath = path.join(dir, 'corrections.sqlite');

async function cli(...args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const flags = Object.fromEntries(args.filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')));
  const code = await correctionsCommand(
    args.filter((a) => !a.startsWith('--')),
    { ...flags, by: 'editor', dataDir, dbPath, storePath, env: {}, out: (l) => lines.push(l) },
  );
  return { code, text: lines.join('\n') };
}

let ids: number[] = [];

beforeAll(async () => {
  mkdirSync(dataDir);
  writeFileSync(path.join(dataDir, 'institutions.json'), JSON.stringify(FIXTURE_INSTITUTIONS));
  for (const f of ['overrides.json', 'names-by-country.json']) writeFileSync(path.join(dataDir, f), '{}');
  await createFixtureDatabase(dbPath);
  const store = await ProposalStore.open(storePath);
  ids = [
    (await store.propose(proposal({}))).id,
    (await store.propose(proposal({ institution: null, other: 'Invented Institute of Things' }))).id,
    (await store.propose(proposal({ sourceId: 'P4', title: 'Paper P4', position: 2, author: 'Hao', currentInstitution: 'tsinghua', institution: 'riken' }))).id,
    (await store.propose(proposal({ sourceId: 'P404', title: 'Gone', position: 1 }))).id,
  ];
  await store.close();
});

describe('airank corrections', () => {
  it('lists the pending proposals with what they would change', async () => {
    const { code, text } = await cli();
    expect(code).toBe(0);
    expect(text).toMatch(/Pending correction proposals: 4/);
    expect(text).toMatch(/Kim \(1\).*google: e-mail domain google\.com.*mit.*printed on the paper/);
    expect(text).toMatch(/other: "Invented Institute of Things"/);
  });

  it('accepts into data/corrections.json, and keeps the notice pending without a Slack token', async () => {
    const { code, text } = await cli('accept', String(ids[0]));
    expect(code).toBe(0);
    expect(text).toMatch(/Accepted #\d+ as correction #1 in data\/corrections\.json/);
    expect(text).toMatch(/Slack notice pending .*SLACK_BOT_TOKEN is not set/);
    expect(loadCorrections(dataDir)).toEqual([
      expect.objectContaining({
        id: 1,
        paper: 'P5',
        position: 1,
        author: 'Kim',
        institution: 'mit',
        acceptedBy: 'editor',
        proposedBy: 'reporter (Slack U1)',
        proposal: ids[0],
      }),
    ]);
    expect((await cli('accept', String(ids[0]))).text).toMatch(/already accepted by editor/);
  });

  it('refuses an uncurated name until it is curated, then accepts it --as the curated id', async () => {
    const refused = await cli('accept', String(ids[1]));
    expect(refused.code).toBe(2);
    expect(refused.text).toMatch(/not in the curated list: "Invented Institute of Things".*--as/);
    expect((await cli('accept', String(ids[1]), '--as=invented-institute')).text).toMatch(/"invented-institute" is not a curated institution id/);
    expect(loadCorrections(dataDir)).toHaveLength(1);
  });

  it('refuses a slot the current database does not have', async () => {
    const { code, text } = await cli('accept', String(ids[3]));
    expect(code).toBe(2);
    expect(text).toMatch(/Kim \(author 1\) on "Gone".*is not in the current database/);
  });

  it('rejects only with a reason, into the rejected log', async () => {
    expect((await cli('reject', String(ids[2]))).text).toMatch(/reject needs a reason: --why/);
    const { code, text } = await cli('reject', String(ids[2]), '--why=The paper prints Tsinghua University');
    expect(code).toBe(0);
    expect(text).toMatch(/Rejected #\d+; recorded in data\/corrections-rejected\.json/);
    expect(loadRejected(dataDir)).toEqual([
      expect.objectContaining({ proposal: ids[2], author: 'Hao', institution: 'riken', why: 'The paper prints Tsinghua University', rejectedBy: 'editor' }),
    ]);
    expect((await cli()).text).toMatch(/Pending correction proposals: 2[\s\S]*2 decision notices not yet delivered/);
  });

  it('an accept interrupted after the store decided (before the file was written) is finished by running it again, once', async () => {
    const store = await ProposalStore.open(storePath);
    const id = (
      await store.propose(proposal({ sourceId: 'P6', title: 'Paper P6', position: 1, author: 'Mei', currentInstitution: 'utokyo', institution: 'riken' }))
    ).id;
    expect(await store.decide(id, { status: 'accepted', by: 'editor', notice: null })).toBe(true);
    await store.close();
    expect(loadCorrections(dataDir).filter((c) => c.proposal === id)).toHaveLength(0);
    expect((await cli('accept', String(id))).code).toBe(0);
    expect((await cli('accept', String(id))).text).toMatch(/already accepted/);
    expect(loadCorrections(dataDir).filter((c) => c.proposal === id)).toEqual([expect.objectContaining({ institution: 'riken', acceptedBy: 'editor' })]);
  });

  it('unknown actions and missing numbers get a usage line', async () => {
    expect((await cli('approve', '1')).text).toMatch(/unknown action "approve"/);
    expect((await cli('accept')).text).toMatch(/give the proposal number/);
    expect((await cli('accept', '999')).text).toMatch(/No proposal #999/);
  });
});
