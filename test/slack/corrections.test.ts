// A correction end to end against the fake Slack: `papers Google 2024` → "Propose a
// correction" → modal (slot picked, institution searched) → submission stored → accepted in
// the terminal (the proposer gets a DM) → fixture database rebuilt → the figure changed and
// the footer says editors corrected it. Also: bad input in the modal, concurrent proposals.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctionsCommand } from '../../src/cli/correctionsCommand.ts';
import { loadCorrections } from '../../src/corrections/entry.ts';
import { FiguresLookup } from '../../src/corrections/figuresLookup.ts';
import { ProposalStore } from '../../src/corrections/store.ts';
import type { Asker } from '../../src/query/asker.ts';
import { openAsker } from '../../src/query/openAsker.ts';
import { createApp, type AirankApp } from '../../src/slack/app.ts';
import { ACTION_INSTITUTION, ACTION_PICK_SLOT } from '../../src/slack/listeners/corrections/modal.ts';
import { offerSlot } from '../../src/slack/listeners/corrections/offeredSlot.ts';
import { ACTION_PROPOSE } from '../../src/slack/render/buttons.ts';
import { createFixtureDatabase, FIXTURE_INSTITUTIONS } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { FakeSlack, type Recorded } from './helpers/fakeSlack.ts';
import { selectInView, submission, suggestion } from './helpers/modal.ts';
import { buttonClick, post, SECRET, slashCommand } from './helpers/signed.ts';
import { limitViolations, visibleText } from './helpers/slackLimits.ts';

const dir = tempDir('airank-slack-corrections-');
const dbFile = path.join(dir, 'airank.sqlite');
const dataDir = path.join(dir, 'data');
const storeFile = path.join(dir, 'corrections.sqlite');

/** The bot's Asker, reopened after a rebuild as a restarted bot would. */
class ReopeningAsker implements Asker {
  private inner = openAsker(dbFile);
  ask(text: string, options?: { offset?: number }) {
    return this.inner.ask(text, options);
  }
  reopen() {
    this.inner.close();
    this.inner = openAsker(dbFile);
  }
  close() {
    this.inner.close();
  }
}

let slack: FakeSlack;
let bot: AirankApp;
let port: number;
let asker: ReopeningAsker;
let store: ProposalStore;
let figures: FiguresLookup;
let seq = 0;

beforeAll(async () => {
  await createFixtureDatabase(dbFile);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dataDir);
  writeFileSync(path.join(dataDir, 'institutions.json'), JSON.stringify(FIXTURE_INSTITUTIONS));
  for (const f of ['overrides.json', 'names-by-country.json']) writeFileSync(path.join(dataDir, f), '{}');
  slack = new FakeSlack();
  await slack.start();
  asker = new ReopeningAsker();
  store = await ProposalStore.open(storeFile);
  figures = new FiguresLookup(dbFile);
  bot = createApp({ asker, botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: slack.apiUrl, corrections: { store, figures } });
  port = await bot.start(0);
});

afterAll(async () => {
  await bot.stop();
  await slack.stop();
  asker.close();
  await store.close();
  figures.close();
});

async function command(text: string): Promise<Recorded> {
  const id = `c${++seq}`;
  await post(port, slashCommand(text, slack.responseUrl(id)));
  const [answer] = await slack.waitFor(`/response/${id}`);
  return answer;
}

async function openModal(question: string): Promise<any> {
  const answer = await command(question);
  const actions = (answer.body.blocks as any[]).find((b) => b.type === 'actions');
  const btn = actions.elements.find((e: any) => e.action_id === ACTION_PROPOSE);
  const opened = slack.to('/api/views.open').length;
  await post(port, buttonClick(ACTION_PROPOSE, btn.value, slack.responseUrl(`b${++seq}`)));
  const calls = await slack.waitFor('/api/views.open', opened + 1);
  return calls[calls.length - 1].body.view;
}

const kimOption = (view: any) => view.blocks.find((b: any) => b.block_id === 'slot').element.options.find((o: any) => o.text.text.startsWith('Kim'));

/** Field values as Slack puts them in view.state. */
function values(f: { slot?: string; institution?: string; other?: string; evidence?: string }) {
  return {
    slot: { [ACTION_PICK_SLOT]: { type: 'static_select', selected_option: f.slot ? { text: { type: 'plain_text', text: 'x' }, value: f.slot } : null } },
    institution: {
      [ACTION_INSTITUTION]: {
        type: 'external_select',
        selected_option: f.institution ? { text: { type: 'plain_text', text: 'x' }, value: f.institution } : null,
      },
    },
    other: { other: { type: 'plain_text_input', value: f.other ?? null } },
    evidence: { evidence: { type: 'plain_text_input', value: f.evidence ?? null } },
  };
}

