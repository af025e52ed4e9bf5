// The in-process schedule under a fake clock: one post a day at local time across DST changes, catching up
// after downtime once, retrying transient failures at the next tick and pausing on permanent ones.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DailyScheduler } from '../../src/onthisday/scheduler.js';
import { Subscriptions } from '../../src/onthisday/subscriptions.js';
import { postDue, type FindPosted, type Poster, type RoundDeps } from '../../src/onthisday/round.js';
import type { Subscription } from '../../src/onthisday/subscription.js';
import { explainPostError } from '../../src/slack/post-errors.js';
import { engine } from '../helpers.js';
import { aSubscription, recordingLogger } from '../slack/support/attache.js';
import { plantedStore } from '../state/support/stores.js';

const slackError = (code: string) =>
  Object.assign(new Error(`An API error occurred: ${code}`), { code: 'slack_webapi_platform_error', data: { ok: false, error: code } });

type Sent = { channel: string; at: string; text: string };

async function setup(subs: Subscription[], post?: Poster, findPosted: FindPosted = async () => undefined) {
  const store = await plantedStore(subs);
  const subscriptions = new Subscriptions(store, () => new Date());
  const sent: Sent[] = [];
  const deps: RoundDeps = {
    subscriptions,
    kb: engine().kb,
    post:
      post ??
      (async (key, day) => {
        sent.push({ channel: key.channelId, at: new Date().toISOString(), text: day.text });
        return { ts: String(sent.length) };
      }),
    findPosted,
    explain: explainPostError,
    logger: recordingLogger(),
    now: () => new Date(),
  };
  const scheduler = () => new DailyScheduler(subscriptions, (only) => postDue(deps, only ? { only } : {}), deps.logger);
  /** The only subscription, as stored now. */
  const stored = async () => (await store.list())[0]!;
  return { store, stored, sent, deps, scheduler };
}

/** Moves the fake clock to `iso`, firing every timer due on the way. */
const advanceTo = (iso: string) => vi.advanceTimersByTimeAsync(Date.parse(iso) - Date.now());

beforeAll(() => void engine());
beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

