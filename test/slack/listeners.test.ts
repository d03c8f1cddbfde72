// Each Slack listener called directly with fake ack/respond/client (test/slack/helpers/
// fakeBolt.ts), as Bolt's app template tests them: what is acknowledged, asked and sent,
// in which order. The HTTP contract (signing, response_url, Block Kit limits) is
// contract.test.ts; these tests pin each listener's own decisions.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { nextPage } from '../../src/slack/listeners/actions/nextPage.ts';
import { postToChannel } from '../../src/slack/listeners/actions/postToChannel.ts';
import { sendChart } from '../../src/slack/listeners/actions/sendChart.ts';
import { sendCsv } from '../../src/slack/listeners/actions/sendCsv.ts';
import type { ButtonArgs } from '../../src/slack/listeners/actions/types.ts';
import { airankCommand } from '../../src/slack/listeners/commands/airank.ts';
import { institutionOptions } from '../../src/slack/listeners/corrections/institutionOptions.ts';
import { openProposal } from '../../src/slack/listeners/corrections/openProposal.ts';
import { pickSlot } from '../../src/slack/listeners/corrections/pickSlot.ts';
import { submitProposal } from '../../src/slack/listeners/corrections/submitProposal.ts';
import { ACTION_PICK_SLOT } from '../../src/slack/listeners/corrections/modal.ts';
import { appMention } from '../../src/slack/listeners/events/appMention.ts';
import { offerSlot } from '../../src/slack/listeners/corrections/offeredSlot.ts';
import { encodeState } from '../../src/slack/render/buttons.ts';
import { fakeAnswers, fakeBolt, fakeDeps, type FakeBolt } from './helpers/fakeBolt.ts';
import type { CorrectionsDeps } from '../../src/slack/delivery/reply.ts';

type Listener<A> = (args: A) => Promise<void>;
const call = <A>(listener: Listener<A>, args: object) => listener(args as A);

function click(bolt: FakeBolt, value: string | undefined, container: object = { is_ephemeral: true }): ButtonArgs {
  const { ack, respond, client } = bolt;
  return {
    ack,
    respond,
    client,
    context: { botToken: 'xoxb-test' },
    action: { value },
    body: { user: { id: 'U1' }, channel: { id: 'C1' }, container, trigger_id: 'TRIG' },
  } as unknown as ButtonArgs;
}
const button = (q: string, o = 0, s = 'snap-1') => encodeState({ q, o, s })!;
const expired = { response_type: 'ephemeral', replace_original: false, text: t('en', 'slack.expired') };

describe('/airank command', () => {
  it('acknowledges first, then answers the unescaped question through the response_url, ephemeral', async () => {
    const bolt = fakeBolt();
    const { service, asked } = fakeAnswers();
    await call(airankCommand(fakeDeps(service)), {
      ack: bolt.ack,
      respond: bolt.respond,
      client: bolt.client,
      context: {},
      command: { text: ' 2024 top10 country:US &amp; ', user_id: 'U1', channel_id: 'C1' },
    });
    expect(bolt.methods()).toEqual(['ack', 'respond']);
    expect(asked[0].arg).toMatchObject({ question: '2024 top10 country:US &', postButton: true, offset: 0 });
    expect(bolt.argsOf('respond')[0]).toMatchObject({ response_type: 'ephemeral', text: 'answer to 2024 top10 country:US & from 0' });
  });
  it('a bare /airank is help', async () => {
    const bolt = fakeBolt();
    const { service, asked } = fakeAnswers();
    await call(airankCommand(fakeDeps(service)), {
      ack: bolt.ack,
      respond: bolt.respond,
      client: bolt.client,
      context: {},
      command: { user_id: 'U1', channel_id: 'C1' },
    });
    expect((asked[0].arg as { question: string }).question).toBe('help');
  });
  it('an expired response_url falls back to an ephemeral post in the channel', async () => {
    const bolt = fakeBolt();
    const failingRespond = async (m: unknown) => {
      bolt.calls.push({ method: 'respond', args: m });
      throw Object.assign(new Error('gone'), { code: 'slack_bolt_respond_error', statusCode: 404 });
    };
    const { service } = fakeAnswers();
    await call(airankCommand(fakeDeps(service)), {
      ack: bolt.ack,
      respond: failingRespond,
      client: bolt.client,
      context: {},
      command: { text: '2024', user_id: 'U1', channel_id: 'C1' },
    });
    expect(bolt.methods()).toEqual(['ack', 'respond', 'chat.postEphemeral']);
    expect(bolt.argsOf('chat.postEphemeral')[0]).toMatchObject({ channel: 'C1', user: 'U1' });
  });
});