/** Slack's modal limits: 100 blocks, 24-character titles, 100 options of 75 characters with 150-character values. */
function modalLimitViolations(view: any): string[] {
  const v: string[] = [];
  if (view.blocks.length > 100) v.push('blocks');
  for (const key of ['title', 'submit', 'close']) if (view[key] && view[key].text.length > 24) v.push(key);
  if ((view.private_metadata ?? '').length > 3000) v.push('private_metadata');
  for (const b of view.blocks) {
    const options = b.element?.options ?? [];
    if (options.length > 100) v.push(`${b.block_id}: options`);
    for (const o of options) if (o.text.text.length > 75 || o.value.length > 150) v.push(`${b.block_id}: option ${o.value}`);
    if (b.text && b.text.text.length > 3000) v.push(`${b.block_id}: text`);
  }
  return v;
}

async function submit(view: any, f: Parameters<typeof values>[0], user = 'U1'): Promise<any> {
  const res = await post(port, submission(view, values(f), user));
  expect(res.status).toBe(200);
  return JSON.parse(res.body);
}

describe('proposing a correction from Slack', () => {
  it('end to end: drill-down → modal → store → accept → rebuild → figure and footer', async () => {
    const before = await command('compare Google MIT 2024');
    const row = (m: Recorded) => (m.body.blocks as any[]).find((b) => b.type === 'table').rows[1].map((c: any) => c.text);
    // Counts and ×growth per group (shares are in the CSV).
    expect(row(before).slice(1, 5)).toEqual(['1', expect.any(String), '1', expect.any(String)]);
    expect(visibleText(before.body as any)).not.toMatch(/corrected by editors/);
    // The button is offered on drill-downs only.
    const buttons = (m: Recorded) => ((m.body.blocks as any[]).find((b) => b.type === 'actions')?.elements ?? []).map((e: any) => e.action_id);
    expect(buttons(before)).not.toContain(ACTION_PROPOSE);
    const drill = await command('papers Google 2024');
    expect(buttons(drill)).toContain(ACTION_PROPOSE);
    expect(limitViolations(drill.body as any)).toEqual([]);

    const view = await openModal('papers Google 2024');
    expect(modalLimitViolations(view)).toEqual([]);
    const kim = kimOption(view);
    // The option value is the slot, signed so a submission can name only an offered slot.
    expect(kim.value).toMatch(/^[0-9a-f]{16}\.neurips\|2024\|1\|P5$/);

    // Picking the slot shows today's institution and why.
    const updates = slack.to('/api/views.update').length;
    await post(port, selectInView(view, ACTION_PICK_SLOT, 'slot', kim));
    const [update] = (await slack.waitFor('/api/views.update', updates + 1)).slice(-1);
    expect(modalLimitViolations(update.body.view)).toEqual([]);
    const details = JSON.stringify((update.body.view as any).blocks);
    expect(details).toMatch(/\*Today:\* Google/);
    expect(details).toMatch(/\*Why:\* e-mail domain google\.com; profile \/ domain/);
    expect(update.body.view_id).toBe('V1');

    // The institution picker searches the curated list.
    const found = await post(port, suggestion(ACTION_INSTITUTION, 'institution', 'massach', view));
    expect(JSON.parse(found.body).options.map((o: any) => o.value)).toEqual(['mit']);

    const done = await submit(view, { slot: kim.value, institution: 'mit', evidence: 'printed on the paper' });
    expect(done.response_action).toBe('update');
    expect(modalLimitViolations(done.view)).toEqual([]);
    const [proposal] = await store.list('pending');
    expect(proposal).toMatchObject({
      slackUser: 'U1',
      author: 'Kim',
      position: 1,
      sourceId: 'P5',
      institution: 'mit',
      currentInstitution: 'google',
      evidence: 'printed on the paper',
    });
    expect(done.view.blocks[0].text.text).toMatch(new RegExp(`Proposal #${proposal.id} recorded`));

    // Accepted in the terminal: data/corrections.json gains the entry, the proposer a DM.
    const out: string[] = [];
    const posts = slack.to('/api/chat.postMessage').length;
    const code = await correctionsCommand(['accept', String(proposal.id)], {
      by: 'editor',
      dataDir,
      dbPath: dbFile,
      storePath: storeFile,
      env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.apiUrl },
      out: (l) => out.push(l),
    });
    expect(code).toBe(0);
    expect(loadCorrections(dataDir)).toEqual([
      expect.objectContaining({ id: 1, paper: 'P5', position: 1, institution: 'mit', acceptedBy: 'editor', proposal: proposal.id }),
    ]);
    const [dm] = (await slack.waitFor('/api/chat.postMessage', posts + 1)).slice(-1);
    expect(dm.body.channel).toBe('D0USER');
    expect(String(dm.body.text)).toMatch(new RegExp(`proposal #${proposal.id} was accepted: Kim .*Massachusetts Institute of Technology`));
    expect(await store.get(proposal.id)).toMatchObject({ status: 'accepted', noticeState: 'sent' });

    // Rebuild (atomically, as the build swaps files) and ask again.
    await createFixtureDatabase(`${dbFile}.new`, { corrections: loadCorrections(dataDir) });
    renameSync(`${dbFile}.new`, dbFile);
    asker.reopen();
    const after = await command('compare Google MIT 2024');
    expect(row(after).slice(1, 5)).toEqual(['0', expect.any(String), '2', expect.any(String)]);
    expect(visibleText(after.body as any)).toMatch(/1 author slot corrected by editors \(see `papers \\"Massachusetts Institute of Technology\\" 2024`/);
    expect(limitViolations(after.body as any)).toEqual([]);
    expect(visibleText((await command('papers MIT 2024')).body as any)).toMatch(/correction #1 \(printed on the paper; accepted by editor/);
  });

  it('bad input gets a clear message next to the field, and nothing is stored', async () => {
    // After the first test's correction, Kim counts under MIT.
    const view = await openModal('papers MIT 2024');
    const kim = kimOption(view);
    const stored = (await store.list()).length;
    const cases: Array<[Parameters<typeof values>[0], Record<string, RegExp>]> = [
      [
        { slot: kim.value, evidence: '' },
        { institution: /Choose the institution from the list/, evidence: /Give the evidence/ },
      ],
      [{ slot: kim.value, institution: 'mit', evidence: 'printed on the paper' }, { institution: /already this slot's institution/ }],
      [{ slot: kim.value, institution: 'nowhere-lab', evidence: 'printed on the paper' }, { institution: /"nowhere-lab" is not in the curated list/ }],
      [{ slot: offerSlot('neurips|2024|9|P5', 'xoxb-test'), institution: 'mit', evidence: 'printed on the paper' }, { slot: /not in the current data/ }],
      // Forged: a real slot the modal did not offer (unsigned, or signed for another slot).
      [{ slot: 'neurips|2024|1|P5', institution: 'stanford', evidence: 'printed on the paper' }, { slot: /from the list this form offers/ }],
      [
        { slot: `${kim.value.slice(0, 16)}.neurips|2024|2|P5`, institution: 'stanford', evidence: 'printed on the paper' },
        { slot: /from the list this form offers/ },
      ],
      [{ slot: kim.value, institution: 'stanford', evidence: 'javascript:alert(1)' }, { evidence: /web link \(https:\/\/…\) or as plain text; "javascript:"/ }],
      [{ slot: kim.value, institution: 'stanford', evidence: 'see ftp://example.org/affiliations.txt' }, { evidence: /"ftp:" links are not accepted/ }],
      [{ institution: 'mit', evidence: 'printed on the paper' }, { slot: /Pick the author slot/ }],
      [{ slot: kim.value, institution: 'stanford', evidence: '   ' }, { evidence: /Give the evidence/ }],
      [{ slot: kim.value, other: 'MIT', evidence: 'printed on the paper' }, { other: /is in the list as Massachusetts Institute of Technology/ }],
      [{ slot: kim.value, institution: 'stanford', other: 'Some Lab', evidence: 'https://example.org/paper.pdf' }, { other: /not both/ }],
      [{ slot: kim.value, institution: 'stanford', evidence: 'https://exa mple' }, { evidence: /not a valid URL/ }],
    ];
    for (const [input, expected] of cases) {
      const res = await submit(view, input);
      expect(res.response_action, JSON.stringify(input)).toBe('errors');
      expect(Object.keys(res.errors).sort()).toEqual(Object.keys(expected).sort());
      for (const [field, message] of Object.entries(expected)) expect(res.errors[field]).toMatch(message);
    }
    expect((await store.list()).length).toBe(stored);

    // A drill-down asked in Chinese opens the form, and answers its errors, in Chinese.
    const zh = await openModal('papers MIT 2024 lang:zh');
    expect(zh.title.text).toBe('提议更正');
    const res = await submit(zh, { slot: kimOption(zh).value, institution: 'stanford', evidence: '' });
    expect(res.errors).toEqual({ evidence: expect.stringMatching(/^请提供依据/) });
  });

  it('concurrent proposals are all stored, each once, and survive a restart of the store', async () => {
    const view = await openModal('papers MIT 2024');
    const kim = kimOption(view);
    const stored = (await store.list()).length;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => submit(view, { slot: kim.value, other: `Invented Lab ${i}`, evidence: `https://example.org/${i}` }, `U${100 + i}`)),
    );
    expect(results.every((r) => r.response_action === 'update')).toBe(true);
    const reopened = await ProposalStore.open(storeFile);
    try {
      const mine = (await reopened.list()).slice(stored);
      expect(mine.map((p) => p.other).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `Invented Lab ${i}`).sort());
      expect(new Set(mine.map((p) => p.id)).size).toBe(12);
      expect(new Set(mine.map((p) => p.slackUser)).size).toBe(12);
    } finally {
      await reopened.close();
    }
    // The same proposal twice is refused while the first awaits review.
    const again = await submit(view, { slot: kim.value, other: 'invented lab 3', evidence: 'printed on the paper' });
    expect(again.errors.slot).toMatch(/already proposes this and awaits review/);
  });
});

