// A decision DM whose connection is reset after Slack took the request (issue 22, failure
// 8): it may have been sent, so the client does not send it again on its own, and it is not
// given back for the next `notify` either; one refused before it was sent is given back.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFromEnv, deliverNotices } from '../../src/corrections/notify.ts';
import { ProposalStore } from '../../src/corrections/store.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { proposal } from './helpers/proposal.ts';
import { FakeSlack } from '../slack/helpers/fakeSlack.ts';

const dir = tempDir('airank-notify-reset-');
let slack: FakeSlack;
let store: ProposalStore;

async function decided(user: string, notice: string): Promise<number> {
  const p = await store.propose(proposal({ evidence: `https://example.org/${user}`, slackUser: user, slackName: null }));
  expect(await store.decide(p.id, { status: 'rejected', by: 'editor', why: 'test', notice })).toBe(true);
  return p.id;
}

beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  store = await ProposalStore.open(path.join(dir, 'store.sqlite'));
});
afterAll(async () => {
  await store.close();
  await slack.stop();
});

describe('decision notices over a connection that breaks', () => {
  it('a reset after the DM was written: sent once, kept as sent; a refused one is given back and sent by the next run', async () => {
    const reset = await decided('U1', 'notice one');
    const client = clientFromEnv({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.apiUrl })!;
    slack.fail('/api/chat.postMessage', { reset: true });
    const first = await deliverNotices(store, client);
    expect(first).toMatchObject({ sent: [], unknown: [reset], failed: [] });
    expect(slack.to('/api/chat.postMessage').map((r) => r.body.text)).toEqual(['notice one']);

    const refused = await decided('U2', 'notice two');
    slack.fail('/api/chat.postMessage', { error: 'channel_not_found' });
    const second = await deliverNotices(store, client);
    expect(second.failed.map((f) => f.id)).toEqual([refused]);

    const third = await deliverNotices(store, client);
    expect(third).toMatchObject({ sent: [refused], unknown: [], failed: [] });
    // 'notice one' once (the reset), 'notice two' twice: refused, then sent.
    expect(slack.to('/api/chat.postMessage').map((r) => r.body.text)).toEqual(['notice one', 'notice two', 'notice two']);
    expect(await store.pendingNotices()).toEqual([]);
  }, 60_000);
});