describe('@airank mention', () => {
  const mention = (bolt: FakeBolt, text: string) => ({
    client: bolt.client,
    context: { botUserId: 'UBOT' },
    event: { text, user: 'U1', channel: 'C1', ts: '111.1' },
  });
  it('answers visibly in the thread, with the mention stripped', async () => {
    const bolt = fakeBolt();
    const { service, asked } = fakeAnswers();
    await call(appMention(fakeDeps(service)), mention(bolt, '<@UBOT> 2024 top10'));
    expect(asked[0].arg as { question: string; postButton: boolean }).toMatchObject({ question: '2024 top10', postButton: false });
    expect(bolt.methods()).toEqual(['chat.postMessage']);
    expect(bolt.argsOf('chat.postMessage')[0]).toMatchObject({ channel: 'C1', thread_ts: '111.1', text: 'answer to 2024 top10 from 0' });
  });
  it('a question it cannot read goes only to the asker', async () => {
    const bolt = fakeBolt();
    const { service } = fakeAnswers();
    await call(appMention(fakeDeps(service)), mention(bolt, '<@UBOT> bad words'));
    expect(bolt.methods()).toEqual(['chat.postEphemeral']);
    expect(bolt.argsOf('chat.postEphemeral')[0]).toMatchObject({ channel: 'C1', user: 'U1', text: 'cannot read bad words' });
  });
});

describe('expired buttons (one shared preamble)', () => {
  const deps = () => fakeDeps(fakeAnswers().service, {} as CorrectionsDeps);
  it.each([
    ['Post', postToChannel],
    ['Next', nextPage],
    ['CSV', sendCsv],
    ['Chart', sendChart],
    ['Propose', openProposal],
  ])('%s: acknowledges, says the button expired, asks nothing', async (_name, listener) => {
    for (const value of [undefined, 'not json', JSON.stringify({ q: 'x', o: -1, s: 's' })]) {
      const bolt = fakeBolt();
      const d = deps();
      const { service, asked } = fakeAnswers();
      await listener({ ...d, answers: service })(click(bolt, value));
      expect(bolt.methods()).toEqual(['ack', 'respond']);
      expect(bolt.argsOf('respond')[0]).toEqual(expired);
      expect(asked).toEqual([]);
    }
  });
});

