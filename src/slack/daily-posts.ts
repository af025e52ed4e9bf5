// `/onthisday subscribe|unsubscribe|status` and the App Home buttons: the subscription operations in words.
import type { webApi } from '@slack/bolt';
import { channelMention, escapeMrkdwn } from './render/blockkit.js';
import type { HomeSubscription } from './render/home-view.js';
import { formatLocal, nextPostAt, parseSchedule, type ChannelKey, type Schedule, type Subscription } from '../onthisday/subscription.js';
import { checkCanPost } from './channel-access.js';
import { INVITE_HINT } from './post-errors.js';
import { isChannelMember } from './membership.js';
import type { Attache } from './attache.js';

/** A subscription as the Home tab and `status` show it. */
export function describeSubscription(sub: Subscription, now: Date): HomeSubscription {
  const next = nextPostAt(sub, now);
  return {
    channelId: sub.channelId,
    schedule: `${sub.time} ${sub.timeZone}`,
    ...(next ? { next: escapeMrkdwn(formatLocal(next, sub.timeZone)) } : {}),
    ...(sub.paused ? { paused: sub.paused.reason } : {}),
  };
}

/** Why `userId` may not change the channel's daily post, or undefined when they may (they are in it). */
export async function refusal(client: webApi.WebClient, channelId: string, userId: string, here = channelMention(channelId)): Promise<string | undefined> {
  const member = await isChannelMember(client, channelId, userId);
  if (member) return undefined;
  if (member === undefined) return `I can't see who is in ${here}, so I can't let anyone change its daily post: ${INVITE_HINT} first.`;
  return `Only members of ${here} can change its daily post, and you are not one.`;
}

/** Subscribes after checking the user is in the channel and the bot can post there; the result (or what is wrong) in words. */
export async function subscribeChannel(attache: Attache, client: webApi.WebClient, key: ChannelKey, schedule: Schedule, userId: string): Promise<string> {
  const refused = await refusal(client, key.channelId, userId);
  if (refused) return refused;
  const access = await checkCanPost(client, key.channelId);
  if (!access.ok) return access.reason;
  return subscribedText(await attache.subscriptions.subscribe(key, schedule, userId), attache.now());
}

export function subscribedText(sub: Subscription, now: Date): string {
  return `Subscribed: ${channelMention(sub.channelId)} gets “on this date” every day at ${sub.time} (${escapeMrkdwn(sub.timeZone)}). ${nextLine(sub, now)}`;
}

/** `/onthisday subscribe [HH:MM] [zone]` in the channel it was typed in. */
export async function subscribeCommand(attache: Attache, client: webApi.WebClient, key: ChannelKey, words: string[], userId: string): Promise<string> {
  const schedule = parseSchedule(words, attache.timeZone);
  if ('error' in schedule)
    return `${escapeMrkdwn(schedule.error)}\nUsage: \`/onthisday subscribe [HH:MM] [time zone]\`, for example \`/onthisday subscribe 08:30 Europe/Berlin\`.`;
  return subscribeChannel(attache, client, key, schedule, userId);
}

export async function unsubscribeChannel(attache: Attache, client: webApi.WebClient, key: ChannelKey, userId: string): Promise<string> {
  const refused = await refusal(client, key.channelId, userId);
  if (refused) return refused;
  const removed = await attache.subscriptions.unsubscribe(key);
  return removed ? `Unsubscribed: no more daily posts in ${channelMention(key.channelId)}.` : `${channelMention(key.channelId)} had no daily post.`;
}

export async function channelStatus(attache: Attache, key: ChannelKey): Promise<string> {
  const sub = await attache.subscriptions.get(key);
  const here = channelMention(key.channelId);
  if (!sub) return `${here} has no daily post. Start one with \`/onthisday subscribe [HH:MM] [time zone]\`.`;
  const head = `${here} gets “on this date” every day at ${sub.time} (${escapeMrkdwn(sub.timeZone)}).`;
  const last = sub.lastPost && !sub.lastPost.pending ? ` Last posted for ${sub.lastPost.date}.` : '';
  if (sub.paused)
    return `${head} It is *paused*: ${escapeMrkdwn(sub.paused.reason)}. Fix that and subscribe again (\`/onthisday subscribe\`) to resume.${last}`;
  return `${head} ${nextLine(sub, attache.now())}${last}`;
}

function nextLine(sub: Subscription, now: Date): string {
  const next = nextPostAt(sub, now);
  return next ? `Next post: ${escapeMrkdwn(formatLocal(next, sub.timeZone))}.` : '';
}
