// Block Kit rendering of "on this date": the day's events (round anniversaries first, as onThisDay orders them),
// each with its quotes and links. The fallback text is exactly what `attache onthisday` prints.
import type { OnThisDay, OnThisDayItem } from '../core/onthisday.js';
import { MONTHS } from '../core/dates.js';
import type { LinkOptions } from './links.js';
import { citationBlocks, fallbackText, shareActions } from './blocks.js';
import { LIMITS, context, escapeMrkdwn, fitBlocks, header, mention, section, type Block, type SlackMessage } from './blockkit.js';

export type OnThisDayBlocksOptions = LinkOptions & {
  /** The value for a "Share in channel" button; no button without it. */
  shareValue?: string;
  /** Who shared it into the channel (a Slack user id). */
  sharedBy?: string;
};

/** "14 January" for 01-14. */
export function dayLabel(monthDay: string): string {
  const month = MONTHS[Number(monthDay.slice(0, 2)) - 1] ?? '';
  return `${Number(monthDay.slice(3))} ${month.charAt(0).toUpperCase()}${month.slice(1)}`;
}

function itemBlocks(item: OnThisDayItem, opts: LinkOptions): Block[] {
  const text = item.round ? `:tada: *${escapeMrkdwn(item.text)}*` : `• ${escapeMrkdwn(item.text)}`;
  return [section(text), ...item.citations.flatMap((c) => citationBlocks(c, opts))];
}

export function renderOnThisDay(day: OnThisDay, opts: OnThisDayBlocksOptions = {}): SlackMessage {
  const head: Block[] = [header(`On this date: ${dayLabel(day.date)}`)];
  const sharer = mention(opts.sharedBy);
  if (sharer) head.push(context([`Shared by ${sharer}`]));
  // When nothing fell on the day itself, onThisDay's first line says how far it looked.
  if (day.match !== 'day') head.push(section(`_${escapeMrkdwn(day.text.split('\n')[0] ?? '')}_`));
  const blocks = fitBlocks(head, day.items.map((item) => itemBlocks(item, opts)), shareActions(opts.shareValue), LIMITS.messageBlocks, (n) =>
    context([`…and ${n} more on this date not shown here.`]),
  );
  return { text: fallbackText([day.text]), blocks };
}
