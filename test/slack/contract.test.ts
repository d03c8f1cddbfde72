// Contract tests: the real HTTP receiver on a loopback port, requests signed like Slack's,
// and a fake Slack recording the response_url posts and Web API calls the bot makes.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '@slack/bolt';
import { ACTION_CHART, ACTION_CSV, ACTION_DETAILS, ACTION_NEXT, ACTION_POST, decodeState } from '../../src/slack/render/buttons.ts';
import { renderDetails } from '../../src/slack/render/details.ts';
import { authorsAt, comparison, FakeAsker, rankingRow } from './helpers/answers.ts';
import { uploadedFile, type Recorded } from './helpers/fakeSlack.ts';
import { useSlackBot } from './helpers/slackBot.ts';
import { buttonClick, mention, post, slashCommand } from './helpers/signed.ts';
import { limitViolations, visibleText } from './helpers/slackLimits.ts';

const logged: string[] = [];
const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (...m) => void logged.push(`WARN ${m.join(' ')}`),
  error: (...m) => void logged.push(`ERROR ${m.join(' ')}`),
  setLevel: () => undefined,
  getLevel: () => 'info' as any,
  setName: () => undefined,
};

const asker = new FakeAsker();
const env = useSlackBot(() => asker, logger);
let seq = 0;

beforeEach(() => {
  env.slack.requests = [];
  asker.calls = [];
  asker.snapshot = 'snap-2025-01-15';
  logged.length = 0;
});

/** Send a slash command and return the single message posted to its response_url. */
async function command(text: string): Promise<{ ack: { status: number; body: string }; answer: Recorded; url: string }> {
  const id = `cmd${++seq}`;
  const url = env.slack.responseUrl(id);
  const ack = await post(env.port, slashCommand(text, url));
  const [answer] = await env.slack.waitFor(`/response/${id}`);
  return { ack, answer, url };
}

function button(answer: Recorded, actionId: string): string {
  const actions = (answer.body.blocks as any[]).find((b) => b.type === 'actions');
  const btn = actions?.elements.find((e: any) => e.action_id === actionId);
  if (!btn) throw new Error(`no ${actionId} button`);
  return btn.value;
}

describe('slash command /airank', () => {
  it('acks with an empty 200 and answers a ranking ephemerally through response_url', async () => {
    const { ack, answer } = await command('2024 top10');
    expect(ack).toEqual({ status: 200, body: '' });
    expect(answer.body.response_type).toBe('ephemeral');
    expect(limitViolations(answer.body as any)).toEqual([]);
    const table = (answer.body.blocks as any[]).find((b) => b.type === 'table');
    expect(table.rows).toHaveLength(11); // header + 10
    expect(table.rows[1][3].text).toBe(authorsAt(0).toLocaleString('en-US'));
    expect(table.rows[10][1].text).toBe(rankingRow(9)[1]); // raw_text: no escaping of & < >
    expect(asker.calls).toEqual([{ text: '2024 top10', options: {} }]);
    // Nothing went through the Web API: the answer is not posted with say()/chat.postMessage.
    expect(env.slack.to('/api/chat.')).toEqual([]);
    const ids = (answer.body.blocks as any[]).find((b) => b.type === 'actions').elements.map((e: any) => e.action_id);
    expect(ids).toEqual([ACTION_POST, ACTION_CSV, ACTION_CHART, ACTION_DETAILS]); // 10 rows fit: no Next
  });

  it('answers a five-country comparison within limits', async () => {
    const { answer } = await command('compare US CN GB DE JP 2020-2024');
    expect(limitViolations(answer.body as any)).toEqual([]);
    const table = (answer.body.blocks as any[]).find((b) => b.type === 'table');
    expect(table.rows).toHaveLength(6);
    expect(table.rows[0]).toHaveLength(15);
    // The hand-built answer's gap has no facts to rank, so it is behind "Caveats & method".
    expect(visibleText(renderDetails(comparison()) as any)).toContain('ICLR 2020: affiliations partly linked');
  });

  it('renders help text as mrkdwn sections and nothing else of a table', async () => {
    const { answer } = await command('');
    expect(asker.calls[0].text).toBe('help');
    const blocks = answer.body.blocks as any[];
    expect(blocks.filter((b) => b.type === 'table')).toEqual([]);
    expect(blocks.some((b) => b.type === 'section' && b.text.text.startsWith('Part 1.'))).toBe(true);
  });

  it('returns a parse error ephemerally with suggestions and an example', async () => {
    const { answer } = await command('toop 2024');
    expect(answer.body.response_type).toBe('ephemeral');
    const text = visibleText(answer.body as any);
    expect(text).toContain('top 10 2024');
    expect(text).toContain('/airank 2024 top10');
  });

  it('apologises with an error id that is also logged, without the stack', async () => {
    const { answer } = await command('boom');
    const text = visibleText(answer.body as any);
    const id = /error id `([0-9a-f]{8})`/.exec(text)?.[1];
    expect(id).toBeDefined();
    expect(text).not.toContain('/secret/path');
    expect(text).not.toContain('at ');
    expect(logged.some((l) => l.includes(`id=${id}`) && l.includes('database is locked'))).toBe(true);
  });
});

