// End to end: the real Bolt HTTP receiver on 127.0.0.1, its Web API calls and response_urls going to a fake
// Slack, and requests signed as Slack signs them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySlackRequest } from '@slack/bolt';
import { StateDatabase } from '../../src/state/database.js';
import { SqlSubscriptionStore } from '../../src/state/sql/subscriptions.js';
import { packQuery, packQuoteRef } from '../../src/slack/render/button-values.js';
import { todayIn } from '../../src/core/dates.js';
import { engine } from '../helpers.js';
import type { FakeSlack } from './support/fake-slack.js';
import { startTestApp } from './support/app.js';
import { blockActions, eventCallback, postCommand, postEvent, postInteraction, postToSlackEvents, sign } from './support/requests.js';
import { recordingLogger, tempDir, testAttache } from './support/attache.js';
import { expectNoLiveMarkup, HOSTILE } from './support/limits.js';

// Slack's documented example (docs.slack.dev, "Verifying requests from Slack").
const EXAMPLE = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

const RELATIONS = 'When did Tajikistan and Kyrgyzstan establish diplomatic relations?';
const lead = () => engine().ask(RELATIONS, { today: todayIn('Asia/Dushanbe') }).lead!;

describe('request signatures', () => {
  it("our signing helper reproduces Slack's documented example", () => {
    expect(sign(EXAMPLE.secret, EXAMPLE.timestamp, EXAMPLE.body)).toBe(EXAMPLE.signature);
  });

  it('Bolt accepts the example at the time it was made, and rejects it as stale today', () => {
    const request = {
      signingSecret: EXAMPLE.secret,
      body: EXAMPLE.body,
      headers: { 'x-slack-signature': EXAMPLE.signature, 'x-slack-request-timestamp': EXAMPLE.timestamp },
    };
    expect(() => verifySlackRequest({ ...request, nowMilliseconds: EXAMPLE.timestamp * 1000 })).not.toThrow();
    expect(() => verifySlackRequest(request)).toThrow(/stale/);
  });
});

