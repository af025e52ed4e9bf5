// Conversations and feedback through the real `attache start` (a separate process on loopback, its Web API a
// fake Slack, its state the SQLite file in DATA_DIR): a follow-up in a thread, in the assistant pane and in
// `attache chat` is read against what was asked before there and nowhere else, and a 👎 given in Slack is
// what `attache feedback` lists from the same DATA_DIR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packFeedback } from '../../src/slack/render/button-values.js';
import { askInConversation, conversationId } from '../../src/slack/conversation.js';
import { MemoryConversationStore } from '../../src/state/conversations.js';
import { engine, runCli } from '../helpers.js';
import { FakeSlack } from './support/fake-slack.js';
import { blockActions, eventCallback, postEvent, postInteraction } from './support/requests.js';
import { tempDir, testAttache } from './support/attache.js';
import { startReplica, type Replica } from '../state/support/replica.js';

const TREATY = 'When was the Treaty on Allied Relations signed?';
const FOLLOW_UP = 'who signed it?';

/** The people the curated facts on the Treaty on Allied Relations name (facts/curated), as they are written. */
const TREATY_PEOPLE = (() => {
  const kb = engine().kb;
  const ids = kb.facts.filter((f) => f.title === 'Treaty on Allied Relations').flatMap((f) => f.entities);
  return [...new Set(ids)].flatMap((id) => {
    const e = kb.entity(id);
    return e?.type === 'person' ? [e.name] : [];
  });
})();
const namesPerson = (text: string) => TREATY_PEOPLE.some((name) => text.includes(name));

/** Starting the app process takes seconds on a busy machine. */
const START_TIMEOUT_MS = 60_000;

