// The "Chart" button against the fake Slack: the PNG goes to the channel for a visible
// answer and to the asker's DM for an ephemeral one, through the external upload flow.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '@slack/bolt';
import { ACTION_CHART, ACTION_CSV, ACTION_DETAILS, ACTION_POST } from '../../src/slack/render/buttons.ts';
import { FakeAsker } from './helpers/answers.ts';
import type { Recorded } from './helpers/fakeSlack.ts';
import { useSlackBot } from './helpers/slackBot.ts';
import { buttonClick, post, slashCommand } from './helpers/signed.ts';

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => 'info' as any,
  setName: () => undefined,
};

const asker = new FakeAsker();
const env = useSlackBot(() => asker, quiet);
let seq = 0;

beforeEach(() => {
  env.slack.requests = [];
  asker.calls = [];
});

async function command(text: string): Promise<Recorded> {
  const url = env.slack.responseUrl(`chartcmd${++seq}`);
  await post(env.port, slashCommand(text, url));
  return (await env.slack.waitFor(new URL(url).pathname))[0];
}

function buttonIds(answer: Recorded): string[] {
  const actions = (answer.body.blocks as any[]).find((b) => b.type === 'actions');
  return actions ? actions.elements.map((e: any) => e.action_id) : [];
}

function chartValue(answer: Recorded): string {
  const actions = (answer.body.blocks as any[]).find((b) => b.type === 'actions');
  return actions.elements.find((e: any) => e.action_id === ACTION_CHART).value;
}

/** PNG files start with \x89PNG\r\n\x1a\n then the IHDR chunk; the fake records bodies as UTF-8, so look for the ASCII parts. */
function isPng(rec: Recorded): boolean {
  const at = rec.raw.indexOf('PNG\r\n\u001a\n');
  return at >= 0 && rec.raw.slice(at, at + 24).includes('IHDR');
}

describe('Chart button', () => {
  it('is offered on chartable answers only', async () => {
    expect(buttonIds(await command('2024 top10'))).toEqual([ACTION_POST, ACTION_CSV, ACTION_CHART, ACTION_DETAILS]);
    expect(buttonIds(await command('help'))).not.toContain(ACTION_CHART);
  });

  it("sends the chart of an ephemeral answer to the asker's DM", async () => {
    const answer = await command('2024 top10');
    env.slack.requests = [];
    const url = env.slack.responseUrl(`chartclick${++seq}`);
    await post(env.port, buttonClick(ACTION_CHART, chartValue(answer), url, true));
    const [confirm] = await env.slack.waitFor(new URL(url).pathname);
    expect(JSON.stringify(confirm.body)).toContain('sent to your DM');
    const paths = env.slack.requests.map((r) => r.path).filter((p) => !p.startsWith('/response/'));
    expect(paths).toEqual(['/api/conversations.open', '/api/files.getUploadURLExternal', '/upload/F0CSV', '/api/files.completeUploadExternal']);
    expect(env.slack.to('/api/files.getUploadURLExternal')[0].body.filename).toBe('airank-top-10-institutions-2024.png');
    expect(isPng(env.slack.to('/upload/')[0])).toBe(true);
    const complete = env.slack.to('/api/files.completeUploadExternal')[0].body;
    expect(complete.channel_id).toBe('D0USER');
    expect(String(complete.initial_comment)).toContain('/airank 2024 top10');
    expect(asker.calls.at(-1)?.text).toBe('2024 top10');
  });

  it('uploads the chart of a visible answer to its channel', async () => {
    const answer = await command('2024 top10');
    env.slack.requests = [];
    const url = env.slack.responseUrl(`chartclick${++seq}`);
    await post(env.port, buttonClick(ACTION_CHART, chartValue(answer), url, false));
    const [complete] = await env.slack.waitFor('/api/files.completeUploadExternal');
    expect(complete.body.channel_id).toBe('C1');
    expect(env.slack.to('/api/conversations.open')).toEqual([]);
    expect(isPng(env.slack.to('/upload/')[0])).toBe(true);
  });
});
