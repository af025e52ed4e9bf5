// The daily post's Web API calls: a 429 with Retry-After is waited out and sent again (Slack did not take
// it), a 5xx is never sent again blindly (Slack may have posted), and a post is found again by its metadata.
import nock from 'nock';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { slackRoundDeps, teamClients } from '../../src/slack/daily-round.js';
import { Subscriptions } from '../../src/onthisday/subscriptions.js';
import { onThisDay } from '../../src/core/onthisday.js';
import { engine } from '../helpers.js';
import { recordingLogger } from './support/attache.js';
import { memoryStore } from '../state/support/stores.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const key = { teamId: 'T1', channelId: 'C1' };
const day = onThisDay(engine().kb, '01-10', 2026);

function deps() {
  const logger = recordingLogger();
  return slackRoundDeps(
    teamClients(async () => 'xoxb-test', 'https://slack.test/api/', logger),
    new Subscriptions(memoryStore()),
    engine().kb,
    {},
    logger,
  );
}

it('retries a rate-limited chat.postMessage after Retry-After, rendered, unfurls off and the day in its metadata', async () => {
  const api = nock('https://slack.test')
    .post('/api/chat.postMessage')
    .reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' })
    .post(
      '/api/chat.postMessage',
      (body: Record<string, string>) =>
        body.channel === 'C1' &&
        String(body.text).includes('10 January') &&
        body.unfurl_links === 'false' &&
        JSON.parse(body.metadata!).event_payload.day === '2026-01-10',
    )
    .reply(200, { ok: true, channel: 'C1', ts: '1700000000.000200' });
  let asked = 0;
  const stillMine = async () => {
    asked++;
    return true;
  };
  await expect(deps().post(key, day, '2026-01-10', stillMine)).resolves.toEqual({ ts: '1700000000.000200' });
  expect(api.isDone()).toBe(true);
  expect(asked).toBe(1);
});

it('does not send again after a rate limit once the claim is lost', async () => {
  nock('https://slack.test').post('/api/chat.postMessage').reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' });
  const second = nock('https://slack.test').post('/api/chat.postMessage').reply(200, { ok: true, ts: '1' });
  await expect(deps().post(key, day, '2026-01-10', async () => false)).rejects.toThrow('the claim on this day lapsed');
  expect(second.isDone()).toBe(false);
});

it('never sends chat.postMessage again after a 500', async () => {
  nock('https://slack.test').post('/api/chat.postMessage').reply(500, 'oops');
  const second = nock('https://slack.test').post('/api/chat.postMessage').reply(200, { ok: true, ts: '1' });
  await expect(deps().post(key, day, '2026-01-10', async () => true)).rejects.toThrow();
  expect(second.isDone()).toBe(false);
});

it("finds the day's post in the channel's history by its metadata, from a minute before the claim", async () => {
  const history = nock('https://slack.test')
    .post(
      '/api/conversations.history',
      (body: Record<string, string>) => body.channel === 'C1' && body.include_all_metadata === 'true' && body.oldest === '1768017540',
    )
    .reply(200, {
      ok: true,
      messages: [
        { ts: '1768017700.000300', text: 'someone else' },
        { ts: '1768017650.000200', text: 'on this date', metadata: { event_type: 'attache_onthisday', event_payload: { day: '2026-01-09' } } },
        { ts: '1768017610.000100', text: 'on this date', metadata: { event_type: 'attache_onthisday', event_payload: { day: '2026-01-10' } } },
      ],
      has_more: false,
    });
  // 2026-01-10T04:00:00Z is 1768017600.
  await expect(deps().findPosted(key, '2026-01-10', '2026-01-10T04:00:00.000Z')).resolves.toBe('1768017610.000100');
  expect(history.isDone()).toBe(true);
  nock('https://slack.test')
    .post('/api/conversations.history')
    .reply(200, { ok: true, messages: [{ ts: '1', text: 'x' }], has_more: false });
  await expect(deps().findPosted(key, '2026-01-10', '2026-01-10T04:00:00.000Z')).resolves.toBeUndefined();
});