describe('the Slack app over HTTP', () => {
  let fake: FakeSlack;
  let stop: () => Promise<void>;
  let origin: string;
  const logger = recordingLogger();
  const data = tempDir();
  // The app's signing secret is the documented example's, so that the example request fails for staleness alone.
  const opts = { secret: EXAMPLE.secret };
  const command = (name: string, text: string, responseName: string, channel = 'C1') =>
    postCommand(origin, { command: name, text, response_url: fake.responseUrl(responseName), channel_id: channel }, opts);
  const responseTo = async (name: string) => (await fake.waitFor((c) => c.path === `/respond/${name}`)).body;

  beforeAll(async () => {
    const attache = testAttache({ now: () => new Date(), store: new SqlSubscriptionStore(StateDatabase.open({ dataDir: data.dir })) });
    ({ fake, origin, stop } = await startTestApp(attache, EXAMPLE.secret, logger));
  });

  afterAll(async () => {
    await stop();
    data.cleanup();
  });

  it('echoes the url_verification challenge', async () => {
    const res = await postEvent(origin, { type: 'url_verification', token: 'x', challenge: 'chal-123' }, opts);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'chal-123' });
  });

  it('answers GET /healthz and serves the source pages on the same port', async () => {
    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toContain('application/json');
    expect(await health.json()).toEqual({ ok: true });
    expect((await fetch(`${origin}/sources`)).status).toBe(200);
  });

  it('acknowledges a slash command well within 3 seconds, then answers at its response_url', async () => {
    const started = performance.now();
    const res = await command('/ask', RELATIONS, 'ask-1');
    const elapsed = performance.now() - started;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(elapsed).toBeLessThan(3000);
    const reply = await responseTo('ask-1');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain(lead());
  });

  it('answers a mention in its thread', async () => {
    const res = await postEvent(
      origin,
      eventCallback('Ev-mention', {
        type: 'app_mention',
        user: 'U1',
        text: `<@UBOT> ${RELATIONS}`,
        ts: '1700000001.000100',
        channel: 'C1',
        event_ts: '1700000001.000100',
      }),
      opts,
    );
    expect(res.status).toBe(200);
    const posted = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000001.000100');
    expect(posted.body.channel).toBe('C1');
    expect(posted.body.text).toContain(lead());
    expect(posted.headers.authorization).toBe('Bearer xoxb-test');
  });

  it('answers an event once however often Slack retries it', async () => {
    const event = eventCallback('Ev-retried', {
      type: 'app_mention',
      user: 'U1',
      text: `<@UBOT> ${RELATIONS}`,
      ts: '1700000002.000100',
      channel: 'C1',
      event_ts: '1700000002.000100',
    });
    expect((await postEvent(origin, event, opts)).status).toBe(200);
    expect((await postEvent(origin, event, { ...opts, retryNum: 1 })).status).toBe(200);
    await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000002.000100');
    await expect.poll(() => logger.info.mock.calls.some(([m]) => String(m).includes('event Ev-retried was handled already (retry 1'))).toBe(true);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === '1700000002.000100')).toHaveLength(1);
  });

  it('rejects forged and stale signatures with 401 and does nothing', async () => {
    const body = new URLSearchParams({
      command: '/ask',
      text: RELATIONS,
      response_url: fake.responseUrl('forged'),
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
    }).toString();
    const form = 'application/x-www-form-urlencoded';
    expect((await postToSlackEvents(origin, body, form, { ...opts, signature: `v0=${'0'.repeat(64)}` })).status).toBe(401);
    expect((await postToSlackEvents(origin, body, form, { secret: 'another-secret' })).status).toBe(401);
    expect((await postToSlackEvents(origin, body, form, { ...opts, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    // Slack's own example, correctly signed with this app's secret, five years too late.
    expect((await postToSlackEvents(origin, EXAMPLE.body, form, { timestamp: EXAMPLE.timestamp, signature: EXAMPLE.signature })).status).toBe(401);
    expect(fake.callsTo('/respond/forged')).toEqual([]);
    // The log says why: two signatures that do not match, two (the example among them) too old.
    const reasons = logger.warn.mock.calls.map(([m]) => String(m));
    expect(reasons.filter((r) => r.includes('signature does not match'))).toHaveLength(2);
    expect(reasons.filter((r) => r.includes('stale'))).toHaveLength(2);
  });

  it('never echoes <!channel> and other markup live, in a command reply or a mention', async () => {
    await command('/ask', HOSTILE, 'hostile');
    expectNoLiveMarkup(await responseTo('hostile'));
    await postEvent(
      origin,
      eventCallback('Ev-hostile', {
        type: 'app_mention',
        user: 'U1',
        text: `<@UBOT> ${HOSTILE}`,
        ts: '1700000003.000100',
        channel: 'C1',
        event_ts: '1700000003.000100',
      }),
      opts,
    );
    expectNoLiveMarkup((await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000003.000100')).body);
  });

  it('shares an answer in the channel from its button, and opens a source from another', async () => {
    const interaction = (actionId: string, value: string, responseName: string, triggerId: string) =>
      blockActions(
        { type: 'button', action_id: actionId, value, action_ts: '1700000004.1' },
        {
          container: { type: 'message', message_ts: '1700000004.000100', channel_id: 'C1', is_ephemeral: true },
          trigger_id: triggerId,
          response_url: fake.responseUrl(responseName),
        },
      );
    expect((await postInteraction(origin, interaction('share_answer', packQuery({ kind: 'ask', text: RELATIONS }), 'share-1', 't-1'), opts)).status).toBe(200);
    expect(await responseTo('share-1')).toMatchObject({ response_type: 'in_channel', delete_original: true });
    const citation = engine().ask(RELATIONS).citations[0]!;
    await postInteraction(origin, interaction('show_source', packQuoteRef(citation), 'source-1', 't-source'), opts);
    const opened = await fake.waitFor((c) => c.path === '/api/views.open' && c.body.trigger_id === 't-source');
    expect((opened.body.view as { type: string }).type).toBe('modal');
  });

  describe('/onthisday subscriptions', () => {
    beforeAll(() => {
      fake.answers.set('conversations.info', (body) =>
        body.channel === 'C0OUT' ? { json: { ok: false, error: 'channel_not_found' } } : { json: { ok: true, channel: { id: body.channel, is_member: true } } },
      );
    });

    it('subscribes a channel the bot is in, with the time and zone given', async () => {
      await command('/onthisday', 'subscribe 08:30 europe/berlin', 'sub-1', 'C0SUB');
      const reply = await responseTo('sub-1');
      expect(reply.text).toMatch(/^Subscribed: <#C0SUB> gets “on this date” every day at 08:30 \(Europe\/Berlin\)\. Next post: .+\(Europe\/Berlin\)\.$/);
      expect(fake.callsTo('conversations.info').some((c) => c.body.channel === 'C0SUB')).toBe(true);
    });

    it('tells how to invite the bot where it cannot post, and subscribes nothing', async () => {
      await command('/onthisday', 'subscribe', 'sub-out', 'C0OUT');
      expect((await responseTo('sub-out')).text).toContain('invite me with `/invite @Attaché`');
      await command('/onthisday', 'status', 'status-out', 'C0OUT');
      expect((await responseTo('status-out')).text).toContain('has no daily post');
    });

    it('explains a wrong time or zone', async () => {
      await command('/onthisday', 'subscribe 25:00', 'bad-time', 'C0SUB');
      expect((await responseTo('bad-time')).text).toContain('“25:00” is not a time of day');
      await command('/onthisday', 'subscribe 07:00 Mars/Olympus', 'bad-zone', 'C0SUB');
      expect((await responseTo('bad-zone')).text).toContain('“Mars/Olympus” is not a time zone I know');
    });

    it('reports the status, shows it in the App Home, and unsubscribes', async () => {
      await command('/onthisday', 'status', 'status-1', 'C0SUB');
      expect((await responseTo('status-1')).text).toMatch(/every day at 08:30 \(Europe\/Berlin\)\. Next post: /);
      fake.answers.set('users.conversations', () => ({ json: { ok: true, channels: [{ id: 'C0SUB' }] } }));
      await postEvent(origin, eventCallback('Ev-home', { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1700000005.1' }), opts);
      const published = await fake.waitFor((c) => c.path === '/api/views.publish' && c.body.user_id === 'U1');
      expect(JSON.stringify(published.body.view)).toContain('<#C0SUB> · every day at 08:30 Europe/Berlin');
      await command('/onthisday', 'unsubscribe', 'unsub-1', 'C0SUB');
      expect((await responseTo('unsub-1')).text).toBe('Unsubscribed: no more daily posts in <#C0SUB>.');
      await command('/onthisday', 'status', 'status-2', 'C0SUB');
      expect((await responseTo('status-2')).text).toContain('has no daily post');
    });
  });
});
