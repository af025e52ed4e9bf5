// Block Kit rendering of an Answer: the answer with its lead in bold, each quote with its source and a
// "Show source" button, disagreeing sources side by side, suggestions as buttons, and a plain-text fallback.
// Pure: no Slack calls. Every piece of user or data text is escaped, so nothing in it can mention or link.
import type { Answer, Citation, Conflict } from '../core/answer.js';
import { stripSlackMarkup } from '../core/normalise.js';
import { attribution, sourcePageUrl, type LinkOptions } from './links.js';
import { renderText } from './text.js';
import { ACTION } from './action-ids.js';
import { packQuoteRef } from './button-values.js';
import {
  LIMITS,
  actions,
  button,
  context,
  escapeMrkdwn,
  fieldsSection,
  fitBlocks,
  link,
  mention,
  section,
  splitText,
  truncate,
  type Block,
  type SlackMessage,
} from './blockkit.js';

export type AnswerBlocksOptions = LinkOptions & {
  /** The question as the user wrote it, echoed as "You asked: …" (escaped, mentions removed). */
  asked?: string;
  /** Who shared the answer into the channel (a Slack user id), shown above it. */
  sharedBy?: string;
  /** The value for a "Share in channel" button; no button without it. */
  shareValue?: string;
};

/** A quote as a Slack block quote, with its source beside and below it. */
export function citationBlocks(c: Citation, opts: LinkOptions): Block[] {
  const quote = escapeMrkdwn(c.quote.trim()).replace(/^/gm, '>');
  return [
    section(quote, button('Show source', ACTION.showSource, { value: packQuoteRef(c) })),
    context([sourceLine(c, opts)]),
  ];
}

/** "<url|Title> · Publisher, date · <page|in context>", or why there is no link. */
export function sourceLine(c: Citation, opts: LinkOptions): string {
  const title = escapeMrkdwn(c.source.title);
  const parts = [c.source.url ? link(c.source.url, title) : title, escapeMrkdwn(attribution(c))];
  const page = sourcePageUrl(c, opts);
  if (page) parts.push(link(page, 'quote in context'));
  if (!c.source.url) parts.push(`_no link: ${escapeMrkdwn(c.source.urlNote ?? 'no reliable address is known')}_`);
  return parts.join(' · ');
}

/** The question as echoed back: Slack markup (mentions, links) taken out, spaces collapsed. Not yet escaped. */
export function askedQuestion(question: string): string {
  return stripSlackMarkup(question).replace(/\s+/g, ' ').trim();
}

/** "You asked: …", or "<@U…> asked: …" once shared; the question escaped. */
function askedLine(question: string, sharedBy?: string): string {
  const who = mention(sharedBy);
  return `${who ? `${who} asked` : 'You asked'}: ${escapeMrkdwn(askedQuestion(question))}`;
}

/** The "Share in channel" button, when there is something to share. */
export function shareActions(shareValue: string | undefined): Block[] {
  return shareValue ? [actions([button('Share in channel', ACTION.share, { value: shareValue, style: 'primary' })])] : [];
}

/** The plain fallback: the same answer as the terminal shows it, escaped for Slack. */
export function fallbackText(lines: string[]): string {
  return truncate(escapeMrkdwn(lines.filter(Boolean).join('\n\n')), LIMITS.fallbackText);
}

function answerText(answer: Answer): string {
  const { lead, text } = answer;
  if (!lead) return escapeMrkdwn(text);
  if (text.startsWith(lead)) return `*${escapeMrkdwn(lead)}*${escapeMrkdwn(text.slice(lead.length))}`;
  return `*${escapeMrkdwn(lead)}*\n${escapeMrkdwn(text)}`;
}

function conflictBlock(c: Conflict): Block {
  return fieldsSection(
    '*Sources differ:*',
    c.sides.map((s) => `*${escapeMrkdwn(s.says)}*\n${escapeMrkdwn(s.citation.source.publisher)}`),
  );
}

function suggestionButtons(suggestions: string[]): Block | undefined {
  if (!suggestions.length) return undefined;
  return actions(suggestions.map((s, i) => button(s, `${ACTION.askSuggestion}_${i}`, { value: s })));
}

export function renderBlocks(answer: Answer, opts: AnswerBlocksOptions = {}): SlackMessage {
  const asked = opts.asked !== undefined ? askedLine(opts.asked, opts.sharedBy) : undefined;
  const head: Block[] = [...(asked ? [context([asked])] : []), ...splitText(answerText(answer)).map((t) => section(t))];
  const body: Block[][] = [...answer.conflicts.map((c) => [conflictBlock(c)]), ...answer.citations.map((c) => citationBlocks(c, opts))];
  const suggestions = suggestionButtons(answer.suggestions);
  const tail: Block[] = [
    ...(suggestions ? [suggestions] : []),
    ...shareActions(opts.shareValue),
  ];
  const blocks = fitBlocks(head.slice(0, LIMITS.messageBlocks - tail.length - 1), body, tail, LIMITS.messageBlocks, (n) =>
    context([`…and ${n} more not shown here. Ask a narrower question to see them.`]),
  );
  const echo = opts.asked !== undefined ? `Asked: ${askedQuestion(opts.asked)}` : '';
  return { text: fallbackText([echo, renderText(answer, opts)]), blocks };
}
