// The App Home tab: what Attaché answers, questions to try, the sources it knows, and this workspace's
// daily "on this date" posts with buttons to subscribe, stop and resume them.
import type { types } from '@slack/bolt';
import type { Answer } from '../../core/answer.js';
import type { SourceDoc } from '../../core/load.js';
import type { Calendar } from '../../core/language/calendar.js';
import { ACTION } from './action-ids.js';
import { LIMITS, actions, button, channelMention, context, escapeMrkdwn, fitBlocks, header, link, section, splitText, type Block } from './blockkit.js';

/** One channel's subscription as the Home tab shows it. */
export type HomeSubscription = {
  channelId: string;
  /** "09:00 Asia/Dushanbe". */
  schedule: string;
  /** When the next post goes out (mrkdwn), absent while paused. */
  next?: string;
  /** Why posting stopped, while paused. */
  paused?: string;
};

/** Room for the subscriptions (two blocks each), leaving the rest of the view's 100 blocks for the other sections. */
const MAX_SUBSCRIPTION_BLOCKS = 60;

export type HomeContent = {
  help: Answer;
  sources: SourceDoc[];
  /** How the sources' dates are written ("1 March 2020"): the base's calendar. */
  calendar: Calendar;
  subscriptions: HomeSubscription[];
  /** The outcome of the user's last action here (mrkdwn). */
  notice?: string;
  publicBaseUrl?: string;
};

function sourceBlock(s: SourceDoc, calendar: Calendar): Block {
  const title = escapeMrkdwn(s.title);
  const when = s.published.date ? calendar.date(s.published.date) : 'undated';
  const where = s.url ? '' : ` · _no link: ${escapeMrkdwn(s.urlNote ?? 'no reliable address is known')}_`;
  return section(`*${s.url ? link(s.url, title) : title}*\n${escapeMrkdwn(s.publisher)} · ${when}${where}`);
}

function subscriptionBlocks(sub: HomeSubscription): Block[] {
  const state = sub.paused ? `:double_vertical_bar: Paused: ${escapeMrkdwn(sub.paused)}` : `Next post: ${sub.next ?? 'not scheduled'}`;
  const buttons = [
    ...(sub.paused ? [button('Resume', ACTION.resume, { value: sub.channelId, style: 'primary' })] : []),
    button('Unsubscribe', ACTION.unsubscribe, { value: sub.channelId, style: 'danger' }),
  ];
  return [section(`${channelMention(sub.channelId)} · every day at ${escapeMrkdwn(sub.schedule)}\n${state}`), actions(buttons)];
}

export function homeView(content: HomeContent): types.HomeView {
  const { help, sources, subscriptions } = content;
  const intro: Block[] = [
    header('Attaché'),
    ...(content.notice ? [section(content.notice)] : []),
    ...splitText(escapeMrkdwn(help.text)).map((t) => section(t)),
    section('Mention me in a channel (`@Attaché your question`), message me here, or use `/ask`, `/treaty` and `/onthisday`.'),
  ];
  if (help.suggestions.length) {
    intro.push(section('*Try asking*'), actions(help.suggestions.map((q, i) => button(q, `${ACTION.askSuggestion}_${i}`, { value: q }))));
  }
  const posts: Block[] = [
    header('Daily “on this date” posts'),
    ...(subscriptions.length
      ? fitBlocks([], subscriptions.map(subscriptionBlocks), [], MAX_SUBSCRIPTION_BLOCKS, (n) => context([`…and ${n} more channels.`]))
      : [section('No channel in this workspace gets the daily post yet.')]),
    actions([button('Subscribe a channel…', ACTION.openSubscribe, { style: 'primary' })]),
  ];
  const sourcesHead: Block[] = [header(`Sources (${sources.length})`)];
  if (content.publicBaseUrl)
    sourcesHead.push(context([link(`${content.publicBaseUrl.replace(/\/+$/, '')}/sources`, 'All sources with their quotes highlighted')]));
  // The posts and buttons come first so that no number of sources can push them out of the view's 100 blocks.
  const blocks = fitBlocks(
    [...intro, ...posts, ...sourcesHead],
    sources.map((s) => [sourceBlock(s, content.calendar)]),
    [],
    LIMITS.viewBlocks,
    (n) => context([`…and ${n} more sources.`]),
  );
  return { type: 'home', blocks };
}
