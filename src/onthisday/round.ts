// One round of daily posts: every subscription whose time has come today and whose day is not posted yet
// gets the day's "on this date". Shared by the in-process scheduler and `attache post-onthisday`.
import type { Logger } from '../log.js';
import type { KnowledgeBase } from '../core/knowledge.js';
import { onThisDay, type OnThisDay } from '../core/onthisday.js';
import type { Subscriptions } from './subscriptions.js';
import { dueDate, keyOf, nextPostAt, sameChannel, type ChannelKey, type Subscription } from './subscription.js';

/** Posts the day to a channel, rendered for it; rejects with the Web API's error when it cannot. */
export type Poster = (channelId: string, day: OnThisDay) => Promise<{ ts?: string }>;
/** What a failed post means: `permanent` ones pause the subscription, the rest are tried again next tick. */
export type PostFailure = { permanent: boolean; reason: string };

export type RoundDeps = {
  subscriptions: Subscriptions;
  kb: KnowledgeBase;
  post: Poster;
  explain: (err: unknown) => PostFailure;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  now: () => Date;
};

export type RoundOutcome = {
  subscription: Subscription;
  status: 'posted' | 'would-post' | 'not-due' | 'paused' | 'failed';
  /** The local date posted (or to be posted) for. */
  date?: string;
  day?: OnThisDay;
  ts?: string;
  /** Why it is paused, failed or not due. */
  reason?: string;
  next?: Date;
};

/** Posts what is due; with `dryRun`, says what it would post and changes nothing. `only` limits it to one channel. */
export async function postDue(deps: RoundDeps, opts: { dryRun?: boolean; only?: ChannelKey } = {}): Promise<RoundOutcome[]> {
  const now = deps.now();
  const subs = (await deps.subscriptions.all()).filter((s) => !opts.only || sameChannel(s, opts.only));
  const outcomes: RoundOutcome[] = [];
  for (const sub of subs) outcomes.push(await postOne(deps, sub, now, opts.dryRun ?? false));
  return outcomes;
}

async function postOne(deps: RoundDeps, sub: Subscription, now: Date, dryRun: boolean): Promise<RoundOutcome> {
  if (sub.paused) return { subscription: sub, status: 'paused', reason: sub.paused.reason };
  const date = dueDate(sub, now);
  if (!date) return { subscription: sub, status: 'not-due', next: nextPostAt(sub, now) };
  let claim: Awaited<ReturnType<Subscriptions['claim']>> = false;
  try {
    const day = onThisDay(deps.kb, date.slice(5), Number(date.slice(0, 4)), date);
    if (dryRun) return { subscription: sub, status: 'would-post', date, day };
    claim = await deps.subscriptions.claim(sub, date);
    if (!claim) return { subscription: sub, status: 'not-due', reason: `${date} was posted already` };
    const { ts } = await deps.post(sub.channelId, day);
    await deps.subscriptions.recordPosted(sub, date, ts, day.items.map((i) => i.factId));
    deps.logger.info(`on this date: posted ${date} to ${keyOf(sub)}`);
    return { subscription: sub, status: 'posted', date, day, ...(ts ? { ts } : {}) };
  } catch (err) {
    const failure = deps.explain(err);
    if (claim) await deps.subscriptions.release(sub, date, claim);
    if (failure.permanent) await deps.subscriptions.pause(sub, failure.reason);
    deps.logger.warn(`on this date: posting ${date} to ${keyOf(sub)} failed (${failure.reason}); ${failure.permanent ? 'paused' : 'will try again'}`, err);
    return { subscription: sub, status: failure.permanent ? 'paused' : 'failed', date, reason: failure.reason };
  }
}
