// The proposal store under writers in several processes at once (the bot and the terminal,
// or two bots): every proposal is kept, each with its own number, and survives reopening.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ProposalStore } from '../../src/corrections/store.ts';
import { tempDir } from '../helpers/tempDir.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./helpers/proposeMany.ts', import.meta.url));
const dir = tempDir('airank-store-');

describe('proposal store', () => {
  it('keeps every proposal from three processes writing at once', async () => {
    const file = path.join(dir, 'corrections.sqlite');
    await (await ProposalStore.open(file)).close(); // created once, so the writers race on rows, not on the schema
    const per = 40;
    await Promise.all(['a', 'b', 'c'].map((tag) => run(process.execPath, ['--import', 'tsx', script, file, tag, String(per)], { cwd: process.cwd() })));
    const store = await ProposalStore.open(file);
    try {
      const all = await store.list('pending');
      expect(all).toHaveLength(3 * per);
      expect(new Set(all.map((p) => p.id)).size).toBe(3 * per);
      for (const tag of ['a', 'b', 'c']) {
        expect(
          all
            .filter((p) => p.slackUser === `U${tag}`)
            .map((p) => p.other)
            .sort(),
        ).toEqual(Array.from({ length: per }, (_, i) => `${tag} lab ${i}`).sort());
      }
      expect(await store.journalMode()).toBe('wal');
    } finally {
      await store.close();
    }
  }, 60_000);

  it('a decision is recorded once: a decided proposal cannot be decided again', async () => {
    const store = await ProposalStore.open(path.join(dir, 'decide.sqlite'));
    try {
      const p = await store.propose({
        conference: 'icml',
        year: 2020,
        sourceId: 'P3',
        title: 'Paper P3',
        position: 2,
        author: 'Gus',
        currentInstitution: null,
        currentBasis: '"Nowhere Lab"',
        institution: 'riken',
        other: null,
        evidence: 'https://example.org/p3.pdf',
        slackUser: 'U2',
        slackName: 'desk',
        lang: 'en',
        snapshot: null,
      });
      expect(await store.decide(p.id, { status: 'rejected', by: 'ed', why: 'no', notice: 'n' })).toBe(true);
      expect(await store.decide(p.id, { status: 'accepted', by: 'ed', notice: 'n' })).toBe(false);
      expect(await store.get(p.id)).toMatchObject({ status: 'rejected', why: 'no', noticeState: 'pending' });
    } finally {
      await store.close();
    }
  });
});
