// The in-process schedule: one croner job per subscribed channel at its local time (croner handles the time
// zone and DST), and a sweep every few minutes that catches up what a restart, a transient error or a changed
// schedule left undone. Both only ask the round to post what is due, and a day is claimed before it is posted,
// so however the two overlap each channel gets one post a day. Each sweep also re-plans from what it read, so
// that a replica follows subscriptions changed through another one.
import { Cron } from 'croner';
import type { Logger } from '../log.js';
import type { Subscriptions } from './subscriptions.js';
import type { RoundOutcome } from './round.js';
import { cronPattern, keyOf, type ChannelKey, type Subscription } from './subscription.js';

/**
 * Every five minutes (how late a post may be after a transient error or a changed schedule), at half past the
 * minute so that it never runs at the same moment as a channel's own job and retries a failure at once.
 */
const SWEEP_PATTERN = '30 */5 * * * *';

export type Round = (only?: ChannelKey) => Promise<RoundOutcome[]>;

export class DailyScheduler {
  /** One job per channel, with the schedule it was made for. */
  private readonly jobs = new Map<string, { job: Cron; plan: string }>();
  private sweep?: Cron;

  constructor(
    private readonly subscriptions: Subscriptions,
    private readonly round: Round,
    private readonly logger: Pick<Logger, 'info' | 'warn' | 'error'>,
  ) {}

  /** Plans every subscription, keeps the plans in step with changes, and posts what was missed while down. */
  async start(): Promise<void> {
    for (const sub of await this.subscriptions.all()) this.plan(sub, sub);
    this.subscriptions.onChange((key, sub) => this.plan(key, sub));
    this.sweep = new Cron(SWEEP_PATTERN, { protect: true }, () => this.run());
    await this.run();
  }

  stop(): void {
    this.sweep?.stop();
    for (const { job } of this.jobs.values()) job.stop();
    this.jobs.clear();
  }

  private plan(key: ChannelKey, sub: Subscription | undefined): void {
    const id = keyOf(key);
    const plan = sub && !sub.paused ? `${sub.time} ${sub.timeZone}` : undefined;
    const existing = this.jobs.get(id);
    if (existing?.plan === plan) return;
    existing?.job.stop();
    this.jobs.delete(id);
    if (!sub || !plan) return;
    const job = new Cron(cronPattern(sub), { timezone: sub.timeZone, protect: true }, () => this.run(key));
    this.jobs.set(id, { job, plan });
  }

  /** A round that never throws: failures are logged, and what failed is due again at the next sweep. */
  private async run(only?: ChannelKey): Promise<void> {
    try {
      const outcomes = await this.round(only);
      if (!only) this.replan(outcomes.map((o) => o.subscription));
    } catch (err) {
      this.logger.error('on this date: the round failed', err);
    }
  }

  /** Plans exactly the subscriptions a sweep read. */
  private replan(subs: Subscription[]): void {
    const current = new Set(subs.map(keyOf));
    for (const [id, { job }] of this.jobs) {
      if (current.has(id)) continue;
      job.stop();
      this.jobs.delete(id);
    }
    for (const sub of subs) this.plan(sub, sub);
  }
}
