// Idempotency where Slack can repeat itself (issue 22): a replayed signed slash command,
// a double click on "Post to channel", a redelivered mention. Each is acknowledged every
// time and acted on once, also when the repeat reaches a restarted bot on the same state.
/* eslint-disable @typescript-eslint/no-explicit-any */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AirankApp } from '../../src/slack/app.ts';
import { Journal } from '../../src/slack/delivery/journal.ts';
import { ACTION_POST } from '../../src/slack/render/buttons.ts';
import { openState, type StateDb } from '../../src/state/open.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { FakeAsker } from './helpers/answers.ts';
import { FakeSlack, type Recorded } from './helpers/fakeSlack.ts';
import { recordingLogger } from './helpers/slackBot.ts';
import { buttonClick, mention, post, SECRET, slashCommand } from './helpers/signed.ts';

const dir = tempDir('airank-replay-');
const logger = recordingLogger();
let slack: FakeSlack;
let state: StateDb;
let bot: AirankApp;
let port: number;

async function startBot(): Promise<void> {
  const journal = new Journal(state, logger);
  await journal.start();
  bot = createApp({ asker: new FakeAsker(), botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: slack.apiUrl, logger, journal });
  port = await bot.start(0);
}

beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  state = await openState(path.join(dir, 'state.sqlite'), { durability: 'process' });
  await startBot();
});

afterAll(async () => {
  await bot.stop();
  await state.close();
  await slack.stop();
});

const settle = () => new Promise((r) => setTimeout(r, 800)); // a second copy would follow within this

/** The click body Slack sends for a button, with this click's own action_ts and response_url. */
function click(value: string, responseUrl: string, actionTs: string): string {
  const payload = JSON.parse(new URLSearchParams(buttonClick(ACTION_POST, value, responseUrl)).get('payload')!);
  payload.actions[0].action_ts = actionTs;
  payload.container.message_ts = '1700000000.000200';
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

function postButton(answer: Recorded): string {
  const actions = (answer.body.blocks as any[]).find((b) => b.type === 'actions');
  return actions.elements.find((e: any) => e.action_id === ACTION_POST).value;
}

describe('repeated requests are acted on once', () => {
  it('a replayed signed slash command is acked and answered once, also after a restart', async () => {
    const body = slashCommand('2024 top10', slack.responseUrl('replay1'));
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await post(port, body, { timestamp })).status).toBe(200);
    expect((await post(port, body, { timestamp })).status).toBe(200);
    await slack.waitFor('/response/replay1');
    await settle();
    expect(slack.to('/response/replay1')).toHaveLength(1);
    expect(logger.lines.some((l) => l.includes('already received'))).toBe(true);

    await bot.stop();
    await startBot();
    expect((await post(port, body, { timestamp })).status).toBe(200);
    await settle();
    expect(slack.to('/response/replay1')).toHaveLength(1);
  });

  it('the same command text sent twice by the user (two trigger_ids) is answered twice', async () => {
    await post(port, slashCommand('2024 top10', slack.responseUrl('twice1')));
    await post(port, slashCommand('2024 top10', slack.responseUrl('twice2')));
    await slack.waitFor('/response/twice1');
    await slack.waitFor('/response/twice2');
  });

  it('two clicks on "Post to channel" 150 ms apart post the answer once', async () => {
    await post(port, slashCommand('2024 top10', slack.responseUrl('dbl')));
    const [answer] = await slack.waitFor('/response/dbl');
    const value = postButton(answer);
    const first = post(port, click(value, slack.responseUrl('dblclick1'), '1700000001.000100'));
    await new Promise((r) => setTimeout(r, 150));
    const second = post(port, click(value, slack.responseUrl('dblclick2'), '1700000001.150100'));
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    await slack.until(() => slack.to('/response/dblclick').some((r) => r.body.response_type === 'in_channel'));
    await settle();
    expect(slack.to('/response/dblclick').filter((r) => r.body.response_type === 'in_channel')).toHaveLength(1);
  });

  it('a mention delivered again (same event_id) after a restart is answered once', async () => {
    const body = mention('<@UBOT> 2024 top10', undefined, 'EvReplay1');
    await post(port, body, { json: true });
    await slack.waitFor('/api/chat.postMessage');
    await bot.stop();
    await startBot();
    await post(port, body, { json: true, headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' } });
    await slack.waitFor('/api/chat.postMessage');
    await settle();
    expect(slack.to('/api/chat.postMessage')).toHaveLength(1);
  });
});
