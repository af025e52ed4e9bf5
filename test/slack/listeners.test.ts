// Each listener called as Bolt calls it, with fake ack/respond/client/logger: where the answer goes and what it says.
import { describe, expect, it } from 'vitest';
import { appMention } from '../../src/slack/listeners/events/app-mention.js';
import { directMessage } from '../../src/slack/listeners/events/direct-message.js';
import { appHomeOpened } from '../../src/slack/listeners/events/app-home-opened.js';
import { answerCommand } from '../../src/slack/listeners/commands/answer.js';
import { onThisDayCommand } from '../../src/slack/listeners/commands/onthisday.js';
import { shareAnswer } from '../../src/slack/listeners/actions/share-answer.js';
import { showSource } from '../../src/slack/listeners/actions/show-source.js';
import { askSuggestion } from '../../src/slack/listeners/actions/ask-suggestion.js';
import { openSubscribeForm, resumeFromHome, unsubscribeFromHome } from '../../src/slack/listeners/actions/home-subscriptions.js';
import { subscribeFormSubmitted } from '../../src/slack/listeners/views/subscribe-form.js';
import { feedbackFormSubmitted } from '../../src/slack/listeners/views/feedback-form.js';
import { moreOfAnswer } from '../../src/slack/listeners/actions/more.js';
import { answerFeedback } from '../../src/slack/listeners/actions/feedback.js';
import { MemoryFeedbackStore } from '../../src/state/feedback.js';
import { packFeedback, packFeedbackNote } from '../../src/slack/render/button-values.js';
import { packQuery, packQuoteRef, unpackPage, unpackQuery } from '../../src/slack/render/button-values.js';
import { escapeMrkdwn } from '../../src/slack/render/blockkit.js';
import { treaty } from '../../src/core/treaty.js';
import { onThisDay } from '../../src/core/onthisday.js';
import type { Engine } from '../../src/core/engine.js';
import { inProcess } from '../../src/worker/engine-worker.js';
import { engine, TODAY } from '../helpers.js';
import { boltArgs, testAttache } from './support/attache.js';
import { expectNoLiveMarkup, HOSTILE } from './support/limits.js';
import type { Json } from './support/json.js';

const RELATIONS = 'When did Tajikistan and Kyrgyzstan establish diplomatic relations?';
const attache = testAttache({ now: () => new Date(`${TODAY}T07:00:00Z`) });
const answerTo = (q: string) => engine().ask(q, { today: TODAY });
const first = (mock: { mock: { calls: unknown[][] } }) => mock.mock.calls[0]![0] as Json;
const actionIds = (blocks: Json[]) =>
  blocks.flatMap((b) => [...(b.accessory ? [b.accessory] : []), ...(b.type === 'actions' ? b.elements : [])]).map((e: Json) => e.action_id);