describe('conversations and feedback in the running app', { timeout: 60_000 }, () => {
  let fake: FakeSlack;
  let app: Replica;
  const data = tempDir();

  beforeAll(async () => {
    fake = await FakeSlack.start();
    app = await startReplica({ DATA_DIR: data.dir, SLACK_API_URL: fake.apiUrl });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await app?.kill();
    await fake?.close();
    data.cleanup();
  }, START_TIMEOUT_MS);

  const replyIn = async (channel: string, threadTs: string) =>
    String((await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === channel && c.body.thread_ts === threadTs)).body.text);
  const mention = (id: string, text: string, ts: string, threadTs?: string) =>
    postEvent(
      app.origin,
      eventCallback(id, {
        type: 'app_mention',
        user: 'U1',
        text: `<@UBOT> ${text}`,
        ts,
        channel: 'C1',
        event_ts: ts,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      }),
    );

  it('the facts about the treaty name someone (the fixture this file relies on)', () => {
    expect(TREATY_PEOPLE.length).toBeGreaterThan(0);
  });

  it("answers a mention's follow-up in its thread from the thread's context, and another thread knows nothing of it", async () => {
    const thread = '1700010000.000100';
    await mention('Ev-cv-1', TREATY, thread);
    const first = await replyIn('C1', thread);
    expect(first).toContain('Treaty on Allied Relations');

    await mention('Ev-cv-2', FOLLOW_UP, '1700010000.000200', thread);
    await expect.poll(() => fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === thread).length, { timeout: 30_000 }).toBe(2);
    const followUp = String(fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === thread)[1]!.body.text);
    expect(namesPerson(followUp), followUp).toBe(true);

    // The same words as a new message in the channel: a thread of its own, with nothing before them.
    const other = '1700010100.000100';
    await mention('Ev-cv-3', FOLLOW_UP, other);
    const alone = await replyIn('C1', other);
    expect(namesPerson(alone), alone).toBe(false);
    expect(alone).toContain('“it”');
  });

  it('does the same in the assistant pane, thread by thread', async () => {
    const message = (id: string, ts: string, threadTs: string, text: string) =>
      postEvent(
        app.origin,
        eventCallback(id, { type: 'message', channel: 'D0CONV', channel_type: 'im', user: 'U1', text, ts, thread_ts: threadTs, event_ts: ts }),
      );
    const started = (id: string, threadTs: string) =>
      postEvent(
        app.origin,
        eventCallback(id, {
          type: 'assistant_thread_started',
          assistant_thread: { user_id: 'U1', context: {}, channel_id: 'D0CONV', thread_ts: threadTs },
          event_ts: `${threadTs}1`,
        }),
      );
    const inThread = (threadTs: string) =>
      fake
        .callsTo('chat.postMessage')
        .filter((c) => c.body.channel === 'D0CONV' && c.body.thread_ts === threadTs)
        .map((c) => String(c.body.text));

    const pane = '1700020000.000100';
    await started('Ev-pane-cv-1', pane);
    await message('Ev-pane-cv-2', '1700020000.000200', pane, TREATY);
    // The greeting, then the answer.
    await expect.poll(() => inThread(pane).length, { timeout: 30_000 }).toBe(2);
    expect(inThread(pane)[1]).toContain('Treaty on Allied Relations');
    await message('Ev-pane-cv-3', '1700020000.000300', pane, FOLLOW_UP);
    await expect.poll(() => inThread(pane).length, { timeout: 30_000 }).toBe(3);
    expect(namesPerson(inThread(pane)[2]!), inThread(pane)[2]).toBe(true);

    const other = '1700020100.000100';
    await started('Ev-pane-cv-4', other);
    await message('Ev-pane-cv-5', '1700020100.000200', other, FOLLOW_UP);
    await expect.poll(() => inThread(other).length, { timeout: 30_000 }).toBe(2);
    expect(namesPerson(inThread(other)[1]!), inThread(other)[1]).toBe(false);
  });

  it('lists a 👎 given in Slack in `attache feedback` run on the same DATA_DIR', async () => {
    const down = packFeedback({ query: { kind: 'ask', text: TREATY }, verdict: 'down', answered: true });
    const click = blockActions(
      { type: 'button', action_id: 'answer_feedback_down', value: down, text: { type: 'plain_text', text: '👎' } },
      {
        container: { type: 'message', message_ts: '1700010000.000900', channel_id: 'C1', thread_ts: '1700010000.000100' },
        message: { ts: '1700010000.000900', text: 'The answer as posted' },
        trigger_id: 'trig-cv-down',
        response_url: fake.responseUrl('cv-down'),
      },
    );
    expect((await postInteraction(app.origin, click)).status).toBe(200);
    await fake.waitFor((c) => c.path === '/api/views.open' && c.body.trigger_id === 'trig-cv-down');
    await expect.poll(() => runCli(['feedback'], { env: { DATA_DIR: data.dir } }).stdout, { timeout: 30_000 }).toContain(`Answers marked wrong (1):`);
    const report = runCli(['feedback', '--json'], { env: { DATA_DIR: data.dir } });
    expect(report.status, report.stderr).toBe(0);
    const { markedWrong } = JSON.parse(report.stdout) as { markedWrong: Record<string, unknown>[] };
    expect(markedWrong).toEqual([
      expect.objectContaining({
        teamId: 'T1',
        channelId: 'C1',
        messageTs: '1700010000.000900',
        userId: 'U1',
        question: TREATY,
        answerText: 'The answer as posted',
        verdict: 'down',
      }),
    ]);
  });
});

describe('attache chat', () => {
  it('keeps one conversation for the session: a follow-up is read against the question before it', () => {
    const answers = (input: string) => {
      const r = runCli(['chat'], { input });
      expect(r.status, r.stderr).toBe(0);
      // After the banner, each answer follows a prompt; its first line is the answer itself, before its quotes.
      return r.stdout
        .split(/^> /m)
        .slice(1, -1)
        .map((answer) => answer.split('\n')[0]!);
    };
    const [first, followUp] = answers(`${TREATY}\n${FOLLOW_UP}\n`);
    expect(first).toContain('Treaty on Allied Relations');
    expect(namesPerson(followUp!), followUp).toBe(true);
    const [alone] = answers(`${FOLLOW_UP}\n`);
    expect(namesPerson(alone!), alone).toBe(false);
  });
});

describe('askInConversation', () => {
  it('reads a stored context that is not a conversation (an older shape, a damaged row) as none, and replaces it', async () => {
    const conversations = new MemoryConversationStore();
    const key = { teamId: 'T1', channelId: 'C1', threadTs: '1.1' };
    await conversations.save(conversationId(key), { turns: 'not a list' });
    const attache = testAttache({ now: () => new Date(), conversations });
    const answer = await askInConversation(attache, key, TREATY);
    expect(answer.text).toContain('Treaty on Allied Relations');
    expect(((await conversations.load(conversationId(key))) as { turns: { question: string }[] }).turns.map((t) => t.question)).toEqual([TREATY]);
  });
});
