// The Slack front end over the real query core and the hand-written fixture database:
// the figures in the Slack table are the ones the core computes, and the terminal shows.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { describe, expect, it } from 'vitest';
import { isParseError } from '../../src/query/model/types.ts';
import { post, slashCommand } from './helpers/signed.ts';
import { useSlackBot } from './helpers/slackBot.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';
import { limitViolations, visibleText } from './helpers/slackLimits.ts';
import { formatCell } from '../../src/i18n/numbers.ts';

const fixture = useFixtureAsker();
const env = useSlackBot(() => fixture.asker);

async function command(text: string, id: string) {
  const url = env.slack.responseUrl(id);
  const ack = await post(env.port, slashCommand(text, url));
  const [answer] = await env.slack.waitFor(`/response/${id}`);
  return { ack, body: answer.body as any };
}

describe('Slack over the real core', () => {
  it('a ranking shows the core figures, the gap caveat and the snapshot', async () => {
    const { ack, body } = await command('2024 top10', 'real1');
    expect(ack.status).toBe(200);
    expect(limitViolations(body)).toEqual([]);
    const core = fixture.asker.ask('2024 top10');
    if (isParseError(core)) throw new Error(core.message);
    const table = body.blocks.find((b: any) => b.type === 'table');
    const shown = table.rows.slice(1).map((r: any[]) => r.map((c: any) => c.text));
    const expected = core.rows.map((row) => row.map((c, i) => formatCell(c, core.columns[i].type)));
    expect(shown).toEqual(expected);
    const text = visibleText(body);
    // The default footer names the gap that changes this figure; the full note is behind the button.
    expect(text).toMatch(/No figures for ICLR 2024/);
    expect(text).toMatch(/fixture/);
  });

  it('a typo comes back with a suggestion, ephemerally', async () => {
    const { body } = await command('compre US CN', 'real2');
    expect(body.response_type).toBe('ephemeral');
    expect(visibleText(body)).toMatch(/compare/);
  });
});