describe('mentions and direct messages', () => {
  it('answers a mention in the thread of the mention', async () => {
    const { args, client } = boltArgs({ event: { type: 'app_mention', channel: 'C1', user: 'U1', text: `<@UBOT> ${RELATIONS}`, ts: '100.1' } });
    await appMention(attache)(args);
    const sent = first(client.chat.postMessage);
    expect(sent).toMatchObject({ channel: 'C1', thread_ts: '100.1' });
    expect(sent.text).toContain(answerTo(RELATIONS).lead);
    expect(JSON.stringify(sent.blocks)).toContain(`*${answerTo(RELATIONS).lead}*`);
  });

  it('stays in the thread when mentioned inside one, and answers a bare mention with the help', async () => {
    const { args, client } = boltArgs({ event: { type: 'app_mention', channel: 'C1', user: 'U1', text: '<@UBOT>', ts: '100.2', thread_ts: '99.0' } });
    await appMention(attache)(args);
    expect(first(client.chat.postMessage)).toMatchObject({ channel: 'C1', thread_ts: '99.0' });
    expect(first(client.chat.postMessage).text).toContain(escapeMrkdwn(engine().help().text.split('\n')[0]!));
  });

  it('ignores bots (itself included), edits and other subtypes', async () => {
    for (const extra of [{ bot_id: 'B1' }, { subtype: 'bot_message' }, { edited: { user: 'U1', ts: '1' } }]) {
      const { args, client } = boltArgs({ event: { type: 'app_mention', channel: 'C1', user: 'U1', text: `<@UBOT> ${RELATIONS}`, ts: '1', ...extra } });
      await appMention(attache)(args);
      expect(client.chat.postMessage).not.toHaveBeenCalled();
    }
    for (const extra of [{ bot_id: 'B1' }, { subtype: 'message_changed' }, { subtype: 'channel_join' }]) {
      const { args, client } = boltArgs({ event: { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: RELATIONS, ts: '1', ...extra } });
      await directMessage(attache)(args);
      expect(client.chat.postMessage).not.toHaveBeenCalled();
    }
  });

  it('answers a DM in the DM, following its thread when there is one; other channels are not its business', async () => {
    const top = boltArgs({ event: { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: RELATIONS, ts: '5.0' } });
    await directMessage(attache)(top.args);
    expect(first(top.client.chat.postMessage).channel).toBe('D1');
    expect(first(top.client.chat.postMessage).thread_ts).toBeUndefined();
    const threaded = boltArgs({ event: { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: RELATIONS, ts: '6.0', thread_ts: '5.0' } });
    await directMessage(attache)(threaded.args);
    expect(first(threaded.client.chat.postMessage)).toMatchObject({ channel: 'D1', thread_ts: '5.0' });
    const channel = boltArgs({ event: { type: 'message', channel_type: 'channel', channel: 'C1', user: 'U1', text: RELATIONS, ts: '7.0' } });
    await directMessage(attache)(channel.args);
    expect(channel.client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('never posts user markup live', async () => {
    const { args, client } = boltArgs({ event: { type: 'app_mention', channel: 'C1', user: 'U1', text: `<@UBOT> ${HOSTILE}`, ts: '1' } });
    await appMention(attache)(args);
    expectNoLiveMarkup(first(client.chat.postMessage));
  });
});

describe('slash commands', () => {
  const command = (name: string, text: string) => ({ command: { command: name, text, user_id: 'U1', channel_id: 'C1', team_id: 'T1' } });

  it('/ask: acknowledges first, then answers privately with Share and Show source buttons', async () => {
    const { args, respond, calls } = boltArgs(command('/ask', RELATIONS));
    await answerCommand(attache, 'ask')(args);
    expect(calls).toEqual(['ack', 'respond']);
    const reply = first(respond);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.blocks[0].elements[0].text).toBe(`You asked: ${RELATIONS}`);
    expect(actionIds(reply.blocks)).toEqual(['show_source', 'share_answer', 'answer_feedback_up', 'answer_feedback_down']);
    expect(reply).toMatchObject({ unfurl_links: false, unfurl_media: false });
  });

  it('/ask with no question gives the help', async () => {
    const { args, respond } = boltArgs(command('/ask', '  '));
    await answerCommand(attache, 'ask')(args);
    expect(first(respond).text).toContain(escapeMrkdwn(engine().help().text.split('\n')[0]!));
  });

  it('/ask that it cannot answer declines with suggestion buttons and nothing to share', async () => {
    const question = 'Who is the president of France?';
    const { args, respond } = boltArgs(command('/ask', question));
    await answerCommand(attache, 'ask')(args);
    const declined = answerTo(question);
    expect(declined.answered).toBe(false);
    const ids = actionIds(first(respond).blocks);
    expect(ids).toEqual([...declined.suggestions.map((_, i) => `ask_suggestion_${i}`), 'answer_feedback_up', 'answer_feedback_down']);
  });

  it('/treaty lists with no words and looks one up with words', async () => {
    const list = boltArgs(command('/treaty', ''));
    await answerCommand(attache, 'treaty')(list.args);
    expect(first(list.respond).text).toContain(escapeMrkdwn(treaty(engine(), '').text.split('\n')[0]!));
    const unknown = boltArgs(command('/treaty', 'Treaty of Versailles'));
    await answerCommand(attache, 'treaty')(unknown.args);
    const declined = treaty(engine(), 'Treaty of Versailles');
    expect(declined.answered).toBe(false);
    expect(first(unknown.respond).text).toContain(escapeMrkdwn(declined.text));
  });

  it('/onthisday answers today, a given day, and explains a wrong date', async () => {
    const today = boltArgs(command('/onthisday', ''));
    await onThisDayCommand(attache)(today.args);
    expect(first(today.respond).text).toBe(escapeMrkdwn(onThisDay(engine().kb, TODAY.slice(5), 2026).text));
    const given = boltArgs(command('/onthisday', '1993-01-14'));
    await onThisDayCommand(attache)(given.args);
    expect(first(given.respond).text).toBe(escapeMrkdwn(onThisDay(engine().kb, '01-14', 1993).text));
    expect(actionIds(first(given.respond).blocks)).toContain('share_answer');
    const wrong = boltArgs(command('/onthisday', '02-30'));
    await onThisDayCommand(attache)(wrong.args);
    expect(first(wrong.respond).text).toContain('02-30 is not a real date');
    expect(first(wrong.respond).text).toContain('/onthisday subscribe');
  });

  it('an engine failure gets a short apology, logged with the request, and the command is still acknowledged', async () => {
    const failing = {
      ...engine(),
      kb: engine().kb,
      ask: () => {
        throw new Error('boom');
      },
      help: () => engine().help(),
    } as unknown as Engine;
    const broken = { ...attache, engine: failing, answers: { ...inProcess(failing), postJson: attache.answers.postJson } };
    const { args, ack, respond, logger } = boltArgs(command('/ask', RELATIONS));
    await answerCommand(broken, 'ask')(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(first(respond).text).toMatch(/^Sorry — something went wrong/);
    expect(logger.error).toHaveBeenCalledOnce();
    expect(String(logger.error.mock.calls[0]![0])).toContain(RELATIONS);
    expect((logger.error.mock.calls[0]![1] as Error).message).toBe('boom');
  });

  it('never echoes user markup live', async () => {
    for (const [name, run] of [
      ['/ask', answerCommand(attache, 'ask')],
      ['/treaty', answerCommand(attache, 'treaty')],
      ['/onthisday', onThisDayCommand(attache)],
    ] as const) {
      const { args, respond } = boltArgs(command(name, HOSTILE));
      await run(args);
      expectNoLiveMarkup(first(respond));
    }
  });
});

describe('buttons', () => {
  it('Share in channel posts the answer for everyone and deletes the private copy', async () => {
    const { args, respond } = boltArgs({
      action: { action_id: 'share_answer', value: packQuery({ kind: 'ask', text: RELATIONS }) },
      body: { user: { id: 'U7' }, container: {} },
    });
    await shareAnswer(attache)(args);
    const reply = first(respond);
    expect(reply).toMatchObject({ response_type: 'in_channel', delete_original: true });
    expect(reply.blocks[0].elements[0].text).toBe(`<@U7> asked: ${RELATIONS}`);
    expect(actionIds(reply.blocks)).not.toContain('share_answer');
    expect(reply.text).toContain(answerTo(RELATIONS).lead);
  });

  it('Share with a value it cannot read says so privately', async () => {
    const { args, respond } = boltArgs({ action: { action_id: 'share_answer', value: 'garbage' }, body: { user: { id: 'U7' } } });
    await shareAnswer(attache)(args);
    expect(first(respond)).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });

  it('Show source opens a modal with the quote in its paragraph', async () => {
    const c = answerTo(RELATIONS).citations[0]!;
    const { args, client } = boltArgs({ action: { action_id: 'show_source', value: packQuoteRef(c) }, body: { user: { id: 'U1' }, trigger_id: 'trig-1' } });
    await showSource(attache)(args);
    const opened = first(client.views.open);
    expect(opened.trigger_id).toBe('trig-1');
    expect(opened.view.type).toBe('modal');
    // Title, divider, then the paragraph.
    const paragraph = opened.view.blocks[2];
    expect(paragraph.text.text.replace(/\s+/g, ' ')).toContain(`*${escapeMrkdwn(c.quote.replace(/\s+/g, ' ').trim())}*`);
  });

  it('a suggestion under a private reply replaces it; under a public message it answers in the thread; from Home, in the DM', async () => {
    const action = { action_id: 'ask_suggestion_0', value: RELATIONS };
    const privately = boltArgs({ action, body: { user: { id: 'U1' }, container: { type: 'message', is_ephemeral: true } } });
    await askSuggestion(attache)(privately.args);
    expect(first(privately.respond)).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    const share = first(privately.respond)
      .blocks.at(-1)
      .elements.find((e: Json) => e.action_id === 'share_answer');
    expect(unpackQuery(share.value)).toEqual({ kind: 'ask', text: RELATIONS });

    const inThread = boltArgs({ action, body: { user: { id: 'U1' }, container: { type: 'message', channel_id: 'C1', message_ts: '10.0', thread_ts: '9.0' } } });
    await askSuggestion(attache)(inThread.args);
    expect(first(inThread.client.chat.postMessage)).toMatchObject({ channel: 'C1', thread_ts: '9.0' });
    expect(first(inThread.client.chat.postMessage).blocks[0].elements[0].text).toBe(`<@U1> asked: ${RELATIONS}`);

    const fromHome = boltArgs({ action, body: { user: { id: 'U1' }, container: { type: 'view', view_id: 'V1' } } });
    await askSuggestion(attache)(fromHome.args);
    expect(first(fromHome.client.chat.postMessage).channel).toBe('U1');
  });
});

describe('paging and feedback', () => {
  it('a next page of a follow-up asks the question it was made to be, not the bare follow-up', async () => {
    const thread = { channel: 'C9', user: 'U1', thread_ts: '300.0' };
    const opener = boltArgs({
      event: { type: 'app_mention', ...thread, text: '<@UBOT> When did Tajikistan and Kazakhstan establish diplomatic relations?', ts: '300.0' },
    });
    await appMention(attache)(opener.args);
    const list = boltArgs({ event: { type: 'app_mention', ...thread, text: '<@UBOT> list all the treaties they signed', ts: '300.1' } });
    await appMention(attache)(list.args);
    const blocks = JSON.stringify(first(list.client.chat.postMessage).blocks);
    const value = /"action_id":"answer_more","value":"((?:[^"\\]|\\.)*)"/.exec(blocks)?.[1];
    const page = unpackPage(JSON.parse(`"${value}"`));
    expect(page?.query.text).toMatch(/Kazakhstan/);
    const more = boltArgs({ action: { action_id: 'answer_more', value: JSON.parse(`"${value}"`) }, body: { user: { id: 'U1' } } });
    await moreOfAnswer(attache)(more.args);
    expect(first(more.respond).text).toMatch(/Kazakhstan/);
    expect(first(more.respond).text).not.toMatch(/don't know/);
  });

  it('More and 👍/👎 with a value they cannot read say so or do nothing, and store nothing', async () => {
    const more = boltArgs({ action: { action_id: 'answer_more', value: '{"k":"ask","t":"x","o":-1}' }, body: { user: { id: 'U1' } } });
    await moreOfAnswer(attache)(more.args);
    expect(first(more.respond)).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'That button no longer works; please ask again.' });
    const store = new MemoryFeedbackStore();
    const fb = boltArgs({
      action: { type: 'button', action_id: 'answer_feedback_down', value: 'garbage' },
      body: { user: { id: 'U1' }, container: {}, trigger_id: 't' },
    });
    await answerFeedback(testAttache({ feedback: store }))(fb.args);
    expect(fb.client.views.open).not.toHaveBeenCalled();
    expect(await store.markedWrong(5)).toEqual([]);
  });

  it('a 👎 on a private reply computes the answer again for the record, and opens the form', async () => {
    const store = new MemoryFeedbackStore();
    const value = packFeedback({ query: { kind: 'ask', text: RELATIONS }, verdict: 'down', answered: true });
    const fb = boltArgs({
      action: { type: 'button', action_id: 'answer_feedback_down', value },
      body: {
        user: { id: 'U1', team_id: 'T1' },
        team: { id: 'T1' },
        container: { type: 'message', is_ephemeral: true, channel_id: 'C1', message_ts: '5.5' },
        trigger_id: 'trig-fb',
      },
    });
    await answerFeedback(testAttache({ feedback: store, now: () => new Date(`${TODAY}T07:00:00Z`) }))(fb.args);
    const [stored] = await store.markedWrong(5);
    expect(stored).toMatchObject({ teamId: 'T1', channelId: 'C1', messageTs: '5.5', userId: 'U1', question: RELATIONS, verdict: 'down', answered: true });
    expect(stored!.answerText).toContain(answerTo(RELATIONS).lead);
    expect(first(fb.client.views.open)).toMatchObject({ trigger_id: 'trig-fb', view: { callback_id: 'answer_feedback_note' } });
  });

  it('takes a note only from the reader who gave the 👎', async () => {
    const store = new MemoryFeedbackStore();
    const note = packFeedbackNote({
      teamId: 'T1',
      channelId: 'C1',
      messageTs: '5.5',
      userId: 'U1',
      question: 'q',
      answerText: 'a',
      answered: true,
      verdict: 'down',
      at: '2026-01-01T00:00:00.000Z',
    });
    const view = (by: string) => ({
      view: { private_metadata: note, state: { values: { comment: { comment: { value: `from ${by}` } } } } },
      body: { user: { id: by } },
    });
    const someoneElse = boltArgs(view('U9'));
    await feedbackFormSubmitted(testAttache({ feedback: store }))(someoneElse.args);
    expect(someoneElse.ack).toHaveBeenCalled();
    expect(await store.markedWrong(5)).toEqual([]);
    await feedbackFormSubmitted(testAttache({ feedback: store }))(boltArgs(view('U1')).args);
    expect((await store.markedWrong(5)).map((f) => f.comment)).toEqual(['from U1']);
  });

  it('Show source from the menu opens the chosen quote', async () => {
    const c = answerTo(RELATIONS).citations[0]!;
    const { args, client } = boltArgs({
      action: { type: 'static_select', action_id: 'show_source', selected_option: { value: packQuoteRef(c) } },
      body: { user: { id: 'U1' }, trigger_id: 'trig-menu' },
    });
    await showSource(attache)(args);
    expect(first(client.views.open).view.blocks[0].text.text).toBe(`*${escapeMrkdwn(c.source.title)}*`);
  });
});

