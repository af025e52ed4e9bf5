// Block Kit rendering of an Answer, compact: its lead in bold, its quote or quotes, one source line, and a
// few buttons. A list (a timeline, the treaties) shows a page of items with a "More" button that carries the
// next page in its value; disagreeing sources are shown once, side by side, each with its quote.
// Pure: no Slack calls. Every piece of user or data text is escaped, so nothing in it can mention or link.
import type { Answer, Citation, Conflict } from '../../core/answer.js';
import { stripSlackMarkup } from '../../core/normalise.js';
import { attribution, sourcePageUrl, type LinkOptions } from '../../render/links.js';
import { renderText } from '../../render/text.js';
import { ACTION } from './action-ids.js';
import { packFeedback, packPage, packQuery, packQuoteRef, type Query, type View } from './button-values.js';
import {
  LIMITS,
  actions,
  button,
  context,
  escapeMrkdwn,
  fieldsSection,
  link,
  mention,
  plain,
  section,
  splitText,
  truncate,
  type Block,
  type SlackMessage,
} from './blockkit.js';
import type { types } from '@slack/bolt';

/**
 * The budget of one answer message, far under Slack's own limits (50 blocks, 25 elements a block) so that an
 * answer reads at a glance. At most: the echoed question, two sections of answer, `pageSize` items, the
 * conflict, the source line, one actions block and the feedback block — 12 blocks; and 5 interactive elements:
 * Show source, More, Share (or up to 3 suggestions on a decline) and the 👍/👎 pair.
 */
export const ANSWER_BUDGET = {
  blocks: 12,
  interactive: 5,
  /** Items (a list's lines with their quotes, or quotes) on one page. */
  pageSize: 4,
  suggestions: 3,
  answerSections: 2,
} as const;

export type AnswerBlocksOptions = LinkOptions & {
  /** What was asked, for the buttons that act on the answer again (Share, More, feedback). */
  query?: Query;
  view?: View;
  /** The first item of the page shown (0 for the first page). */
  offset?: number;
};

/** The question as echoed back: Slack markup (mentions, links) taken out, spaces collapsed. Not yet escaped. */
export function askedQuestion(question: string): string {
  return stripSlackMarkup(question).replace(/\s+/g, ' ').trim();
}

/** "You asked: …", or "<@U…> asked: …" once shared; the question escaped. */
function askedLine(question: string, sharedBy?: string): string {
  const who = mention(sharedBy);
  return `${who ? `${who} asked` : 'You asked'}: ${escapeMrkdwn(askedQuestion(question))}`;
}

/** What a query looks like echoed: the question, or the command for a lookup. */
function queryText(q: Query): string {
  return q.kind === 'ask' ? q.text : `/${q.kind} ${q.text}`.trim();
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

/** One context block naming each source of these citations once (several quotes of one source share its line). */
export function sourcesContext(citations: Citation[], opts: LinkOptions, prefix: string[] = []): Block | undefined {
  const seen = new Map<string, Citation>();
  for (const c of citations) if (!seen.has(c.source.id)) seen.set(c.source.id, c);
  const lines = [...prefix, ...[...seen.values()].map((c) => sourceLine(c, opts))];
  return lines.length ? context(lines) : undefined;
}

export function quoteMrkdwn(quote: string): string {
  return escapeMrkdwn(quote.trim()).replace(/^/gm, '>');
}

/** The plain fallback: the same answer as the terminal shows it, escaped for Slack. */
export function fallbackText(lines: string[]): string {
  return truncate(escapeMrkdwn(lines.filter(Boolean).join('\n\n')), LIMITS.fallbackText);
}

/** How compose.ts words a conflict inside the text; the side-by-side block says it instead. */
const CONFLICT_SENTENCE = / ?Sources differ — [^\n]*$/;

function answerText(answer: Answer, text: string): string {
  const { lead } = answer;
  if (!lead) return escapeMrkdwn(text);
  if (text.startsWith(lead)) return `*${escapeMrkdwn(lead)}*${escapeMrkdwn(text.slice(lead.length))}`;
  return `*${escapeMrkdwn(lead)}*\n${escapeMrkdwn(text)}`;
}

/** Each side: what it says, its quote, its publisher — two columns. */
function conflictBlock(c: Conflict): Block {
  return fieldsSection(
    '*Sources differ:*',
    c.sides.map((s) =>
      truncate(`*${escapeMrkdwn(s.says)}* — ${escapeMrkdwn(s.citation.source.publisher)}\n${quoteMrkdwn(s.citation.quote)}`, LIMITS.fieldText),
    ),
  );
}

/** A list answer: its first line heads it and each further line ("• …") belongs to the citation in its place. */
type Item = { line?: string; citation: Citation };

function itemsOf(answer: Answer, inConflict: Set<string>): { head: string; items: Item[] } {
  const lines = answer.text.split('\n');
  const bullets = lines.slice(1);
  const isList = bullets.length > 1 && bullets.length === answer.citations.length && bullets.every((l) => l.startsWith('• '));
  if (isList) return { head: lines[0]!, items: answer.citations.map((citation, i) => ({ line: bullets[i]!, citation })) };
  const head = answer.conflicts.length ? answer.text.replace(CONFLICT_SENTENCE, '') : answer.text;
  return { head, items: answer.citations.filter((c) => !inConflict.has(c.factId)).map((citation) => ({ citation })) };
}

function itemBlock(item: Item): Block {
  const quote = quoteMrkdwn(item.citation.quote);
  return section(item.line ? `${escapeMrkdwn(item.line)}\n${quote}` : quote);
}

/** One button for one quote; a menu when the page (with a conflict's sides) has several. */
function showSourceElement(citations: Citation[]): types.ActionsBlockElement | undefined {
  if (!citations.length) return undefined;
  if (citations.length === 1) return button('Show source', ACTION.showSource, { value: packQuoteRef(citations[0]!) });
  return {
    type: 'static_select',
    action_id: ACTION.showSource,
    placeholder: plain('Show a source…', LIMITS.optionText),
    options: citations.slice(0, LIMITS.selectOptions).map((c, i) => ({
      text: plain(`${i + 1}. ${c.source.publisher}: ${c.quote.trim()}`, LIMITS.optionText),
      value: packQuoteRef(c),
    })),
  };
}

/** Slack's own 👍/👎 (assistant threads), or two ordinary buttons elsewhere; each carries what was asked. */
export function feedbackElements(query: Query, answered: boolean, style: 'native' | 'buttons'): { block?: Block; buttons: types.Button[] } {
  const up = packFeedback({ query, verdict: 'up', answered });
  const down = packFeedback({ query, verdict: 'down', answered });
  if (style === 'buttons') {
    return { buttons: [button('👍', `${ACTION.feedback}_up`, { value: up }), button('👎', `${ACTION.feedback}_down`, { value: down })] };
  }
  const block: types.ContextActionsBlock = {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTION.feedback,
        positive_button: { text: plain('👍', LIMITS.buttonText), accessibility_label: 'This answer is right', value: up },
        negative_button: { text: plain('👎', LIMITS.buttonText), accessibility_label: 'This answer is wrong', value: down },
      },
    ],
  };
  return { block, buttons: [] };
}

