// The subscription operations, each one atomic change of the store: subscribe, unsubscribe, and the
// claim → record / release / pause steps that make a day's post happen once.
import type { SubscriptionStore } from './store.js';
import { sameChannel, type ChannelKey, type LastPost, type Schedule, type Subscription } from './subscription.js';

export type ChangeListener = (key: ChannelKey, now: Subscription | undefined) => void;

export class Subscriptions {
  private readonly listeners: ChangeListener[] = [];

  constructor(
    readonly store: SubscriptionStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Called after each change with the subscription as it now is (undefined once removed). */
  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  all(): Promise<Subscription[]> {
    return this.store.list();
  }

  async inTeam(teamId: string): Promise<Subscription[]> {
    return (await this.all()).filter((s) => s.teamId === teamId);
  }

  async get(key: ChannelKey): Promise<Subscription | undefined> {
    return (await this.all()).find((s) => sameChannel(s, key));
  }

  /** Subscribes a channel, or changes its schedule; subscribing again also resumes a paused one. */
  async subscribe(key: ChannelKey, schedule: Schedule, userId: string): Promise<Subscription> {
    const sub = await this.change(key, (old) => {
      const { paused: _, ...kept } = old ?? { createdBy: userId, createdAt: this.now().toISOString() };
      return { ...kept, teamId: key.teamId, channelId: key.channelId, time: schedule.time, timeZone: schedule.timeZone };
    });
    return sub!;
  }

  /** Whether there was a subscription to remove. */
  async unsubscribe(key: ChannelKey): Promise<boolean> {
    let removed = false;
    await this.change(key, (old) => {
      removed = old !== undefined;
      return undefined;
    });
    return removed;
  }

  /**
   * Takes the post for `date`: records it as posted before it is sent, so that however many ticks, restarts or
   * processes race for it, one gets it. Returns the record it replaced (for `release`), or false when the
   * post is not this caller's to make (paused, unsubscribed, or posted already).
   */
  async claim(key: ChannelKey, date: string): Promise<{ previous?: LastPost } | false> {
    let claimed: { previous?: LastPost } | false = false;
    await this.change(key, (old) => {
      if (!old || old.paused || old.lastPost?.date === date) return old;
      claimed = old.lastPost ? { previous: old.lastPost } : {};
      return { ...old, lastPost: { date, at: this.now().toISOString() } };
    });
    return claimed;
  }

  /** Notes what went out for the claimed date. */
  async recordPosted(key: ChannelKey, date: string, ts: string | undefined, factIds: string[]): Promise<void> {
    await this.change(key, (old) =>
      old?.lastPost?.date === date ? { ...old, lastPost: { ...old.lastPost, ...(ts ? { ts } : {}), factIds } } : old,
    );
  }

  /** Gives back a claim whose post failed, so that a later tick can try again. */
  async release(key: ChannelKey, date: string, claim: { previous?: LastPost }): Promise<void> {
    await this.change(key, (old) => {
      if (old?.lastPost?.date !== date) return old;
      const { lastPost: _, ...rest } = old;
      return claim.previous ? { ...rest, lastPost: claim.previous } : rest;
    });
  }

  /** Stops posting to a channel until someone subscribes it again. */
  async pause(key: ChannelKey, reason: string): Promise<void> {
    await this.change(key, (old) => (old ? { ...old, paused: { reason, at: this.now().toISOString() } } : old));
  }

  /**
   * Replaces one channel's subscription with what `edit` makes of it (undefined removes it); returning the
   * same object changes nothing. Listeners hear of real changes only.
   */
  private async change(key: ChannelKey, edit: (old: Subscription | undefined) => Subscription | undefined): Promise<Subscription | undefined> {
    const outcome = await this.store.update((current) => {
      const old = current.find((s) => sameChannel(s, key));
      const next = edit(old);
      if (next === old) return { subscriptions: current, result: { changed: false, next } };
      const subscriptions = old ? current.flatMap((s) => (s === old ? (next ? [next] : []) : [s])) : [...current, next!];
      return { subscriptions, result: { changed: true, next } };
    });
    if (outcome.changed) for (const listener of this.listeners) listener(key, outcome.next);
    return outcome.next;
  }
}
