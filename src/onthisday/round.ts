// One round of daily posts: every subscription whose time has come today and whose day is not posted yet
// gets the day's "on this date". Shared by the in-process scheduler and `attache post-onthisday`.
import type { Logger } from '../log.js';
import type { KnowledgeBase } from '../core/knowledge.js';
import { onThisDay, type OnThisDay } from '../core/onthisday.js';
import type { Subscriptions } from './subscriptions.js';
import type { Claim } from './store.js';
import { dueDate, keyOf, type ChannelKey, type Subscription } from './subscription.js';

/**
 * Posts the day to a channel, rendered for it and marked with `date` so that it can be found again (Slack
 * message metadata); rejects with the Web API's error. `stillMine` says whether the claim is still held, for a
 * poster that waits (a rate limit) before trying again.
 */
export type Poster = (key: ChannelKey, day: OnThisDay, date: string, stillMine: () => Promise<boolean>) => Promise<{ ts: string }>;
/** The ts of the message posted for `day` in the channel since `since` (ISO), if there is one. */
export type FindPosted = (key: ChannelKey, day: string, since: string) => Promise<string | undefined>;
/** What a failed post means: `permanent` ones pause the subscription, the rest are tried again next tick. */
export type PostFailure = { permanent: boolean; reason: string };

export const DAILY_POST_OPTIONS = {
  /**
   * How long a claim is honoured without news from its holder: longer than any one post takes (the Web API
   * client gives up after 30 s), so that only a holder that died (kill -9, a lost host) loses it.
   */
  leaseMs: 120_000,
  /** Days of the post log kept: enough for status and for yesterday's late claims. */
  keepDays: 35,
};

export type RoundDeps = {
  subscriptions: Subscriptions;
  kb: KnowledgeBase;
  post: Poster;
  findPosted: FindPosted;
  explain: (err: unknown) => PostFailure;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  now: () => Date;
  /** DAILY_POST_OPTIONS.leaseMs unless given. */
  leaseMs?: number;
};

export type RoundOutcome = {
  subscription: Subscription;
  status: 'posted' | 'would-post' | 'not-due' | 'paused' | 'failed';
  /** The local date posted (or to be posted) for. */
  date?: string;
  day?: OnThisDay;
  ts?: string;
  /** Posted by an earlier attempt whose answer was lost, and found in the channel rather than posted again. */
  found?: true;
  /** Why it is paused, failed or not due. */
  reason?: string;
};

/** Posts what is due; with `dryRun`, says what it would post and changes nothing. `only` limits it to one channel. */
export async function postDue(deps: RoundDeps, opts: { dryRun?: boolean; only?: ChannelKey } = {}): Promise<RoundOutcome[]> {
  const now = deps.now();
  let subs: Subscription[];
  if (opts.only) {
    const one = await deps.subscriptions.get(opts.only);
    subs = one ? [one] : [];
  } else {
    subs = await deps.subscriptions.all();
    if (!opts.dryRun) await deps.subscriptions.forgetBefore(new Date(now.getTime() - DAILY_POST_OPTIONS.keepDays * 86_400_000).toISOString().slice(0, 10));
  }
  // Every channel due on a date gets the same day: made once per round.
  const days = new Map<string, OnThisDay>();
  const dayFor = (date: string) => {
    let day = days.get(date);
    if (!day) days.set(date, (day = onThisDay(deps.kb, date.slice(5), Number(date.slice(0, 4)), date)));
    return day;
  };
  const outcomes: RoundOutcome[] = [];
  for (const sub of subs) outcomes.push(await postOne(deps, sub, now, opts.dryRun ?? false, dayFor));
  return outcomes;
}

async function postOne(deps: RoundDeps, sub: Subscription, now: Date, dryRun: boolean, dayFor: (date: string) => OnThisDay): Promise<RoundOutcome> {
  if (sub.paused) return { subscription: sub, status: 'paused', reason: sub.paused.reason };
  const date = dueDate(sub, now);
  if (!date) return { subscription: sub, status: 'not-due' };
  let claim: Claim | undefined;
  try {
    const day = dayFor(date);
    if (dryRun) {
      const unsure = sub.lastPost?.date === date ? { reason: 'an earlier attempt may have posted it: the channel is looked at first' } : {};
      return { subscription: sub, status: 'would-post', date, day, ...unsure };
    }
    claim = await deps.subscriptions.claim(sub, date, deps.leaseMs ?? DAILY_POST_OPTIONS.leaseMs);
    if (!claim) return { subscription: sub, status: 'not-due', reason: `${date} was posted already, or is being posted` };
    const held = claim;
    // A claim taken over from an attempt that may have posted: its message, if Slack has it, is the post.
    const found = held.unconfirmed ? await deps.findPosted(sub, date, held.since) : undefined;
    const ts = found ?? (await deps.post(sub, day, date, () => deps.subscriptions.renew(sub, date, held))).ts;
    const factIds = day.items.map((i) => i.factId);
    if (!(await deps.subscriptions.confirm(sub, date, held, ts, factIds)))
      deps.logger.warn(`on this date: the claim on ${date} for ${keyOf(sub)} lapsed while posting (ts ${ts})`);
    deps.logger.info(`on this date: ${found ? 'found already ' : ''}posted ${date} to ${keyOf(sub)}`);
    return { subscription: sub, status: 'posted', date, day, ts, ...(found ? { found: true as const } : {}) };
  } catch (err) {
    const failure = deps.explain(err);
    if (claim) {
      // Slack refused the post outright, so nothing went out; any other failure (a 5xx, a timeout) may have
      // posted, and the next attempt looks in the channel before posting again.
      if (failure.permanent) await deps.subscriptions.release(sub, date, claim);
      else await deps.subscriptions.abandon(sub, date, claim);
    }
    if (failure.permanent) await deps.subscriptions.pause(sub, failure.reason);
    deps.logger.warn(`on this date: posting ${date} to ${keyOf(sub)} failed (${failure.reason}); ${failure.permanent ? 'paused' : 'will try again'}`, err);
    return { subscription: sub, status: failure.permanent ? 'paused' : 'failed', date, reason: failure.reason };
  }
}
