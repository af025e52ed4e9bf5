// End to end, as Slack uses the app now: the real Bolt receiver behind our HTTP front on 127.0.0.1, its Web API
// calls and response_urls going to a fake Slack, every request signed as Slack signs it. The assistant pane,
// feedback, pages, the human messages it answers, and each request check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryFeedbackStore } from '../../src/state/feedback.js';
import { feedbackReport, formatFeedbackReport } from '../../src/cli/feedback.js';
import { packFeedback, packQuery } from '../../src/slack/render/button-values.js';
import { ANSWER_BUDGET } from '../../src/slack/render/blocks.js';
import type { Engine } from '../../src/core/engine.js';
import { inProcess } from '../../src/worker/engine-worker.js';
import type { Conversation } from '../../src/core/conversation.js';
import { todayIn } from '../../src/core/dates.js';
import { engine } from '../helpers.js';
import type { Call, FakeSlack } from './support/fake-slack.js';
import { startTestApp } from './support/app.js';
import { blockActions, commandForm, eventCallback, postEvent, postInteraction, postToSlackEvents, SIGNING_SECRET } from './support/requests.js';
import { recordingLogger, testAttache } from './support/attache.js';
import { expectWithinLimits, interactiveCount, markupTexts } from './support/limits.js';
import type { Json } from './support/json.js';

const RELATIONS = 'When did Tajikistan and Kyrgyzstan establish diplomatic relations?';
const TIMELINE = 'timeline of Tajikistan and Kyrgyzstan relations';
const answerTo = (q: string) => engine().ask(q, { today: todayIn('Asia/Dushanbe') });
const FORM = 'application/x-www-form-urlencoded';