// Days of simulated time, every sweep on the real store: seconds of wall time on a busy machine.
describe('the daily schedule', { timeout: 60_000 }, () => {
  it('posts once at 09:00 New York time on the day clocks go forward', async () => {
    vi.setSystemTime(new Date('2026-03-07T15:00:00Z'));
    const { sent, stored, scheduler } = await setup([aSubscription({ timeZone: 'America/New_York', createdAt: '2026-03-07T15:00:00Z' })]);
    const s = scheduler();
    await s.start();
    expect(sent).toEqual([]);
    await advanceTo('2026-03-09T12:00:00Z');
    // 09:00 EDT (UTC-4) on the 8th.
    expect(sent.map((p) => p.at)).toEqual(['2026-03-08T13:00:00.000Z']);
    expect((await stored()).lastPost).toMatchObject({ date: '2026-03-08', ts: '1' });
    await advanceTo('2026-03-10T12:00:00Z');
    expect(sent.map((p) => p.at)).toEqual(['2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z']);
    s.stop();
  });

  it('posts once at 09:00 New York time on the day clocks go back', async () => {
    vi.setSystemTime(new Date('2026-10-31T15:00:00Z'));
    const { sent, scheduler } = await setup([aSubscription({ timeZone: 'America/New_York', createdAt: '2026-10-31T15:00:00Z' })]);
    const s = scheduler();
    await s.start();
    await advanceTo('2026-11-02T12:00:00Z');
    // 09:00 EST (UTC-5) on the 1st, the only post.
    expect(sent.map((p) => p.at)).toEqual(['2026-11-01T14:00:00.000Z']);
    s.stop();
  });

  it('catches up a post missed while down, once, and not again after another restart', async () => {
    // 11:00 in Dushanbe on the 10th; yesterday was posted, today's 09:00 was missed.
    vi.setSystemTime(new Date('2026-01-10T06:00:00Z'));
    const { sent, stored, scheduler } = await setup([aSubscription({ lastPost: { date: '2026-01-09', at: '2026-01-09T04:00:00Z' } })]);
    const first = scheduler();
    await first.start();
    expect(sent.map((p) => p.at)).toEqual(['2026-01-10T06:00:00.000Z']);
    expect((await stored()).lastPost?.date).toBe('2026-01-10');
    first.stop();
    await advanceTo('2026-01-10T06:30:00Z');
    const second = scheduler();
    await second.start();
    await advanceTo('2026-01-11T03:59:00Z');
    expect(sent).toHaveLength(1);
    await advanceTo('2026-01-11T04:01:00Z');
    expect(sent.map((p) => p.at)).toEqual(['2026-01-10T06:00:00.000Z', '2026-01-11T04:00:00.000Z']);
    second.stop();
  });

  it('posts the day’s “on this date” for the channel’s local date', async () => {
    vi.setSystemTime(new Date('2026-01-13T20:00:00Z'));
    // Already the 14th in Dushanbe (UTC+5): its 00:00 post is for 14 January.
    const { sent, scheduler } = await setup([aSubscription({ time: '00:00', createdAt: '2026-01-13T18:00:00Z' })]);
    const s = scheduler();
    await s.start();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text.split('\n')[0]).toContain('14 January');
    s.stop();
  });

  it('tries a transient failure again at the next tick, looking in the channel first, and posts once', async () => {
    vi.setSystemTime(new Date('2026-01-10T03:00:00Z'));
    const attempts: string[] = [];
    const looked: string[] = [];
    const { stored, scheduler } = await setup(
      [aSubscription({})],
      async () => {
        attempts.push(new Date().toISOString());
        if (attempts.length === 1) throw slackError('internal_error');
        return { ts: 'ok' };
      },
      async (_key, day, since) => {
        looked.push(`${day} since ${since}`);
        return undefined;
      },
    );
    const s = scheduler();
    await s.start();
    await advanceTo('2026-01-10T04:00:10Z');
    expect(attempts).toEqual(['2026-01-10T04:00:00.000Z']);
    // The 500 may have posted: the day stays claimed, unconfirmed, until someone has looked.
    expect((await stored()).lastPost).toEqual({ date: '2026-01-10', at: '2026-01-10T04:00:00.000Z', pending: true });
    expect((await stored()).paused).toBeUndefined();
    await advanceTo('2026-01-10T06:00:00Z');
    expect(looked).toEqual(['2026-01-10 since 2026-01-10T04:00:00.000Z']);
    expect(attempts).toEqual(['2026-01-10T04:00:00.000Z', '2026-01-10T04:00:30.000Z']);
    expect((await stored()).lastPost).toMatchObject({ date: '2026-01-10', ts: 'ok' });
    expect((await stored()).lastPost?.pending).toBeUndefined();
    s.stop();
  });

  it('finds a post whose answer was lost, and does not post it again', async () => {
    vi.setSystemTime(new Date('2026-01-10T03:00:00Z'));
    const attempts: string[] = [];
    const { stored, scheduler } = await setup(
      [aSubscription({})],
      async () => {
        attempts.push(new Date().toISOString());
        throw slackError('internal_error');
      },
      async (_key, day) => (day === '2026-01-10' ? '1700000000.000777' : undefined),
    );
    const s = scheduler();
    await s.start();
    await advanceTo('2026-01-10T06:00:00Z');
    expect(attempts).toEqual(['2026-01-10T04:00:00.000Z']);
    expect((await stored()).lastPost).toMatchObject({ date: '2026-01-10', ts: '1700000000.000777' });
    expect((await stored()).lastPost?.pending).toBeUndefined();
    s.stop();
  });

  it('pauses on a failure that will not go away, says why, and stops trying', async () => {
    vi.setSystemTime(new Date('2026-01-10T03:00:00Z'));
    const attempts: string[] = [];
    const { stored, scheduler, deps } = await setup([aSubscription({})], async () => {
      attempts.push(new Date().toISOString());
      throw slackError('not_in_channel');
    });
    const s = scheduler();
    await s.start();
    await advanceTo('2026-01-12T00:00:00Z');
    expect(attempts).toEqual(['2026-01-10T04:00:00.000Z']);
    expect((await stored()).paused?.reason).toContain('/invite @Attaché');
    expect((await stored()).lastPost).toBeUndefined();
    expect(deps.logger.warn).toHaveBeenCalledOnce();
    s.stop();
  });

  it('resumes when subscribed again, posting today’s missed post at the next tick', async () => {
    vi.setSystemTime(new Date('2026-01-10T05:00:00Z'));
    const { sent, scheduler, deps } = await setup([aSubscription({ paused: { reason: 'the channel is archived', at: '2026-01-09T04:00:00Z' } })]);
    const s = scheduler();
    await s.start();
    expect(sent).toEqual([]);
    await deps.subscriptions.subscribe({ teamId: 'T1', channelId: 'C1' }, { time: '09:00', timeZone: 'Asia/Dushanbe' }, 'U2');
    await advanceTo('2026-01-10T05:06:00Z');
    expect(sent.map((p) => p.at)).toEqual(['2026-01-10T05:00:30.000Z']);
    s.stop();
  });

  it('gives a day to one of two rounds racing for it', async () => {
    vi.setSystemTime(new Date('2026-01-10T06:00:00Z'));
    const { sent, deps } = await setup([aSubscription({})]);
    const outcomes = await Promise.all([postDue(deps), postDue(deps), postDue(deps)]);
    expect(sent).toHaveLength(1);
    expect(
      outcomes
        .flat()
        .map((o) => o.status)
        .sort(),
    ).toEqual(['not-due', 'not-due', 'posted']);
  });
});