describe('App Home', () => {
  it('publishes the Home tab when it is opened, and leaves the Messages tab alone', async () => {
    const home = boltArgs({ event: { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' } });
    await appHomeOpened(attache)(home.args);
    expect(first(home.client.views.publish)).toMatchObject({ user_id: 'U1', view: { type: 'home' } });
    const messages = boltArgs({ event: { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'messages' } });
    await appHomeOpened(attache)(messages.args);
    expect(messages.client.views.publish).not.toHaveBeenCalled();
  });

  it('lists this workspace’s subscriptions and no other’s', async () => {
    const withSubs = testAttache({ now: () => new Date(`${TODAY}T07:00:00Z`) });
    await withSubs.subscriptions.subscribe({ teamId: 'T1', channelId: 'CMINE' }, { time: '09:00', timeZone: 'Asia/Dushanbe' }, 'U1');
    await withSubs.subscriptions.subscribe({ teamId: 'T2', channelId: 'COTHER' }, { time: '09:00', timeZone: 'Asia/Dushanbe' }, 'U1');
    const { args, client } = boltArgs({ event: { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' } });
    client.users.conversations.mockResolvedValue({ ok: true, channels: [{ id: 'CMINE' }, { id: 'COTHER' }] });
    await appHomeOpened(withSubs)(args);
    const json = JSON.stringify(first(client.views.publish).view);
    expect(json).toContain('<#CMINE>');
    expect(json).not.toContain('COTHER');
  });

  const homeBody = { user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' }, trigger_id: 'trig-home', container: { type: 'view' } };
  const form = (channel: string | undefined, time: string, zone: string) => ({
    view: {
      state: {
        values: {
          channel: { channel: { selected_conversation: channel } },
          time: { time: { selected_time: time } },
          time_zone: { time_zone: { value: zone } },
        },
      },
    },
    body: homeBody,
  });

  it('opens the subscribe form with the default time and zone', async () => {
    const { args, client } = boltArgs({ action: { action_id: 'onthisday_open_subscribe' }, body: homeBody });
    await openSubscribeForm(attache)(args);
    const opened = first(client.views.open);
    expect(opened.trigger_id).toBe('trig-home');
    expect(opened.view.callback_id).toBe('onthisday_subscribe');
    expect(JSON.stringify(opened.view)).toContain('"initial_time":"09:00"');
    expect(JSON.stringify(opened.view)).toContain('"initial_value":"Asia/Dushanbe"');
  });

  it('subscribes from the form, and shows the outcome at the top of the Home tab', async () => {
    const a = testAttache({ now: () => new Date(`${TODAY}T07:00:00Z`) });
    const { args, ack, client } = boltArgs(form('C0FORM', '07:15', 'europe/paris'));
    await subscribeFormSubmitted(a)(args);
    expect(ack).toHaveBeenCalledWith();
    expect(await a.subscriptions.get({ teamId: 'T1', channelId: 'C0FORM' })).toMatchObject({ time: '07:15', timeZone: 'Europe/Paris', createdBy: 'U1' });
    expect(JSON.stringify(first(client.views.publish).view)).toContain('Subscribed: <#C0FORM> gets “on this date” every day at 07:15 (Europe/Paris).');
  });

  it('shows a wrong time zone under its field at once, without asking Slack anything', async () => {
    const a = testAttache();
    const wrongZone = boltArgs(form('C0FORM', '07:15', 'Nowhere/Land'));
    await subscribeFormSubmitted(a)(wrongZone.args);
    expect(first(wrongZone.ack)).toEqual({ response_action: 'errors', errors: { time_zone: expect.stringContaining('Not a time zone I know') } });
    expect(wrongZone.client.conversations.info).not.toHaveBeenCalled();
    expect(await a.subscriptions.all()).toEqual([]);
  });

  it('acknowledges first, then checks the channel, and reports a problem privately, subscribing nothing', async () => {
    const a = testAttache();
    const notMember = boltArgs(form('C0PRIV', '07:15', 'UTC'));
    notMember.client.conversations.info.mockImplementationOnce(async () => {
      notMember.calls.push('conversations.info');
      throw Object.assign(new Error('An API error occurred: channel_not_found'), { data: { ok: false, error: 'channel_not_found' } });
    });
    await subscribeFormSubmitted(a)(notMember.args);
    expect(notMember.calls).toEqual(['ack', 'conversations.info']);
    expect(first(notMember.ack)).toBeUndefined();
    expect(first(notMember.client.chat.postEphemeral)).toMatchObject({
      channel: 'C0PRIV',
      user: 'U1',
      text: "I can't post in <#C0PRIV> yet: invite me with `/invite @Attaché`, then try again. Nothing was subscribed.",
    });
    // Slack failing (a 429 after retries, a 5xx) is said as such.
    const limited = boltArgs(form('C0BUSY', '07:15', 'UTC'));
    limited.client.conversations.info.mockRejectedValueOnce(Object.assign(new Error('ratelimited'), { data: { ok: false, error: 'ratelimited' } }));
    limited.client.chat.postEphemeral.mockRejectedValueOnce(new Error('not_in_channel'));
    await subscribeFormSubmitted(a)(limited.args);
    expect(first(limited.client.chat.postMessage)).toMatchObject({
      channel: 'U1',
      text: expect.stringContaining("I couldn't check <#C0BUSY> with Slack just now (ratelimited)"),
    });
    expect(await a.subscriptions.all()).toEqual([]);
  });

  it('unsubscribes and resumes from the Home tab', async () => {
    const a = testAttache({ now: () => new Date(`${TODAY}T07:00:00Z`) });
    const key = { teamId: 'T1', channelId: 'C0HOME' };
    await a.subscriptions.subscribe(key, { time: '09:00', timeZone: 'Asia/Dushanbe' }, 'U1');
    await a.subscriptions.pause(key, 'the channel is archived');
    const resume = boltArgs({ action: { action_id: 'onthisday_resume', value: 'C0HOME' }, body: homeBody });
    await resumeFromHome(a)(resume.args);
    expect((await a.subscriptions.get(key))?.paused).toBeUndefined();
    expect(JSON.stringify(first(resume.client.views.publish).view)).toContain('Subscribed: <#C0HOME>');
    const unsubscribe = boltArgs({ action: { action_id: 'onthisday_unsubscribe', value: 'C0HOME' }, body: homeBody });
    await unsubscribeFromHome(a)(unsubscribe.args);
    expect(await a.subscriptions.get(key)).toBeUndefined();
    expect(JSON.stringify(first(unsubscribe.client.views.publish).view)).toContain('Unsubscribed: no more daily posts in <#C0HOME>.');
  });
});
