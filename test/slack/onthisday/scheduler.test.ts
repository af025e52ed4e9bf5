// The in-process schedule under a fake clock: one post a day at local time across DST changes, catching up
// after downtime once, retrying transient failures at the next tick and pausing on permanent ones.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DailyScheduler } from '../../../src/onthisday/scheduler.js';
import { Subscriptions } from '../../../src/onthisday/subscriptions.js';
import { postDue, type Poster, type RoundDeps } from '../../../src/onthisday/round.js';
import type { Subscription } from '../../../src/onthisday/subscription.js';
import { explainPostError } from '../../../src/slack/post-errors.js';
import { engine } from '../../helpers.js';
import { aSubscription, MemoryStore, recordingLogger } from '../support/attache.js';

const slackError = (code: string) => Object.assign(new Error(`An API error occurred: ${code}`), { code: 'slack_webapi_platform_error', data: { ok: false, error: code } });

type Sent = { channel: string; at: string; text: string };

function setup(subs: Subscription[], post?: Poster) {
  const store = new MemoryStore(subs);
  const subscriptions = new Subscriptions(store, () => new Date());
  const sent: Sent[] = [];
  const deps: RoundDeps = {
    subscriptions,
    kb: engine().kb,
    post:
      post ??
      (async (channel, day) => {
        sent.push({ channel, at: new Date().toISOString(), text: day.text });
        return { ts: String(sent.length) };
      }),
    explain: explainPostError,
    logger: recordingLogger(),
    now: () => new Date(),
  };
  const scheduler = () => new DailyScheduler(subscriptions, (only) => postDue(deps, only ? { only } : {}), deps.logger);
  return { store, sent, deps, scheduler };
}

/** Moves the fake clock to `iso`, firing every timer due on the way. */
const advanceTo = (iso: string) => vi.advanceTimersByTimeAsync(Date.parse(iso) - Date.now());

beforeAll(() => void engine());
beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('the daily schedule', () => {
  it('posts once at 09:00 New York time on the day clocks go forward', async () => {
    vi.setSystemTime(new Date('2026-03-07T15:00:00Z'));
    const { sent, store, scheduler } = setup([aSubscription({ timeZone: 'America/New_York', createdAt: '2026-03-07T15:00:00Z' })]);
    const s = scheduler();
    await s.start();
    expect(sent).toEqual([]);
    await advanceTo('2026-03-09T12:00:00Z');
    // 09:00 EDT (UTC-4) on the 8th.
    expect(sent.map((p) => p.at)).toEqual(['2026-03-08T13:00:00.000Z']);
    expect(store.subscriptions[0]!.lastPost).toMatchObject({ date: '2026-03-08', ts: '1' });
    await advanceTo('2026-03-10T12:00:00Z');
    expect(sent.map((p) => p.at)).toEqual(['2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z']);
    s.stop();
  });

  it('posts once at 09:00 New York time on the day clocks go back', async () => {
    vi.setSystemTime(new Date('2026-10-31T15:00:00Z'));
    const { sent, scheduler } = setup([aSubscription({ timeZone: 'America/New_York', createdAt: '2026-10-31T15:00:00Z' })]);
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
    const { sent, store, scheduler } = setup([aSubscription({ lastPost: { date: '2026-01-09', at: '2026-01-09T04:00:00Z' } })]);
    const first = scheduler();
    await first.start();
    expect(sent.map((p) => p.at)).toEqual(['2026-01-10T06:00:00.000Z']);
    expect(store.subscriptions[0]!.lastPost?.date).toBe('2026-01-10');
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
    const { sent, scheduler } = setup([aSubscription({ time: '00:00', createdAt: '2026-01-13T18:00:00Z' })]);
    const s = scheduler();
    await s.start();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text.split('\n')[0]).toContain('14 January');
    s.stop();
  });

  it('tries a transient failure again at the next tick, and posts once', async () => {
    vi.setSystemTime(new Date('2026-01-10T03:00:00Z'));
    const attempts: string[] = [];
    const { store, scheduler } = setup([aSubscription({})], async () => {
      attempts.push(new Date().toISOString());
      if (attempts.length === 1) throw slackError('internal_error');
      return { ts: 'ok' };
    });
    const s = scheduler();
    await s.start();
    await advanceTo('2026-01-10T04:00:10Z');
    expect(attempts).toEqual(['2026-01-10T04:00:00.000Z']);
    expect(store.subscriptions[0]!.lastPost).toBeUndefined();
    expect(store.subscriptions[0]!.paused).toBeUndefined();
    await advanceTo('2026-01-10T06:00:00Z');
    expect(attempts).toEqual(['2026-01-10T04:00:00.000Z', '2026-01-10T04:00:30.000Z']);
    expect(store.subscriptions[0]!.lastPost).toMatchObject({ date: '2026-01-10', ts: 'ok' });
    s.stop();
  });

  it('pauses on a failure that will not go away, says why, and stops trying', async () => {
    vi.setSystemTime(new Date('2026-01-10T03:00:00Z'));
    const attempts: string[] = [];
    const { store, scheduler, deps } = setup([aSubscription({})], async () => {
      attempts.push(new Date().toISOString());
      throw slackError('not_in_channel');
    });
    const s = scheduler();
    await s.start();
    await advanceTo('2026-01-12T00:00:00Z');
    expect(attempts).toEqual(['2026-01-10T04:00:00.000Z']);
    expect(store.subscriptions[0]!.paused?.reason).toContain('/invite @Attaché');
    expect(store.subscriptions[0]!.lastPost).toBeUndefined();
    expect(deps.logger.warn).toHaveBeenCalledOnce();
    s.stop();
  });

  it('resumes when subscribed again, posting today’s missed post at the next tick', async () => {
    vi.setSystemTime(new Date('2026-01-10T05:00:00Z'));
    const { sent, scheduler, deps } = setup([aSubscription({ paused: { reason: 'the channel is archived', at: '2026-01-09T04:00:00Z' } })]);
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
    const { sent, deps } = setup([aSubscription({})]);
    const outcomes = await Promise.all([postDue(deps), postDue(deps), postDue(deps)]);
    expect(sent).toHaveLength(1);
    expect(outcomes.flat().map((o) => o.status).sort()).toEqual(['not-due', 'not-due', 'posted']);
  });
});
