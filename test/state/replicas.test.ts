// Replicas: separate app processes on one database (a SQLite file, a PostgreSQL), driven with signed
// requests on loopback, their Web API a fake Slack that records every post. Nothing is lost or doubled by
// concurrency, retries reaching another replica, or a replica killed with SIGKILL mid-post.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/core/dates.js';
import { insertSubscriptions } from '../../src/state/legacy-subscriptions.js';
import { SqlSubscriptionStore } from '../../src/state/sql/subscriptions.js';
import type { Subscription } from '../../src/onthisday/subscription.js';
import { aSubscription } from '../slack/support/attache.js';
import { FakeSlack } from '../slack/support/fake-slack.js';
import { eventCallback, postCommand, postEvent } from '../slack/support/requests.js';
import { BACKENDS, titleOf, type Place } from './support/backends.js';
import { startReplica, type Replica } from './support/replica.js';

/** What the database holds now. */
async function stored(place: Place): Promise<Subscription[]> {
  const database = place.open();
  try {
    return await new SqlSubscriptionStore(database).list();
  } finally {
    await database.close();
  }
}

/** Starting app processes takes seconds on a busy machine. */
const HOOK_TIMEOUT_MS = 60_000;

const OLD_FILE = { version: 1, subscriptions: [aSubscription({ channelId: 'C0OLD' })] };

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip)(`two replicas ${titleOf(backend)}`, { timeout: 60_000 }, () => {
    let fake: FakeSlack;
    let place: Place;
    let a: Replica;
    let b: Replica;
    beforeAll(async () => {
      fake = await FakeSlack.start();
      place = await backend.place();
      // The old store's leftovers: its file (imported once) and a lock held by a process long gone.
      writeFileSync(join(place.env.DATA_DIR, 'subscriptions.json'), JSON.stringify(OLD_FILE));
      writeFileSync(join(place.env.DATA_DIR, 'subscriptions.json.lock'), '999999');
      [a, b] = await Promise.all([startReplica({ ...place.env, SLACK_API_URL: fake.apiUrl }), startReplica({ ...place.env, SLACK_API_URL: fake.apiUrl })]);
    }, HOOK_TIMEOUT_MS);
    afterAll(async () => {
      await Promise.all([a?.kill(), b?.kill()]);
      await fake.close();
      await place.done();
    }, HOOK_TIMEOUT_MS);

    it('loses and duplicates none of 120 concurrent subscribes, and a stale lock file changes nothing', async () => {
      // 100 channels, the first 20 of them subscribed again at the same moment through the other replica.
      const requests = Array.from({ length: 120 }, (_, i) => {
        const n = i % 100;
        return {
          name: `sub-${i}`,
          channel: `C${String(n).padStart(3, '0')}`,
          replica: (n + Math.floor(i / 100)) % 2 ? a : b,
          time: i < 100 ? '08:00' : '10:00',
        };
      });
      const answers = await Promise.all(
        requests.map((r) =>
          postCommand(r.replica.origin, {
            command: '/onthisday',
            text: `subscribe ${r.time} UTC`,
            response_url: fake.responseUrl(r.name),
            channel_id: r.channel,
          }),
        ),
      );
      expect(answers.map((res) => res.status)).toEqual(requests.map(() => 200));
      await expect.poll(() => fake.calls.filter((c) => c.path.startsWith('/respond/sub-')).length, { timeout: 30_000 }).toBe(120);
      for (const r of requests)
        expect(String(fake.callsTo(`/respond/${r.name}`)[0]!.body.text)).toMatch(
          new RegExp(`^Subscribed: <#${r.channel}> gets “on this date” every day at ${r.time} \\(UTC\\)`),
        );
      const subs = await stored(place);
      expect(subs.map((s) => s.channelId)).toEqual(['C0OLD', ...Array.from({ length: 100 }, (_, n) => `C${String(n).padStart(3, '0')}`)].sort());
      for (const s of subs.filter((x) => /^C0(0|1)\d$/.test(x.channelId))) expect(['08:00', '10:00']).toContain(s.time);
      // The old file was imported once and kept; the lock was neither taken nor removed.
      expect(JSON.parse(readFileSync(join(place.env.DATA_DIR, 'subscriptions.json'), 'utf8'))).toEqual(OLD_FILE);
      expect(readFileSync(join(place.env.DATA_DIR, 'subscriptions.json.lock'), 'utf8')).toBe('999999');
    });

    it('answers an event once when Slack’s retries reach the other replica', async () => {
      const ts = '1700000100.000100';
      const event = eventCallback('Ev-replicas', {
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> When did Tajikistan and Kyrgyzstan establish diplomatic relations?',
        ts,
        channel: 'C1',
        event_ts: ts,
      });
      expect((await postEvent(a.origin, event)).status).toBe(200);
      await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts, 15_000);
      expect((await postEvent(b.origin, event, { retryNum: 1 })).status).toBe(200);
      expect((await postEvent(a.origin, event, { retryNum: 2 })).status).toBe(200);
      await expect.poll(() => b.output().includes('event Ev-replicas was handled already (retry 1'), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => a.output().includes('event Ev-replicas was handled already (retry 2'), { timeout: 10_000 }).toBe(true);
      expect(fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts)).toHaveLength(1);
    });

    it('answers a signed slash command replayed to the other replica once', async () => {
      const fields = {
        command: '/ask',
        text: 'When did Tajikistan and Kyrgyzstan establish diplomatic relations?',
        response_url: fake.responseUrl('replayed'),
      };
      const once = { timestamp: Math.floor(Date.now() / 1000) };
      expect((await postCommand(a.origin, fields, once)).status).toBe(200);
      await fake.waitFor((c) => c.path === '/respond/replayed', 15_000);
      // The same request, byte for byte (same timestamp, same signature), sent to b.
      expect((await postCommand(b.origin, fields, once)).status).toBe(200);
      await expect.poll(() => b.output().includes('Slack request skipped: replayed command /ask'), { timeout: 10_000 }).toBe(true);
      expect(fake.calls.filter((c) => c.path === '/respond/replayed')).toHaveLength(1);
    });
  });

  describe.skipIf(backend.skip)(`a replica killed with SIGKILL between claim and post ${titleOf(backend)}`, { timeout: 60_000 }, () => {
    let fake: FakeSlack;
    let place: Place;
    const replicas: Replica[] = [];
    beforeEach(async () => {
      fake = await FakeSlack.start();
      place = await backend.place();
      // Due every day from midnight UTC.
      const database = place.open();
      await insertSubscriptions(await database.kysely(), [
        aSubscription({ channelId: 'C0DAILY', time: '00:00', timeZone: 'UTC', createdAt: '2020-01-01T00:00:00Z' }),
      ]);
      await database.close();
    }, HOOK_TIMEOUT_MS);
    afterEach(async () => {
      await Promise.all(replicas.splice(0).map((r) => r.kill()));
      await fake.close();
      await place.done();
    }, HOOK_TIMEOUT_MS);

    // A claim is honoured for a second (ONTHISDAY_CLAIM_LEASE_SECONDS) without news from its holder.
    const env = () => ({ ...place.env, SLACK_API_URL: fake.apiUrl, ONTHISDAY_CLAIM_LEASE_SECONDS: '1' });

    for (const when of ['after Slack took the post', 'before the post reached Slack'] as const) {
      it(`still posts the day exactly once (${when})`, async () => {
        const day = todayIn('UTC');
        // Slack takes the post (or never sees it), and the answer never comes: the replica is killed waiting.
        fake.answers.set('chat.postMessage', (body) => {
          if (when === 'after Slack took the post') fake.post(body);
          return { hang: true };
        });
        const doomed = await startReplica(env());
        replicas.push(doomed);
        await fake.waitFor((c) => c.path === '/api/chat.postMessage', 15_000);
        await doomed.kill('SIGKILL');
        expect((await stored(place))[0]!.lastPost).toMatchObject({ date: day, pending: true });
        fake.answers.delete('chat.postMessage');
        // Past the lease, the next replica takes the claim over.
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        replicas.push(await startReplica(env()));
        await expect.poll(async () => (await stored(place))[0]!.lastPost?.ts, { timeout: 15_000 }).toBeDefined();
        const posts = fake.messages.filter((m) => m.channel === 'C0DAILY');
        expect(posts).toHaveLength(1);
        expect(posts[0]!.metadata).toEqual({ event_type: 'attache_onthisday', event_payload: { day } });
        expect((await stored(place))[0]!.lastPost).toMatchObject({ date: day, ts: posts[0]!.ts });
        expect(fake.callsTo('conversations.history').map((c) => c.body.channel)).toEqual(['C0DAILY']);
        expect(fake.callsTo('chat.postMessage')).toHaveLength(when === 'after Slack took the post' ? 1 : 2);
      });
    }
  });
}
