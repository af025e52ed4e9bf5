// Block Kit rendering of "on this date": the day's events (round anniversaries first, as onThisDay orders them),
// each with its quotes, then one line naming the sources. The fallback text is exactly what `attache onthisday` prints.
import type { OnThisDay, OnThisDayItem } from '../../core/onthisday.js';
import type { LinkOptions } from '../../render/links.js';
import { ACTION } from './action-ids.js';
import { fallbackText, quoteMrkdwn, sourcesContext } from './blocks.js';
import { LIMITS, actions, button, context, escapeMrkdwn, fitBlocks, header, mention, section, type Block, type SlackMessage } from './blockkit.js';

export type OnThisDayBlocksOptions = LinkOptions & {
  /** The value for a "Share in channel" button; no button without it. */
  shareValue?: string;
  /** Who shared it into the channel (a Slack user id). */
  sharedBy?: string;
};

function itemBlock(item: OnThisDayItem): Block {
  const text = item.round ? `:tada: *${escapeMrkdwn(item.text)}*` : `• ${escapeMrkdwn(item.text)}`;
  return section([text, ...item.citations.map((c) => quoteMrkdwn(c.quote))].join('\n'));
}

export function renderOnThisDay(day: OnThisDay, opts: OnThisDayBlocksOptions = {}): SlackMessage {
  const head: Block[] = [header(`On this date: ${day.label}`)];
  const sharer = mention(opts.sharedBy);
  if (sharer) head.push(context([`Shared by ${sharer}`]));
  // When nothing fell on the day itself, onThisDay's first line says how far it looked.
  if (day.match !== 'day') head.push(section(`_${escapeMrkdwn(day.text.split('\n')[0] ?? '')}_`));
  const sources = sourcesContext(
    day.items.flatMap((i) => i.citations),
    opts,
  );
  const tail: Block[] = [
    ...(sources ? [sources] : []),
    ...(opts.shareValue ? [actions([button('Share in channel', ACTION.share, { value: opts.shareValue, style: 'primary' })])] : []),
  ];
  const blocks = fitBlocks(
    head,
    day.items.map((item) => [itemBlock(item)]),
    tail,
    LIMITS.messageBlocks,
    (n) => context([`…and ${n} more on this date not shown here.`]),
  );
  return { text: fallbackText([day.text]), blocks };
}