describe('Next', () => {
  it('on an ephemeral answer, replaces it with the page at the button offset', async () => {
    const bolt = fakeBolt();
    const { service, asked } = fakeAnswers();
    await nextPage(fakeDeps(service))(click(bolt, button('2024 top100', 50)));
    expect(asked[0].arg).toMatchObject({ question: '2024 top100', offset: 50, postButton: true });
    expect(bolt.argsOf('respond')[0]).toMatchObject({ response_type: 'ephemeral', replace_original: true, text: 'answer to 2024 top100 from 50' });
  });
  it('on a visible message, sends the page to the clicker only, without a Post button', async () => {
    const bolt = fakeBolt();
    const { service, asked } = fakeAnswers();
    await nextPage(fakeDeps(service))(click(bolt, button('2024 top100', 50), {}));
    expect(asked[0].arg).toMatchObject({ postButton: false });
    expect(bolt.argsOf('respond')[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });
  it('says so when the data changed since the previous page', async () => {
    const bolt = fakeBolt();
    const { service } = fakeAnswers({ snapshot: 'snap-2' });
    await nextPage(fakeDeps(service))(click(bolt, button('2024 top100', 50)));
    expect(JSON.stringify(bolt.argsOf('respond')[0])).toContain(t('en', 'slack.dataUpdatedPage'));
  });
});

describe('Post to channel', () => {
  it('posts the same answer in the channel, then deletes the ephemeral copy', async () => {
    const bolt = fakeBolt();
    const { service, asked } = fakeAnswers();
    await postToChannel(fakeDeps(service))(click(bolt, button('2024 top10')));
    expect(asked.map((a) => (a.arg as { postButton: boolean }).postButton)).toEqual([false]);
    expect(bolt.methods()).toEqual(['ack', 'respond', 'respond']);
    expect(bolt.argsOf('respond')[0]).toMatchObject({ response_type: 'in_channel', replace_original: false, text: 'answer to 2024 top10 from 0' });
    expect(bolt.argsOf('respond')[1]).toEqual({ delete_original: true });
  });
  it('does not post figures newer than the ones read: shows them to the clicker instead', async () => {
    const bolt = fakeBolt();
    const { service } = fakeAnswers({ snapshot: 'snap-2' });
    await postToChannel(fakeDeps(service))(click(bolt, button('2024 top10')));
    expect(bolt.argsOf('respond')).toHaveLength(1);
    expect(bolt.argsOf('respond')[0]).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(JSON.stringify(bolt.argsOf('respond')[0])).toContain(t('en', 'slack.dataUpdatedPost'));
  });
  it('a question that no longer reads is shown to the clicker, not posted', async () => {
    const bolt = fakeBolt();
    const { service } = fakeAnswers();
    await postToChannel(fakeDeps(service))(click(bolt, button('bad question')));
    expect(bolt.argsOf('respond')).toEqual([{ response_type: 'ephemeral', replace_original: false, text: 'cannot read bad question' }]);
  });
});

describe('CSV', () => {
  it('uploads the file to the DM and tells the clicker', async () => {
    const bolt = fakeBolt();
    const { service, asked } = fakeAnswers();
    await sendCsv(fakeDeps(service))(click(bolt, button('2024 top10')));
    expect(asked).toEqual([{ op: 'csv', arg: '2024 top10' }]);
    expect(bolt.methods()).toEqual(['ack', 'conversations.open', 'files.uploadV2', 'respond']);
    expect(bolt.argsOf('files.uploadV2')[0]).toMatchObject({ channel_id: 'D-DM', filename: 'airank-top-10.csv' });
    expect(bolt.argsOf('respond')[0]).toMatchObject({ text: t('en', 'slack.csvSent', { title: 'Top 10', rows: 10 }) });
  });
  it('uploads nothing when the snapshot changed while building', async () => {
    const bolt = fakeBolt();
    const { service } = fakeAnswers({ csv: { kind: 'snapshot_changed' } });
    await sendCsv(fakeDeps(service))(click(bolt, button('2024 top10 lang:ja')));
    expect(bolt.methods()).toEqual(['ack', 'respond']);
    expect(bolt.argsOf('respond')[0]).toMatchObject({ text: t('ja', 'slack.dataUpdatedCsv') });
  });
  it('a failed upload is an apology with an error id, never silence', async () => {
    const bolt = fakeBolt({ 'files.uploadV2': 'internal_error' });
    const { service } = fakeAnswers();
    const deps = fakeDeps(service);
    await sendCsv(deps)(click(bolt, button('2024 top10')));
    expect(bolt.methods().at(-1)).toBe('respond');
    const id = /error id=(\S+)/.exec(deps.logger.lines.join('\n'))?.[1];
    expect(id).toBeTruthy();
    expect(JSON.stringify(bolt.argsOf('respond')[0])).toContain(id!);
  });
});

describe('Chart', () => {
  it('on a visible message, posts the image in the message thread', async () => {
    const bolt = fakeBolt();
    const { service } = fakeAnswers();
    await sendChart(fakeDeps(service))(click(bolt, button('2024 top10'), { thread_ts: '9.9' }));
    expect(bolt.methods()).toEqual(['ack', 'files.uploadV2']);
    expect(bolt.argsOf('files.uploadV2')[0]).toMatchObject({ channel_id: 'C1', thread_ts: '9.9', filename: 'airank-top-10.png' });
  });
  it('on an ephemeral answer, sends it to the DM', async () => {
    const bolt = fakeBolt();
    const { service } = fakeAnswers();
    await sendChart(fakeDeps(service))(click(bolt, button('2024 top10')));
    expect(bolt.methods()).toEqual(['ack', 'conversations.open', 'files.uploadV2', 'respond']);
    expect(bolt.argsOf('respond')[0]).toMatchObject({ text: t('en', 'slack.chartSent', { title: 'Top 10' }) });
  });
  it('in a channel airank is not in, falls back to the DM and says why', async () => {
    const bolt = fakeBolt();
    let first = true;
    const upload = bolt.client.files.uploadV2;
    bolt.client.files.uploadV2 = async (args?: unknown) => {
      if (!first) return upload(args);
      first = false;
      bolt.calls.push({ method: 'files.uploadV2', args });
      throw Object.assign(new Error('not_in_channel'), { code: 'slack_webapi_platform_error', data: { ok: false, error: 'not_in_channel' } });
    };
    const { service } = fakeAnswers();
    await sendChart(fakeDeps(service))(click(bolt, button('2024 top10'), {}));
    expect(bolt.methods()).toEqual(['ack', 'files.uploadV2', 'conversations.open', 'files.uploadV2', 'respond']);
    expect(bolt.argsOf('files.uploadV2')[1]).toMatchObject({ channel_id: 'D-DM' });
    expect(bolt.argsOf('respond')[0]).toMatchObject({ text: t('en', 'slack.chartToDm', { title: 'Top 10' }) });
  });
  it('an answer that cannot be drawn says so', async () => {
    const bolt = fakeBolt();
    const { service } = fakeAnswers({ chart: { kind: 'not_chartable', text: 'no chart for help', lang: 'en' } });
    await sendChart(fakeDeps(service))(click(bolt, button('help')));
    expect(bolt.methods()).toEqual(['ack', 'respond']);
    expect(bolt.argsOf('respond')[0]).toMatchObject({ text: 'no chart for help' });
  });
});

describe('corrections', () => {
  const slotRef = { conference: 'neurips' as const, year: 2024, sourceId: 'abc', position: 2 };
  const papersPage = {
    kind: 'answer' as const,
    answerKind: 'papers' as const,
    lang: 'en' as const,
    snapshot: 'snap-1',
    command: 'papers "X" 2024',
    rows: [['A paper', 2024, 'neurips', 'Ann Lee', 2]],
    slots: [slotRef],
  };
  const corrections = (over: object = {}) => ({ store: {}, figures: { slot: () => null, search: () => [], ...over } }) as unknown as CorrectionsDeps;

  it('Propose opens the modal over the page slots, with the click trigger', async () => {
    const bolt = fakeBolt();
    const { service, asked } = fakeAnswers({ page: papersPage });
    await openProposal(fakeDeps(service, corrections()))(click(bolt, button('papers "X" 2024', 0)));
    expect(asked).toEqual([{ op: 'page', arg: { question: 'papers "X" 2024', offset: 0 } }]);
    expect(bolt.methods()).toEqual(['ack', 'views.open']);
    const opened = bolt.argsOf('views.open')[0];
    expect(opened.trigger_id).toBe('TRIG');
    expect(JSON.stringify(opened.view)).toContain(offerSlot('neurips|2024|2|abc', 'xoxb-test'));
  });
  it('Propose without corrections set up, or off a drill-down, explains instead', async () => {
    for (const [deps, text] of [
      [fakeDeps(fakeAnswers({ page: papersPage }).service), t('en', 'corr.notSetUp')],
      [fakeDeps(fakeAnswers({ page: { ...papersPage, answerKind: 'top' } }).service, corrections()), t('en', 'corr.fromDrillDown')],
      [fakeDeps(fakeAnswers({ page: { ...papersPage, slots: [null] } }).service, corrections()), t('en', 'corr.noSlots')],
    ] as const) {
      const bolt = fakeBolt();
      await openProposal(deps)(click(bolt, button('papers "X" 2024')));
      expect(bolt.methods()).toEqual(['ack', 'respond']);
      expect(bolt.argsOf('respond')[0]).toMatchObject({ response_type: 'ephemeral', text });
    }
  });
  it('picking a slot updates the modal in place with its details', async () => {
    const bolt = fakeBolt();
    const details = {
      ref: slotRef,
      title: 'A paper',
      author: 'Ann Lee',
      nAuthors: 3,
      institutionId: 'utokyo',
      institutionName: 'The University of Tokyo',
      basis: 'affiliation text',
    };
    const view = {
      id: 'V1',
      hash: 'H1',
      callback_id: 'cb',
      title: { type: 'plain_text', text: 'T' },
      private_metadata: JSON.stringify({ q: 'q', s: 's', l: 'en' }),
      blocks: [{ type: 'input', block_id: 'slot' }],
    };
    await call(pickSlot(fakeDeps(fakeAnswers().service, corrections({ slot: () => details }))), {
      ack: bolt.ack,
      client: bolt.client,
      context: { botToken: 'xoxb-test' },
      action: { selected_option: { value: offerSlot('neurips|2024|2|abc', 'xoxb-test') } },
      body: { view },
    });
    expect(bolt.methods()).toEqual(['ack', 'views.update']);
    const update = bolt.argsOf('views.update')[0];
    expect(update).toMatchObject({ view_id: 'V1', hash: 'H1' });
    expect(JSON.stringify(update.view)).toContain('The University of Tokyo');
  });
  it('a slot value that does not decode, or was not offered, is acknowledged and ignored', async () => {
    for (const value of ['bogus', 'neurips|2024|2|abc', offerSlot('neurips|2024|2|abc', 'another-token')]) {
      const bolt = fakeBolt();
      const details = { ref: slotRef, title: 'A paper', author: 'Ann Lee', nAuthors: 3, institutionId: null, institutionName: null, basis: '' };
      await call(pickSlot(fakeDeps(fakeAnswers().service, corrections({ slot: () => details }))), {
        ack: bolt.ack,
        client: bolt.client,
        context: { botToken: 'xoxb-test' },
        action: { selected_option: { value } },
        body: { view: { id: 'V1' } },
      });
      expect(bolt.methods()).toEqual(['ack']);
    }
  });
  it('the institution picker offers the matching curated institutions', async () => {
    const bolt = fakeBolt();
    const searched: string[] = [];
    const search = (q: string) => (searched.push(q), [{ id: 'utokyo', name: 'The University of Tokyo', country: 'JP' }]);
    await call(institutionOptions(fakeDeps(fakeAnswers().service, corrections({ search }))), { ack: bolt.ack, payload: { value: 'tokyo' } });
    expect(searched).toEqual(['tokyo']);
    expect(bolt.argsOf('ack')[0]).toEqual({ options: [{ text: { type: 'plain_text', text: 'The University of Tokyo (JP)' }, value: 'utokyo' }] });
  });
  it('submitting without corrections set up puts the reason next to the field', async () => {
    const bolt = fakeBolt();
    const view = { private_metadata: JSON.stringify({ q: 'q', s: 's', l: 'ja' }), state: { values: {} } };
    await call(submitProposal(fakeDeps(fakeAnswers().service)), { ack: bolt.ack, body: { user: { id: 'U1' } }, view });
    expect(bolt.argsOf('ack')[0]).toEqual({ response_action: 'errors', errors: { slot: t('ja', 'corr.notSetUp') } });
  });
  it('a failure while storing is answered with an error id next to the evidence field', async () => {
    const bolt = fakeBolt();
    const view = {
      private_metadata: JSON.stringify({ q: 'q', s: 's', l: 'en' }),
      state: { values: { slot: { [ACTION_PICK_SLOT]: { selected_option: { value: 'neurips|2024|2|abc' } } } } },
    };
    const broken = corrections({
      slot: () => {
        throw new Error('disk gone');
      },
    });
    const deps = fakeDeps(fakeAnswers().service, broken);
    await call(submitProposal(deps), { ack: bolt.ack, body: { user: { id: 'U1' } }, view });
    const ack = bolt.argsOf('ack')[0] as { response_action: string; errors: { evidence: string } };
    expect(ack.response_action).toBe('errors');
    const id = /error id=(\S+)/.exec(deps.logger.lines.join('\n'))?.[1];
    expect(id).toBeTruthy();
    expect(ack.errors.evidence).toContain(id!);
  });
});
