// A channel's subscription to the daily "on this date" post: its shape, reading `subscribe [HH:MM] [zone]`,
// and when it is due. All calendar work is croner's (time zones, DST); we only compare local dates.
import { Cron } from 'croner';
import { z } from 'zod';
import { canonicalTimeZone } from '../config.js';
import { todayIn } from '../core/dates.js';

export const DEFAULT_TIME = '09:00';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const subscriptionSchema = z.object({
  teamId: z.string().min(1),
  channelId: z.string().min(1),
  /** Local wall-clock time of the post, HH:MM (24-hour). */
  time: z.string().regex(TIME),
  /** IANA time zone the time is in. */
  timeZone: z.string().refine((tz) => canonicalTimeZone(tz) !== undefined, 'unknown time zone'),
  createdBy: z.string(),
  /** ISO instant; no post is due from before it. */
  createdAt: z.string(),
  /** Set when posting failed for good (archived channel, bot removed…); cleared by subscribing again. */
  paused: z.object({ reason: z.string(), at: z.string() }).optional(),
  /** The latest local date claimed or posted for, and what went out; `pending` until the post is confirmed. */
  lastPost: z
    .object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      at: z.string(),
      ts: z.string().optional(),
      factIds: z.array(z.string()).optional(),
      pending: z.literal(true).optional(),
    })
    .optional(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;
export type LastPost = NonNullable<Subscription['lastPost']>;

/** A subscription is one per channel of a workspace. */
export type ChannelKey = { teamId: string; channelId: string };
export const keyOf = (k: ChannelKey): string => `${k.teamId}/${k.channelId}`;
export const sameChannel = (a: ChannelKey, b: ChannelKey): boolean => a.teamId === b.teamId && a.channelId === b.channelId;

/** Reads "9:30" or "09:30" as 09:30. */
export function parseTime(text: string): string | undefined {
  const m = TIME.exec(text.trim().padStart(5, '0'));
  return m ? `${m[1]}:${m[2]}` : undefined;
}

export type Schedule = { time: string; timeZone: string };

/** The words after `subscribe`: an optional HH:MM and an optional time zone, in either order. */
export function parseSchedule(words: string[], defaultTimeZone: string): Schedule | { error: string } {
  let time: string | undefined;
  let timeZone: string | undefined;
  for (const word of words) {
    if (/^\d/.test(word)) {
      time = parseTime(word);
      if (!time) return { error: `“${word}” is not a time of day: use HH:MM on the 24-hour clock, for example 09:00 or 18:30.` };
    } else {
      timeZone = canonicalTimeZone(word);
      if (!timeZone) return { error: `“${word}” is not a time zone I know: use an IANA name such as Asia/Dushanbe, Europe/Berlin or America/New_York.` };
    }
  }
  return { time: time ?? DEFAULT_TIME, timeZone: timeZone ?? defaultTimeZone };
}

/** The cron pattern for a daily time, "30 9 * * *" for 09:30. */
export function cronPattern(s: Schedule): string {
  const [hour, minute] = s.time.split(':').map(Number);
  return `${minute} ${hour} * * *`;
}

/** croner's schedule for a time and zone, made once; never started, only asked about runs. */
const schedules = new Map<string, Cron>();
function scheduleOf(s: Schedule): Cron {
  const key = `${s.time} ${s.timeZone}`;
  let cron = schedules.get(key);
  if (!cron) schedules.set(key, (cron = new Cron(cronPattern(s), { timezone: s.timeZone, paused: true })));
  return cron;
}

/**
 * A schedule's latest run at `now` (or just before), with its local date and today's: kept for the last `now`
 * asked about, since a round asks it of thousands of channels, most of them on a few schedules, at one moment.
 */
const latest = { at: NaN, byKey: new Map<string, { run?: Date; runDate?: string; today: string }>() };
function latestRun(s: Schedule, now: Date): { run?: Date; runDate?: string; today: string } {
  if (latest.at !== now.getTime()) {
    latest.at = now.getTime();
    latest.byKey.clear();
  }
  const key = `${s.time} ${s.timeZone}`;
  let found = latest.byKey.get(key);
  if (!found) {
    // previousRuns counts only runs strictly before the reference; a run at this very millisecond is due too.
    const run = scheduleOf(s).previousRuns(1, new Date(now.getTime() + 1))[0];
    found = { ...(run ? { run, runDate: todayIn(s.timeZone, run) } : {}), today: todayIn(s.timeZone, now) };
    latest.byKey.set(key, found);
  }
  return found;
}

/**
 * The local date whose post is due now, if any: today's time has come (croner's last run falls on today's
 * local date), it was not posted for (a claim still unconfirmed counts as not posted), the subscription is not
 * paused and already existed at that time.
 */
export function dueDate(sub: Subscription, now: Date): string | undefined {
  if (sub.paused) return undefined;
  const { run, runDate, today } = latestRun(sub, now);
  if (!run || run.getTime() < Date.parse(sub.createdAt)) return undefined;
  if (runDate !== today || (sub.lastPost?.date === runDate && !sub.lastPost.pending)) return undefined;
  return runDate;
}

/** When the next post goes out: now if one is due, else the next run for a date not yet posted; none while paused. */
export function nextPostAt(sub: Subscription, now: Date): Date | undefined {
  if (sub.paused) return undefined;
  if (dueDate(sub, now)) return now;
  return scheduleOf(sub)
    .nextRuns(2, now)
    .find((run) => todayIn(sub.timeZone, run) !== sub.lastPost?.date);
}

/** "Sun 8 Mar, 09:00 (America/New_York)". */
export function formatLocal(when: Date, timeZone: string): string {
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(when);
  return `${local} (${timeZone})`;
}