describe('buttons', () => {
  it('"Post to channel" posts the same answer visibly, then deletes the ephemeral copy', async () => {
    const { answer } = await command('2024 top10');
    const url = env.slack.responseUrl(`click${++seq}`);
    expect((await post(env.port, buttonClick(ACTION_POST, button(answer, ACTION_POST), url))).status).toBe(200);
    const [visible, deletion] = await env.slack.waitFor(new URL(url).pathname, 2);
    expect(visible.body.response_type).toBe('in_channel');
    expect(visible.body.replace_original).toBe(false);
    const table = (b: Recorded) => (b.body.blocks as any[]).find((x) => x.type === 'table');
    expect(table(visible)).toEqual(table(answer));
    expect(JSON.stringify(visible.body.blocks)).not.toContain(ACTION_POST);
    expect(deletion.body).toEqual({ delete_original: true });
  });

  it('"Post to channel" refuses to post when the data snapshot changed', async () => {
    const { answer } = await command('2024 top10');
    asker.snapshot = 'snap-NEW';
    const url = env.slack.responseUrl(`click${++seq}`);
    await post(env.port, buttonClick(ACTION_POST, button(answer, ACTION_POST), url));
    const [reply] = await env.slack.waitFor(new URL(url).pathname);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.body)).toContain('data were updated');
  });

  it('"Next" replaces the ephemeral answer with the following page', async () => {
    const { answer } = await command('2024 top100');
    expect(limitViolations(answer.body as any)).toEqual([]);
    const value = button(answer, ACTION_NEXT);
    expect(decodeState(value)).toEqual({ q: '2024 top100', o: 50, s: 'snap-2025-01-15' });
    const url = env.slack.responseUrl(`click${++seq}`);
    await post(env.port, buttonClick(ACTION_NEXT, value, url));
    const [page] = await env.slack.waitFor(new URL(url).pathname);
    expect(page.body.replace_original).toBe(true);
    expect(asker.calls.at(-1)).toEqual({ text: '2024 top100', options: { offset: 50 } });
    const table = (page.body.blocks as any[]).find((b) => b.type === 'table');
    expect(table.rows[1][0].text).toBe('51');
    expect(table.rows.at(-1)[0].text).toBe('100');
    expect(JSON.stringify(page.body.blocks)).not.toContain(ACTION_NEXT); // last page
    expect(JSON.stringify(page.body.blocks)).toContain('Rows 51–100 of 100');
  });

  it('"CSV" opens a DM and uploads the full table through the external upload flow', async () => {
    const { answer } = await command('2024 top100');
    const url = env.slack.responseUrl(`click${++seq}`);
    await post(env.port, buttonClick(ACTION_CSV, button(answer, ACTION_CSV), url));
    const [confirm] = await env.slack.waitFor(new URL(url).pathname);
    expect(JSON.stringify(confirm.body)).toContain('100 rows');
    const paths = env.slack.requests.map((r) => r.path).filter((p) => !p.startsWith('/response/'));
    expect(paths).toEqual(['/api/conversations.open', '/api/files.getUploadURLExternal', '/upload/F0CSV', '/api/files.completeUploadExternal']);
    expect(env.slack.to('/api/conversations.open')[0].body.users).toBe('U1');
    const [upload] = env.slack.to('/upload/');
    const lines = uploadedFile(upload)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toHaveLength(101); // header + every row, not just the 50 on screen
    expect(lines[1].split(',')[3]).toBe(String(authorsAt(0)));
    expect(lines[100].startsWith('100,')).toBe(true);
    const complete = env.slack.to('/api/files.completeUploadExternal')[0].body;
    expect(complete.channel_id).toBe('D0USER');
    expect(complete.files).toEqual([{ id: 'F0CSV', title: 'Top 100 institutions, 2024' }]);
  });
});

describe('app_mention', () => {
  it('answers in the thread with the mention stripped', async () => {
    expect((await post(env.port, mention('<@UBOT>  2024 top10', '1699999999.000001'), { json: true })).status).toBe(200);
    const [msg] = await env.slack.waitFor('/api/chat.postMessage');
    expect(asker.calls.at(-1)?.text).toBe('2024 top10');
    expect(msg.body.thread_ts).toBe('1699999999.000001');
    expect(msg.body.channel).toBe('C1');
    expect(limitViolations(msg.body as any)).toEqual([]);
    expect(JSON.stringify(msg.body.blocks)).not.toContain(ACTION_POST);
  });

  it('starts a thread under a top-level mention; parse errors go only to the asker', async () => {
    await post(env.port, mention('<@UBOT> nonsense words'), { json: true });
    const [msg] = await env.slack.waitFor('/api/chat.postEphemeral');
    expect(msg.body.user).toBe('U1');
    expect(msg.body.thread_ts).toBe('1700000000.000100');
    expect(env.slack.to('/api/chat.postMessage')).toEqual([]);
  });
});

describe('request verification', () => {
  const cases: [string, Parameters<typeof post>[2]][] = [
    ['forged (wrong secret)', { secret: 'not-the-secret-000000000000' }],
    ['missing signature', { signature: null }],
    ['garbage signature', { signature: 'v0=deadbeef' }],
    ['stale (6 minutes old)', { skew: -360 }],
    ['future-dated (6 minutes ahead)', { skew: 360 }],
  ];
  for (const [name, options] of cases) {
    it(`rejects a ${name} request with 401 and sends no answer`, async () => {
      const badUrl = env.slack.responseUrl(`bad${++seq}`);
      const res = await post(env.port, slashCommand('2024 top10', badUrl), options);
      expect(res.status).toBe(401);
      expect(asker.calls).toEqual([]);
      // A valid request sent afterwards is answered; the rejected one never is.
      await command('2024 top10');
      expect(env.slack.to(new URL(badUrl).pathname)).toEqual([]);
      expect(asker.calls).toHaveLength(1);
    });
  }

  it('accepts a request within the 5-minute window', async () => {
    const url = env.slack.responseUrl(`ok${++seq}`);
    expect((await post(env.port, slashCommand('2024 top10', url), { skew: 240 })).status).toBe(200);
    await env.slack.waitFor(new URL(url).pathname);
  });
});