describe('text from Slack reaches the reviewing editor clean', () => {
  /** Escape sequences and invisible characters a proposer could type: clear screen, window title, colours, a hyperlink, bidi overrides, zero-width. */
  const HOSTILE = [
    '\x1b[2J\x1b[H',
    '\x1b]0;airank: all clear\x07',
    '\x1b[31m',
    '\x1b[0m',
    '\x1b]8;;https://evil.example\x1b\\',
    '\u202e',
    '\u2066',
    '\u200b',
    '\u009b2J',
    '\x07',
    '\x08',
  ];
  const CONTROLS = /[\p{Cc}\p{Cf}]/u;
  const listed = async () => {
    const out: string[] = [];
    expect(await correctionsCommand([], { storePath: storeFile, env: {}, out: (l) => out.push(l) })).toBe(0);
    return out.join('\n');
  };
  /** Every line but the newlines between them is free of controls and invisible characters. */
  const clean = (text: string) => text.split('\n').every((line) => !CONTROLS.test(line));

  it('escape sequences and bidi overrides typed in Other and evidence are stored and listed without them', async () => {
    const view = await openModal('papers MIT 2024');
    const kim = kimOption(view);
    const other = `Evil${HOSTILE.join('')} Lab \u202eetaviRP`;
    const evidence = `https://example.org/kim${HOSTILE.join('')}\nprinted\u2067 on the paper\x1b[8m hidden`;
    const done = await submit(view, { slot: kim.value, other, evidence });
    expect(done.response_action).toBe('update');
    const [p] = (await store.list('pending')).filter((x) => x.other?.startsWith('Evil'));
    expect(p.other).toBe('Evil Lab etaviRP');
    expect(p.evidence).toBe('https://example.org/kim\nprinted on the paper hidden');
    const out = await listed();
    expect(out).toContain('other: "Evil Lab etaviRP"');
    expect(out).not.toContain('\x1b');
    expect(clean(out)).toBe(true);
  });

  it('text stored before the check (or by another path) is cleaned again when printed: list, accept and reject', async () => {
    const dirty = (s: string) => `${s}${HOSTILE.join('')}`;
    const p = await store.propose({
      conference: 'neurips',
      year: 2024,
      sourceId: 'P5',
      title: dirty('A paper'),
      position: 2,
      author: dirty('Lee'),
      currentInstitution: null,
      currentBasis: dirty('no affiliation'),
      institution: null,
      other: dirty('Stored \u202eLab'),
      evidence: dirty('printed on the paper'),
      slackUser: 'U9',
      slackName: dirty('mallory'),
      lang: 'en',
      snapshot: null,
    });
    const out = await listed();
    expect(out).toContain('mallory');
    expect(out).toContain('other: "Stored Lab"');
    expect(clean(out)).toBe(true);
    // accept prints the stored Other name in its refusal; reject prints nothing stored.
    const lines: string[] = [];
    const run = (args: string[], why?: string) =>
      correctionsCommand(args, { why, by: 'editor', dataDir, dbPath: dbFile, storePath: storeFile, env: {}, out: (l) => lines.push(l) });
    expect(await run(['accept', String(p.id)])).toBe(2);
    expect(lines.join('\n')).toContain('"Stored Lab"');
    expect(await run(['reject', String(p.id)], 'not on the paper')).toBe(0);
    expect(clean(lines.join('\n'))).toBe(true);
  });
});
