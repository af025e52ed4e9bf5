// The subscription operations: subscribe, unsubscribe, pause, and the claim → confirm / abandon / release
// steps that make a day's post happen once, with listeners told of changes made through this process.
import type { Claim, SubscriptionStore } from './store.js';
import type { ChannelKey, Schedule, Subscription } from './subscription.js';

export type ChangeListener = (key: ChannelKey, now: Subscription | undefined) => void;

export class Subscriptions {
  private readonly listeners: ChangeListener[] = [];

  constructor(
    readonly store: SubscriptionStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Called after each change made here with the subscription as it now is (undefined once removed). */
  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  all(): Promise<Subscription[]> {
    return this.store.list();
  }

  inTeam(teamId: string): Promise<Subscription[]> {
    return this.store.inTeam(teamId);
  }

  get(key: ChannelKey): Promise<Subscription | undefined> {
    return this.store.get(key);
  }

  /** Subscribes a channel, or changes its schedule; subscribing again also resumes a paused one. */
  async subscribe(key: ChannelKey, schedule: Schedule, userId: string): Promise<Subscription> {
    const sub = await this.store.put(key, schedule, userId, this.now().toISOString());
    this.changed(key, sub);
    return sub;
  }

  /** Whether there was a subscription to remove. */
  async unsubscribe(key: ChannelKey): Promise<boolean> {
    const removed = await this.store.remove(key);
    if (removed) this.changed(key, undefined);
    return removed;
  }

  /** Stops posting to a channel until someone subscribes it again. */
  async pause(key: ChannelKey, reason: string): Promise<void> {
    if (await this.store.pause(key, reason, this.now().toISOString())) this.changed(key, await this.store.get(key));
  }

  claim(key: ChannelKey, date: string, leaseMs: number): Promise<Claim | undefined> {
    return this.store.claim(key, date, this.now(), leaseMs);
  }

  renew(key: ChannelKey, date: string, claim: Claim): Promise<boolean> {
    return this.store.renew(key, date, claim, this.now());
  }

  confirm(key: ChannelKey, date: string, claim: Claim, ts: string, factIds: string[]): Promise<boolean> {
    return this.store.confirm(key, date, claim, ts, factIds, this.now());
  }

  abandon(key: ChannelKey, date: string, claim: Claim): Promise<void> {
    return this.store.abandon(key, date, claim);
  }

  release(key: ChannelKey, date: string, claim: Claim): Promise<void> {
    return this.store.release(key, date, claim);
  }

  forgetBefore(date: string): Promise<void> {
    return this.store.forgetBefore(date);
  }

  private changed(key: ChannelKey, sub: Subscription | undefined): void {
    for (const listener of this.listeners) listener(key, sub);
  }
}
