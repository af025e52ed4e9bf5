// Web API rate limits: a 429 with Retry-After is waited out and the call made again, as Slack's WebClient
// does with our retry settings, for the app's client and the daily posts alike.
import nock from 'nock';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { webClientOptions } from '../../src/slack/web-client.js';
import { slackRoundDeps } from '../../src/slack/daily-round.js';
import { Subscriptions } from '../../src/onthisday/subscriptions.js';
import { onThisDay } from '../../src/core/onthisday.js';
import { engine } from '../helpers.js';
import { MemoryStore, recordingLogger } from './support/attache.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

it('retries a rate-limited chat.postMessage after Retry-After and succeeds', async () => {
  const api = nock('https://slack.test')
    .post('/api/chat.postMessage')
    .reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' })
    .post('/api/chat.postMessage', (body: Record<string, string>) => body.channel === 'C1' && String(body.text).startsWith('On 14 January') && body.unfurl_links === 'false')
    .reply(200, { ok: true, channel: 'C1', ts: '1700000000.000200' });
  const logger = recordingLogger();
  const client = new webApi.WebClient('xoxb-test', { ...webClientOptions('https://slack.test/api/'), logger });
  const rateLimited: number[] = [];
  client.on(webApi.WebClientEvent.RATE_LIMITED, (seconds: number) => rateLimited.push(seconds));
  const deps = slackRoundDeps(client, new Subscriptions(new MemoryStore()), engine().kb, {}, logger);
  await expect(deps.post('C1', onThisDay(engine().kb, '01-14', 2026))).resolves.toEqual({ ts: '1700000000.000200' });
  expect(rateLimited).toEqual([1]);
  expect(api.isDone()).toBe(true);
});
