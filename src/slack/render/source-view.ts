// The "Show source" modal: a quote in its paragraph of the source text, the quote in bold, with the source's links.
import type { types } from '@slack/bolt';
import type { Citation } from '../../core/answer.js';
import { indexText, locateQuote } from '../../web/highlight.js';
import type { LinkOptions } from '../../render/links.js';
import { sourceLine } from './blocks.js';
import { LIMITS, context, escapeMrkdwn, section, truncate, type Block } from './blockkit.js';

export type QuoteInContext = { before: string; quote: string; after: string };

const BLANK_LINE = /\n[ \t]*\r?\n/g;

/**
 * The paragraph (blank lines separate paragraphs) that holds the quote, found as the fact check finds quotes
 * (up to whitespace, quote marks and dashes), with its whitespace collapsed and split around the quote.
 */
export function quoteInParagraph(text: string, quote: string): QuoteInContext | undefined {
  const range = locateQuote(indexText(text), quote);
  if (!range) return undefined;
  const breaksBefore = [...text.slice(0, range.start).matchAll(BLANK_LINE)];
  const last = breaksBefore[breaksBefore.length - 1];
  const start = last ? last.index + last[0].length : 0;
  const next = new RegExp(BLANK_LINE.source).exec(text.slice(range.end));
  const end = next ? range.end + next.index : text.length;
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: squash(text.slice(start, range.start)).trimStart(),
    quote: squash(text.slice(range.start, range.end)),
    after: squash(text.slice(range.end, end)).trimEnd(),
  };
}

/** The paragraph as mrkdwn within a section's 3,000 characters: the quote whole (or as much as fits), context cut evenly around it. */
export function paragraphMrkdwn(p: QuoteInContext): string {
  const quote = truncate(escapeMrkdwn(p.quote), LIMITS.sectionText - 200);
  const room = LIMITS.sectionText - quote.length - 4;
  let before = escapeMrkdwn(p.before);
  let after = escapeMrkdwn(p.after);
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    const afterRoom = Math.max(half, room - before.length);
    const beforeRoom = room - Math.min(after.length, afterRoom);
    after = truncate(after, afterRoom);
    // Cut the context before the quote at a word boundary, so no escape (&amp;) is cut in half.
    if (before.length > beforeRoom) before = `…${before.slice(before.length - beforeRoom + 1).replace(/^\S*\s?/, '')}`;
  }
  return `${before}*${quote}*${after}`;
}

/** The modal for one quote; `text` is the source's full text, undefined when the source is no longer in the base. */
export function sourceModal(citation: Citation, text: string | undefined, opts: LinkOptions): types.ModalView {
  const blocks: Block[] = [];
  if (text === undefined) {
    blocks.push(section('That source is no longer in my base, so I cannot show it.'));
  } else {
    const found = quoteInParagraph(text, citation.quote);
    blocks.push(
      section(`*${escapeMrkdwn(citation.source.title)}*`),
      { type: 'divider' },
      section(found ? paragraphMrkdwn(found) : `>${escapeMrkdwn(citation.quote)}\n_I could not find this quote in the stored text of the source._`),
      context([sourceLine(citation, opts)]),
    );
  }
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Source' },
    close: { type: 'plain_text', text: 'Close' },
    blocks,
  };
}
