// The Slack front end over the real query core and the hand-written fixture database:
// the figures in the Slack table are the ones the core computes, and the terminal shows.
/* eslint-disable @typescript-eslint/no-explicit-any */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AirankApp } from '../../src/slack/app.ts';
import type { Asker } from '../../src/query/asker.ts';
import { openAsker } from '../../src/query/openAsker.ts';
import { isParseError } from '../../src/query/types.ts';
import { formatCell } from '../../src/render/format.ts';
import { createFixtureDatabase } from '../helpers/fixtureDb.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { FakeSlack } from './helpers/fakeSlack.ts';
import { post, SECRET, slashCommand } from './helpers/signed.ts';
import { limitViolations, visibleText } from './helpers/slackLimits.ts';

let slack: FakeSlack;
let asker: Asker;
let bot: AirankApp;
let port: number;

beforeAll(async () => {
  const file = path.join(tempDir(), 'fixture.sqlite');
  await createFixtureDatabase(file);
  asker = openAsker(file);
  slack = new FakeSlack();
  await slack.start();
  bot = createApp({ asker, botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: slack.apiUrl });
  port = await bot.start(0);
});

afterAll(async () => {
  await bot.stop();
  await slack.stop();
  asker.close();
});

async function command(text: string, id: string) {
  const url = slack.responseUrl(id);
  const ack = await post(port, slashCommand(text, url));
  const [answer] = await slack.waitFor(`/response/${id}`);
  return { ack, body: answer.body as any };
}

describe('Slack over the real core', () => {
  it('a ranking shows the core figures, the gap caveat and the snapshot', async () => {
    const { ack, body } = await command('2024 top10', 'real1');
    expect(ack.status).toBe(200);
    expect(limitViolations(body)).toEqual([]);
    const core = asker.ask('2024 top10');
    if (isParseError(core)) throw new Error(core.message);
    const table = body.blocks.find((b: any) => b.type === 'table');
    const shown = table.rows.slice(1).map((r: any[]) => r.map((c: any) => c.text));
    const expected = core.rows.map((row) => row.map((c, i) => formatCell(c, core.columns[i].type)));
    expect(shown).toEqual(expected);
    const text = visibleText(body);
    expect(text).toMatch(/ICLR 2024: no per-author affiliations/);
    expect(text).toMatch(/fixture/);
  });

  it('a typo comes back with a suggestion, ephemerally', async () => {
    const { body } = await command('compre US CN', 'real2');
    expect(body.response_type).toBe('ephemeral');
    expect(visibleText(body)).toMatch(/compare/);
  });
});