export function renderBlocks(answer: Answer, opts: AnswerBlocksOptions = {}): SlackMessage {
  const view = opts.view ?? {};
  const query = opts.query;
  const inConflict = new Set(answer.conflicts.flatMap((c) => c.sides.map((s) => s.factId)));
  const { head, items } = itemsOf(answer, inConflict);
  const offset = Math.min(opts.offset ?? 0, Math.max(0, items.length - 1));
  const page = items.slice(offset, offset + ANSWER_BUDGET.pageSize);
  const next = offset + page.length;

  const blocks: Block[] = [];
  if (view.echo && query) blocks.push(context([askedLine(queryText(query), view.sharedBy)]));
  blocks.push(
    ...splitText(answerText(answer, head))
      .slice(0, ANSWER_BUDGET.answerSections)
      .map((t) => section(t)),
  );
  blocks.push(...page.map(itemBlock));
  blocks.push(...answer.conflicts.slice(0, 1).map(conflictBlock));
  // Never cut silently: a page says which items it holds.
  const range = items.length > page.length ? [`${offset + 1}–${next} of ${items.length}`] : [];
  const cited = [...page.map((i) => i.citation), ...answer.conflicts.flatMap((c) => c.sides.map((s) => s.citation))];
  const sources = sourcesContext(cited, opts, range);
  if (sources) blocks.push(sources);

  const elements: types.ActionsBlockElement[] = [];
  const show = showSourceElement(cited);
  if (show) elements.push(show);
  if (query && items.length > page.length) {
    const more = next < items.length;
    const label = more ? `More (${next + 1}–${Math.min(next + ANSWER_BUDGET.pageSize, items.length)} of ${items.length})` : 'Back to the first';
    elements.push(button(label, ACTION.more, { value: packPage({ query, view, offset: more ? next : 0 }) }));
  }
  if (query && view.shareable && answer.answered && answer.citations.length)
    elements.push(button('Share in channel', ACTION.share, { value: packQuery(query), style: 'primary' }));
  // A decline (or the help) has no quotes to show or share: its room goes to the questions it suggests.
  if (!answer.answered || !answer.citations.length) {
    answer.suggestions.slice(0, ANSWER_BUDGET.suggestions).forEach((s, i) => elements.push(button(s, `${ACTION.askSuggestion}_${i}`, { value: s })));
  }
  const feedback = query && view.feedback && query.kind !== 'onthisday' ? feedbackElements(query, answer.answered, view.feedback) : { buttons: [] };
  elements.push(...feedback.buttons);
  if (elements.length) blocks.push(actions(elements));
  if (feedback.block) blocks.push(feedback.block);

  const echo = view.echo && query ? `Asked: ${askedQuestion(queryText(query))}` : '';
  return { text: fallbackText([echo, renderText(answer, opts)]), blocks };
}