describe('Slack as its users meet it', () => {
  let fake: FakeSlack;
  let stop: () => Promise<void>;
  let origin: string;
  const logger = recordingLogger();
  const feedback = new MemoryFeedbackStore();
  /** Every question that reached the engine (ask alone, or converse in a thread), in order. */
  const asked: string[] = [];

  const posted = (match: (c: Call) => boolean) => fake.waitFor((c) => c.path === '/api/chat.postMessage' && match(c));
  const responseTo = async (name: string) => (await fake.waitFor((c) => c.path === `/respond/${name}`)).body as Json;
  const interaction = (action: Json, over: Json = {}) =>
    blockActions(action, {
      container: { type: 'message', message_ts: '1700000100.000100', channel_id: 'C1', is_ephemeral: true },
      response_url: fake.responseUrl('unused'),
      ...over,
    });
  /** Slack's limits and our budget hold for every answer the app sent. */
  const expectCompact = (body: Json) => {
    expectWithinLimits(body.blocks, ANSWER_BUDGET.blocks);
    expect(interactiveCount(body.blocks)).toBeLessThanOrEqual(ANSWER_BUDGET.interactive);
    expect([body.unfurl_links, body.unfurl_media].map(String)).toEqual(['false', 'false']);
  };

  beforeAll(async () => {
    const attache = testAttache({ now: () => new Date(), feedback });
    const real = attache.engine;
    const recording = Object.create(real, {
      ask: {
        value: (q: string, o?: object) => {
          asked.push(q);
          return real.ask(q, o);
        },
      },
      converse: {
        value: (q: string, c: Conversation | undefined, now: string, o?: object) => {
          asked.push(q);
          return real.converse(q, c, now, o);
        },
      },
    }) as Engine;
    ({ fake, origin, stop } = await startTestApp({ ...attache, engine: recording, answers: inProcess(recording) }, SIGNING_SECRET, logger));
  });

  afterAll(() => stop());

  describe('the assistant pane', () => {
    const started = (id: string, threadTs: string, viewing?: string) =>
      postEvent(
        origin,
        eventCallback(id, {
          type: 'assistant_thread_started',
          assistant_thread: { user_id: 'U1', context: viewing ? { channel_id: viewing, team_id: 'T1' } : {}, channel_id: 'D0PANE', thread_ts: threadTs },
          event_ts: `${threadTs}1`,
        }),
      );
    const promptsFor = async (threadTs: string) =>
      (await fake.waitFor((c) => c.path === '/api/assistant.threads.setSuggestedPrompts' && c.body.thread_ts === threadTs)).body.prompts as {
        title: string;
        message: string;
      }[];
    const message = (id: string, ts: string, threadTs: string, text: string) =>
      postEvent(origin, eventCallback(id, { type: 'message', channel: 'D0PANE', channel_type: 'im', user: 'U1', text, ts, thread_ts: threadTs, event_ts: ts }));

    it('greets a new thread, and suggests questions the engine answers with a source, varied from thread to thread', async () => {
      expect((await started('Ev-pane-1', '1700000200.000100', 'C0VIEW')).status).toBe(200);
      const greeting = await posted((c) => c.body.channel === 'D0PANE' && c.body.thread_ts === '1700000200.000100');
      expect(greeting.body.text).toContain('To answer in <#C0VIEW> for everyone, use `/ask` there.');
      const first = await promptsFor('1700000200.000100');
      expect(first.length).toBe(4);
      const examples = engine().kb.intents.flatMap((i) => i.examples);
      for (const p of first) {
        expect(examples).toContain(p.message);
        const a = answerTo(p.message);
        expect(a.answered && a.citations.length > 0, p.message).toBe(true);
      }
      await started('Ev-pane-2', '1700000300.000200');
      const second = await promptsFor('1700000300.000200');
      expect(second.map((p) => p.message)).not.toEqual(first.map((p) => p.message));
    });

    it('sets a status while answering, titles the thread from the first question, and answers in the thread with Slack’s feedback buttons', async () => {
      await message('Ev-pane-q1', '1700000200.000300', '1700000200.000100', RELATIONS);
      const status = await fake.waitFor((c) => c.path === '/api/assistant.threads.setStatus' && c.body.thread_ts === '1700000200.000100');
      expect(status.body).toMatchObject({ channel_id: 'D0PANE', status: 'is looking up sources…' });
      const title = await fake.waitFor((c) => c.path === '/api/assistant.threads.setTitle' && c.body.thread_ts === '1700000200.000100');
      expect(title.body.title).toBe(RELATIONS);
      const reply = await posted((c) => c.body.thread_ts === '1700000200.000100' && String(c.body.text).includes(answerTo(RELATIONS).lead!));
      expect(reply.body.channel).toBe('D0PANE');
      expectCompact(reply.body);
      const feedbackBlock = (reply.body.blocks as Json[]).find((b) => b.type === 'context_actions')!;
      expect(feedbackBlock.elements[0].type).toBe('feedback_buttons');
    });

    it('answers a follow-up in the same thread through the engine, without a second title', async () => {
      await message('Ev-pane-q2', '1700000200.000400', '1700000200.000100', 'How long is the Tajik-Kyrgyz border?');
      const reply = await posted((c) => c.body.thread_ts === '1700000200.000100' && String(c.body.text).startsWith('971 km'));
      expectCompact(reply.body);
      expect(asked).toContain('How long is the Tajik-Kyrgyz border?');
      expect(fake.callsTo('assistant.threads.setTitle').filter((c) => c.body.thread_ts === '1700000200.000100')).toHaveLength(1);
      expect(fake.callsTo('assistant.threads.setStatus').filter((c) => c.body.thread_ts === '1700000200.000100')).toHaveLength(2);
      // The DM listener left it to the assistant: one answer per question.
      expect(fake.callsTo('chat.postMessage').filter((c) => String(c.body.text).startsWith('971 km'))).toHaveLength(1);
    });
  });

  describe('feedback', () => {
    it('stores a 👎 from Slack’s feedback buttons, takes the note from its form, and lists it for curators', async () => {
      const down = packFeedback({ query: { kind: 'ask', text: RELATIONS }, verdict: 'down', answered: true });
      const click = interaction(
        { type: 'feedback_buttons', action_id: 'answer_feedback', value: down, text: { type: 'plain_text', text: '👎' } },
        {
          container: { type: 'message', message_ts: '1700000200.000900', channel_id: 'D0PANE', thread_ts: '1700000200.000100' },
          channel: { id: 'D0PANE' },
          trigger_id: 'trig-down',
          message: { ts: '1700000200.000900', text: 'The answer as posted' },
        },
      );
      expect((await postInteraction(origin, click)).status).toBe(200);
      const opened = await fake.waitFor((c) => c.path === '/api/views.open' && c.body.trigger_id === 'trig-down');
      const view = opened.body.view as Json;
      expect(view.callback_id).toBe('answer_feedback_note');
      await expect.poll(async () => (await feedback.markedWrong(10)).length).toBe(1);

      const submit = {
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'U1', team_id: 'T1' },
        api_app_id: 'A1',
        trigger_id: 'trig-submit',
        view: {
          id: 'V1',
          callback_id: view.callback_id,
          private_metadata: view.private_metadata,
          state: { values: { comment: { comment: { type: 'plain_text_input', value: 'The protocol was signed in Bishkek, not Dushanbe.' } } } },
        },
      };
      const res = await postInteraction(origin, submit);
      expect(res.status).toBe(200);
      await expect.poll(async () => (await feedback.markedWrong(10))[0]?.comment).toBe('The protocol was signed in Bishkek, not Dushanbe.');
      const [wrong] = await feedback.markedWrong(10);
      expect(wrong).toMatchObject({
        teamId: 'T1',
        channelId: 'D0PANE',
        messageTs: '1700000200.000900',
        userId: 'U1',
        question: RELATIONS,
        answerText: 'The answer as posted',
        verdict: 'down',
        answered: true,
      });

      const report = formatFeedbackReport(await feedbackReport(feedback, 10));
      expect(report).toContain(
        `Answers marked wrong (1):\n  ${wrong!.at}  ${RELATIONS}\n    answer: The answer as posted\n    reader: The protocol was signed in Bishkek, not Dushanbe.`,
      );
    });

    it('thanks a 👍 from an ordinary button privately, and counts declined questions', async () => {
      const up = packFeedback({ query: { kind: 'ask', text: RELATIONS }, verdict: 'up', answered: true });
      await postInteraction(
        origin,
        interaction(
          { type: 'button', action_id: 'answer_feedback_up', value: up, text: { type: 'plain_text', text: '👍' } },
          { response_url: fake.responseUrl('thanks') },
        ),
      );
      expect(await responseTo('thanks')).toMatchObject({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'Thanks — noted that this answer was right.',
      });
      for (const [id, ts] of [
        ['Ev-fr-1', '1700000400.000100'],
        ['Ev-fr-2', '1700000400.000200'],
      ] as const) {
        await postEvent(
          origin,
          eventCallback(id, { type: 'app_mention', user: 'U2', text: '<@UBOT> what is the capital of France', ts, channel: 'C1', event_ts: ts }),
        );
        await posted((c) => c.body.thread_ts === ts);
      }
      expect(await feedback.mostDeclined(5)).toContainEqual({ question: 'what is the capital of france', count: 2 });
      expect(formatFeedbackReport(await feedbackReport(feedback, 10))).toContain('   2×  what is the capital of france');
    });
  });

  it('pages a long list: the More button shows the next items in place of the first', async () => {
    await postToSlackEvents(origin, commandForm({ command: '/ask', text: TIMELINE, response_url: fake.responseUrl('list') }), FORM);
    const page1 = await responseTo('list');
    expectCompact(page1);
    const more = (page1.blocks as Json[]).flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e: Json) => e.action_id === 'answer_more');
    expect(more.text.text).toBe('More (5–8 of 13)');
    await postInteraction(origin, interaction({ type: 'button', action_id: 'answer_more', value: more.value }, { response_url: fake.responseUrl('list-2') }));
    const page2 = await responseTo('list-2');
    expect(page2.replace_original).toBe(true);
    expectCompact(page2);
    const contextTexts = (page2.blocks as Json[]).filter((b) => b.type === 'context').flatMap((b) => b.elements.map((e: Json) => e.text));
    expect(contextTexts).toContain('5–8 of 13');
    expect(contextTexts[0]).toBe(`You asked: ${TIMELINE}`);
  });

  it('answers a mention sent to the channel from a thread, and a DM with a file attached', async () => {
    await postEvent(
      origin,
      eventCallback('Ev-broadcast', {
        type: 'app_mention',
        subtype: 'thread_broadcast',
        user: 'U1',
        text: `<@UBOT> ${RELATIONS}`,
        ts: '1700000500.000200',
        thread_ts: '1700000500.000100',
        channel: 'C1',
        event_ts: '1700000500.000200',
      }),
    );
    const inThread = await posted((c) => c.body.thread_ts === '1700000500.000100');
    expect(inThread.body.text).toContain(answerTo(RELATIONS).lead);
    await postEvent(
      origin,
      eventCallback('Ev-file', {
        type: 'message',
        subtype: 'file_share',
        channel_type: 'im',
        channel: 'D0FILE',
        user: 'U1',
        text: RELATIONS,
        ts: '1700000600.000100',
        event_ts: '1700000600.000100',
        files: [{ id: 'F1', name: 'notes.pdf' }],
      }),
    );
    const inDm = await posted((c) => c.body.channel === 'D0FILE');
    expect(inDm.body.text).toContain(answerTo(RELATIONS).lead);
    expectCompact(inDm.body);
  });

  describe('request checks', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const commandBody = (name: string, text = RELATIONS) => commandForm({ command: '/ask', text, response_url: fake.responseUrl(name) });
    const warned = (text: string) => logger.warn.mock.calls.some(([m]) => String(m).includes(text));

    it('refuses a timestamp more than five minutes off, in the past or in the future', async () => {
      for (const [name, timestamp] of [
        ['past', now() - 6 * 60],
        ['future', now() + 6 * 60],
      ] as const) {
        const res = await postToSlackEvents(origin, commandBody(name), FORM, { timestamp });
        expect(res.status, name).toBe(401);
      }
      expect(warned(`request timestamp "${now() + 6 * 60}"`) || warned('is stale or in the future')).toBe(true);
      // Four minutes ahead is within Slack's rule.
      expect((await postToSlackEvents(origin, commandBody('near'), FORM, { timestamp: now() + 4 * 60 })).status).toBe(200);
      await responseTo('near');
      expect(fake.callsTo('/respond/past')).toEqual([]);
      expect(fake.callsTo('/respond/future')).toEqual([]);
    });

    it('acts once on a signed command or button replayed with the same signature and timestamp', async () => {
      const timestamp = now();
      const body = commandBody('replayed');
      expect((await postToSlackEvents(origin, body, FORM, { timestamp })).status).toBe(200);
      await responseTo('replayed');
      expect((await postToSlackEvents(origin, body, FORM, { timestamp })).status).toBe(200);
      expect(logger.info.mock.calls.some(([m]) => String(m).includes('replayed command /ask (same signature and timestamp) ignored'))).toBe(true);

      const share = interaction(
        { type: 'button', action_id: 'share_answer', value: packQuery({ kind: 'ask', text: RELATIONS }) },
        { response_url: fake.responseUrl('shared') },
      );
      const shareBody = new URLSearchParams({ payload: JSON.stringify(share) }).toString();
      for (let i = 0; i < 3; i++) expect((await postToSlackEvents(origin, shareBody, FORM, { timestamp })).status).toBe(200);
      await responseTo('shared');
      // A later request answered means the replays had their chance to act, and did not.
      await postToSlackEvents(origin, commandBody('after'), FORM);
      await responseTo('after');
      expect(fake.callsTo('/respond/replayed')).toHaveLength(1);
      expect(fake.callsTo('/respond/shared')).toHaveLength(1);
    });

    it('answers a signed body that is not an object (JSON null) with 400 rather than hanging', async () => {
      for (const [body, type] of [
        ['null', 'application/json'],
        ['42', 'application/json'],
        ['payload=null', FORM],
      ] as const) {
        const res = await postToSlackEvents(origin, body, type);
        expect(res.status, body).toBe(400);
      }
    });

    it('answers malformed percent-encoding under /sources with 400 on the app’s port, and 404 off its paths', async () => {
      const res = await fetch(`${origin}/sources/%E0%A4%A`);
      expect([res.status, await res.text()]).toEqual([400, 'Bad request']);
      for (const [method, path] of [
        ['GET', '/nowhere'],
        ['GET', '/slack/events'],
        ['POST', '/slack/other'],
      ]) {
        expect((await fetch(`${origin}${path}`, { method })).status, `${method} ${path}`).toBe(404);
      }
    });

    it('takes bidi controls out of the echoed question', async () => {
      await postToSlackEvents(origin, commandBody('bidi', `When did \u202ETajikistan\u202C and Kyrgyzstan establish diplomatic relations?\u2066`), FORM);
      const reply = await responseTo('bidi');
      expect(reply.blocks[0].elements[0].text).toBe(`You asked: ${RELATIONS}`);
      // Nowhere Slack shows text (button values are read back by us, and echoed only through the same escape).
      for (const text of markupTexts(reply)) expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    });
  });
});
