// A mention's answer a stopped process was sending (issue 22, kill -9 mid-send): every
// answer posted to a thread carries its journal key in Slack message metadata, and the
// process taking over looks for it with conversations.replies (include_all_metadata)
// before posting. The fake Slack keeps each post's metadata and returns it only when asked,
// as Slack does; so each mention ends with exactly one answer in its thread.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { Journal, type JournalEntry } from '../../src/slack/delivery/journal.ts';
import { answerMention } from '../../src/slack/listeners/events/appMention.ts';
import { recovery } from '../../src/slack/recover.ts';
import { openState, type StateDb } from '../../src/state/open.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { FakeAsker } from './helpers/answers.ts';
import { recordingLogger, useSlackBot } from './helpers/slackBot.ts';

const logger = recordingLogger();
const env = useSlackBot(() => new FakeAsker(), logger);
const dir = tempDir('airank-recover-mentions-');
let state: StateDb;

beforeAll(async () => {
  state = await openState(path.join(dir, 'state.sqlite'), { durability: 'process' });
});
afterAll(async () => {
  await state.close();
});

const mentionEntry = (key: string, thread: string, question = '2024 top3'): JournalEntry => ({
  key,
  kind: 'mention',
  response_url: null,
  channel: 'C1',
  thread_ts: thread,
  user_id: 'U1',
  question: `<@UBOT> ${question}`,
});
const answersIn = (thread: string) => env.slack.posted.filter((m) => m.thread_ts === thread);

describe('a mention its process was sending when it stopped', () => {
  it('is posted again only if its thread does not have it; a private reply is not repeated', async () => {
    const dead = new Journal(state, logger);
    await dead.start();
    const deadDeps = { ...env.bot.deps, journal: dead };
    // Posted (with its key in the metadata), then killed before the journal heard back.
    await dead.record(mentionEntry('event:posted', '100.1'));
    await answerMention(deadDeps, {
      question: '2024 top3',
      userId: 'U1',
      channelId: 'C1',
      threadTs: '100.1',
      client: env.bot.client,
      journalKey: 'event:posted',
    });
    // Marked sending, then killed before the request went out.
    await dead.record(mentionEntry('event:unsent', '200.1'));
    await dead.sending('event:unsent');
    // The same for a question whose reply is private (a parse error: ephemeral, cannot be looked up).
    await dead.record(mentionEntry('event:private', '300.1', 'no such question'));
    await dead.sending('event:private');
    // Another answer with metadata in the same channel, for another request: not this one.
    await dead.record(mentionEntry('event:neighbour', '400.1'));
    await answerMention(deadDeps, {
      question: '2024 top3',
      userId: 'U1',
      channelId: 'C1',
      threadTs: '400.1',
      client: env.bot.client,
      journalKey: 'event:neighbour',
    });
    await dead.answered('event:neighbour');
    await dead.leave();
    expect(answersIn('100.1')).toHaveLength(1);
    expect(answersIn('100.1')[0].metadata).toEqual({ event_type: 'airank_answer', event_payload: { key: 'event:posted' } });
    expect(answersIn('200.1')).toHaveLength(0);

    const live = new Journal(state, logger);
    await live.start();
    const ephemeralBefore = env.slack.to('/api/chat.postEphemeral').length;
    expect(await recovery(live, { ...env.bot.deps, journal: live }, env.bot.client, logger).sweep()).toBe(3);
    expect(answersIn('100.1')).toHaveLength(1);
    expect(answersIn('200.1')).toHaveLength(1);
    expect(answersIn('200.1')[0].metadata).toEqual({ event_type: 'airank_answer', event_payload: { key: 'event:unsent' } });
    expect(env.slack.to('/api/chat.postEphemeral').length).toBe(ephemeralBefore);
    expect(env.slack.to('/api/conversations.replies').every((r) => String(r.body.include_all_metadata) === 'true')).toBe(true);
    const states = Object.fromEntries((await state.db.selectFrom('journal').select(['key', 'state']).execute()).map((r) => [r.key, r.state]));
    expect(states).toMatchObject({ 'event:posted': 'answered', 'event:unsent': 'answered', 'event:private': 'answered' });
    // Nothing left to claim: a second sweep posts nothing.
    expect(await recovery(live, { ...env.bot.deps, journal: live }, env.bot.client, logger).sweep()).toBe(0);
    await live.leave();
  });
});

// A command's answer goes to its response_url, which cannot be read back: the asker of one
// that was on its way is told once that it may not have arrived, in the question's language.
describe('a command its process was sending when it stopped', () => {
  it('gets one notice with the command to ask again, never a second answer; a pending one is answered', async () => {
    const commandEntry = (key: string, question: string): JournalEntry => ({
      key,
      kind: 'command',
      response_url: `${env.slack.base}/response/${key}`,
      channel: 'C1',
      thread_ts: null,
      user_id: 'U1',
      question,
    });
    const dead = new Journal(state, logger);
    await dead.start();
    await dead.record(commandEntry('c-sending', '2024 top3 lang:zh'));
    await dead.sending('c-sending');
    await dead.record(commandEntry('c-pending', '2024 top3'));
    await dead.leave();

    const live = new Journal(state, logger);
    await live.start();
    expect(await recovery(live, { ...env.bot.deps, journal: live }, env.bot.client, logger).sweep()).toBe(2);
    const sent = env.slack.to('/response/c-sending');
    expect(sent.map((m) => m.body.text)).toEqual([t('zh', 'slack.maybeSent', { command: '/airank 2024 top3 lang:zh' })]);
    expect(sent[0].body.replace_original).not.toBe(true);
    expect(env.slack.to('/response/c-pending')).toHaveLength(1);
    expect(env.slack.to('/response/c-pending')[0].body.text).not.toBe(t('en', 'slack.maybeSent', { command: '/airank 2024 top3' }));
    expect(await recovery(live, { ...env.bot.deps, journal: live }, env.bot.client, logger).sweep()).toBe(0);
    expect(env.slack.to('/response/c-sending')).toHaveLength(1);
    await live.leave();
  });
});
