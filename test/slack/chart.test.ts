// The "Chart" button against the fake Slack: the PNG goes to the channel for a visible
// answer and to the asker's DM for an ephemeral one, through the external upload flow.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '@slack/bolt';
import { createApp, type AirankApp } from '../../src/slack/app.ts';
import { ACTION_CHART, ACTION_CSV, ACTION_POST } from '../../src/slack/render/buttons.ts';
import { FakeAsker } from './helpers/answers.ts';
import { FakeSlack, type Recorded } from './helpers/fakeSlack.ts';
import { buttonClick, post, SECRET, slashCommand } from './helpers/signed.ts';

const quiet: Logger = {
  debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined,
  setLevel: () => undefined, getLevel: () => 'info' as any, setName: () => undefined,
};

let slack: FakeSlack;
let asker: FakeAsker;
let bot: AirankApp;
let port: number;
let seq = 0;

beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  asker = new FakeAsker();
  bot = createApp({ asker, botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: slack.apiUrl, logger: quiet });
  port = await bot.start(0);
});

afterAll(async () => {
  await bot.stop();
  await slack.stop();
});

beforeEach(() => {
  slack.requests = [];
  asker.calls = [];
});

async function command(text: string): Promise<Recorded> {
  const url = slack.responseUrl(`chartcmd${++seq}`);
  await post(port, slashCommand(text, url));
  return (await slack.waitFor(new URL(url).pathname))[0];
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
    expect(buttonIds(await command('2024 top10'))).toEqual([ACTION_POST, ACTION_CSV, ACTION_CHART]);
    expect(buttonIds(await command('help'))).not.toContain(ACTION_CHART);
  });

  it('sends the chart of an ephemeral answer to the asker\'s DM', async () => {
    const answer = await command('2024 top10');
    slack.requests = [];
    const url = slack.responseUrl(`chartclick${++seq}`);
    await post(port, buttonClick(ACTION_CHART, chartValue(answer), url, true));
    const [confirm] = await slack.waitFor(new URL(url).pathname);
    expect(JSON.stringify(confirm.body)).toContain('sent to your DM');
    const paths = slack.requests.map((r) => r.path).filter((p) => !p.startsWith('/response/'));
    expect(paths).toEqual(['/api/conversations.open', '/api/files.getUploadURLExternal', '/upload/F0CSV', '/api/files.completeUploadExternal']);
    expect(slack.to('/api/files.getUploadURLExternal')[0].body.filename).toBe('airank-top-10-institutions-2024.png');
    expect(isPng(slack.to('/upload/')[0])).toBe(true);
    const complete = slack.to('/api/files.completeUploadExternal')[0].body;
    expect(complete.channel_id).toBe('D0USER');
    expect(String(complete.initial_comment)).toContain('/airank 2024 top10');
    expect(asker.calls.at(-1)?.text).toBe('2024 top10');
  });

  it('uploads the chart of a visible answer to its channel', async () => {
    const answer = await command('2024 top10');
    slack.requests = [];
    const url = slack.responseUrl(`chartclick${++seq}`);
    await post(port, buttonClick(ACTION_CHART, chartValue(answer), url, false));
    const [complete] = await slack.waitFor('/api/files.completeUploadExternal');
    expect(complete.body.channel_id).toBe('C1');
    expect(slack.to('/api/conversations.open')).toEqual([]);
    expect(isPng(slack.to('/upload/')[0])).toBe(true);
  });
});
