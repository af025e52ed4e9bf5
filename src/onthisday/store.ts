// Where subscriptions and the daily-post log live: one row per channel, one per channel and day. The database
// implementation is src/state/sql/subscriptions.ts; each operation is one statement, so replicas never
// overwrite each other's changes, and nothing reads or writes more than the rows it concerns.
import type { ChannelKey, Schedule, Subscription } from './subscription.js';

/** A day's post taken by this caller. */
export type Claim = {
  token: string;
  /** An earlier attempt may have posted already: look in the channel before posting again. */
  unconfirmed: boolean;
  /** When the day was first claimed (ISO): nothing posted for it can be older. */
  since: string;
};

export interface SubscriptionStore {
  /** Every subscription, each with its latest day's post. */
  list(): Promise<Subscription[]>;
  inTeam(teamId: string): Promise<Subscription[]>;
  get(key: ChannelKey): Promise<Subscription | undefined>;
  /** Subscribes a channel or changes its schedule, and clears a pause; `createdBy`/`at` are kept from the first time. */
  put(key: ChannelKey, schedule: Schedule, userId: string, at: string): Promise<Subscription>;
  /** Whether there was one to remove. */
  remove(key: ChannelKey): Promise<boolean>;
  /** Whether there was one to pause. */
  pause(key: ChannelKey, reason: string, at: string): Promise<boolean>;

  /**
   * Takes `day`'s post of a subscribed, unpaused channel: unclaimed, or claimed by a holder that gave up or
   * has not been heard of for `leaseMs`. Undefined when it is posted, or being posted by someone else.
   */
  claim(key: ChannelKey, day: string, now: Date, leaseMs: number): Promise<Claim | undefined>;
  /** Keeps the claim for another lease (a long wait before posting); false when it was lost meanwhile. */
  renew(key: ChannelKey, day: string, claim: Claim, now: Date): Promise<boolean>;
  /** Records what was posted; false when the claim had been lost (someone else may have posted too). */
  confirm(key: ChannelKey, day: string, claim: Claim, ts: string, factIds: string[], now: Date): Promise<boolean>;
  /** The post may or may not have gone out: the next claimer looks in the channel first. */
  abandon(key: ChannelKey, day: string, claim: Claim): Promise<void>;
  /** Nothing was posted for certain: the day is unclaimed again. */
  release(key: ChannelKey, day: string, claim: Claim): Promise<void>;
  /** Forgets days before `day` (the log is for exactly-once, not history). */
  forgetBefore(day: string): Promise<void>;
}
