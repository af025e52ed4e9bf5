// Reading `subscribe [HH:MM] [zone]`, and when a subscription's post is due.
import { describe, expect, it } from 'vitest';
import { dueDate, formatLocal, nextPostAt, parseSchedule, parseTime } from '../../src/onthisday/subscription.js';
import { aSubscription } from '../slack/support/attache.js';

describe('subscribe arguments', () => {
  it('default to 09:00 in the configured zone, and take a time and a zone in either order', () => {
    expect(parseSchedule([], 'Asia/Dushanbe')).toEqual({ time: '09:00', timeZone: 'Asia/Dushanbe' });
    expect(parseSchedule(['7:05'], 'Asia/Dushanbe')).toEqual({ time: '07:05', timeZone: 'Asia/Dushanbe' });
    expect(parseSchedule(['europe/berlin', '18:30'], 'UTC')).toEqual({ time: '18:30', timeZone: 'Europe/Berlin' });
  });

  it('say plainly what is wrong with a time or a zone', () => {
    expect(parseSchedule(['24:00'], 'UTC')).toEqual({ error: expect.stringContaining('“24:00” is not a time of day: use HH:MM') });
    expect(parseSchedule(['9am'], 'UTC')).toEqual({ error: expect.stringContaining('“9am” is not a time of day') });
    expect(parseSchedule(['Atlantis/Nowhere'], 'UTC')).toEqual({ error: expect.stringContaining('“Atlantis/Nowhere” is not a time zone I know') });
    expect(parseTime('12:60')).toBeUndefined();
  });
});

describe('when a post is due', () => {
  // Dushanbe is UTC+5 all year.
  it('is due once the local time has come today, until it is posted', () => {
    expect(dueDate(aSubscription(), new Date('2026-01-10T03:59:59Z'))).toBeUndefined();
    expect(dueDate(aSubscription(), new Date('2026-01-10T04:00:00Z'))).toBe('2026-01-10');
    expect(dueDate(aSubscription(), new Date('2026-01-10T18:00:00Z'))).toBe('2026-01-10');
    expect(dueDate(aSubscription({ lastPost: { date: '2026-01-10', at: 'x' } }), new Date('2026-01-10T18:00:00Z'))).toBeUndefined();
    // 23:30 local on the 10th is 18:30Z; 00:30 local on the 11th is 19:30Z, before the 11th's 09:00.
    expect(dueDate(aSubscription({ lastPost: { date: '2026-01-10', at: 'x' } }), new Date('2026-01-10T19:30:00Z'))).toBeUndefined();
  });

  it('is not due for a day whose time passed before the subscription existed, nor while paused', () => {
    expect(dueDate(aSubscription({ createdAt: '2026-01-10T05:00:00Z' }), new Date('2026-01-10T06:00:00Z'))).toBeUndefined();
    expect(dueDate(aSubscription({ paused: { reason: 'archived', at: 'x' } }), new Date('2026-01-10T06:00:00Z'))).toBeUndefined();
  });

  it('tells the next post: now when due, else the next day not yet posted, none while paused', () => {
    const now = new Date('2026-01-10T06:00:00Z');
    expect(nextPostAt(aSubscription(), now)).toEqual(now);
    expect(nextPostAt(aSubscription({ lastPost: { date: '2026-01-10', at: 'x' } }), now)).toEqual(new Date('2026-01-11T04:00:00Z'));
    // Moved to a later hour after today's post: still tomorrow.
    expect(nextPostAt(aSubscription({ time: '20:00', lastPost: { date: '2026-01-10', at: 'x' } }), now)).toEqual(new Date('2026-01-11T15:00:00Z'));
    expect(nextPostAt(aSubscription({ paused: { reason: 'x', at: 'x' } }), now)).toBeUndefined();
    expect(formatLocal(new Date('2026-01-11T04:00:00Z'), 'Asia/Dushanbe')).toBe('Sun 11 Jan, 09:00 (Asia/Dushanbe)');
  });
});
