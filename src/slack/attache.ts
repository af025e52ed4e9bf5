// What the Slack listeners work with: the engine and its answers, the clock, where links point, the daily-post subscriptions,
// where readers' feedback is kept and each conversation's context.
import type { Engine } from '../core/engine.js';
import type { EngineCalls } from '../worker/engine-worker.js';
import { todayIn } from '../core/dates.js';
import type { LinkOptions } from '../render/links.js';
import type { Subscriptions } from '../onthisday/subscriptions.js';
import type { FeedbackStore } from '../state/feedback.js';
import type { ConversationStore } from '../state/conversations.js';

export type Attache = {
  /** The base (sources, calendar, help) as the main thread reads it. */
  engine: Engine;
  /** Every question, /treaty lookup and follow-up: answered off the main thread in the app (a worker), in process in tests. */
  answers: EngineCalls;
  links: LinkOptions;
  /** TZ_NAME: the zone "today" is reckoned in, and the default zone of a subscription. */
  timeZone: string;
  now: () => Date;
  subscriptions: Subscriptions;
  /** 👍/👎 on answers and every question asked, for `attache feedback`. */
  feedback: FeedbackStore;
  /** The context of each thread, DM and assistant thread, so that a follow-up is read against it. */
  conversations: ConversationStore;
};

/** Today's date (YYYY-MM-DD) where Attaché is set. */
export function today(attache: Attache): string {
  return todayIn(attache.timeZone, attache.now());
}
