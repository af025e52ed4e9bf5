// Block Kit pieces that stay within Slack's limits by construction: every text is cut to fit and every list
// is capped here, so a long answer is trimmed on our side instead of failing with `invalid_blocks`.
import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;
export type Button = types.Button;
/** A message body: the blocks, and the plain `text` Slack shows in notifications and where blocks cannot be shown. */
export type SlackMessage = { text: string; blocks: Block[] };

/** Slack's documented limits (docs.slack.dev/reference/block-kit), and our own cap on the fallback text. */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  actionElements: 25,
  /** A select menu's option: its text and its value. */
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  /** Slack cuts `text` at 40,000 characters; notifications and screen readers want far less. */
  fallbackText: 4000,
} as const;

/** Every message we post: a link or image in an answer must not unfold into a preview under it. */
export const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/**
 * Bidirectional-text controls (embeddings, overrides, isolates, marks): echoed, they can make "You asked" read
 * backwards or hide part of it, so they are taken out of every text we send.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Escapes the three characters Slack's markup gives meaning to, so `<!channel>` or `<@U1>` in user text stays text. */
export function escapeMrkdwn(text: string): string {
  return stripBidi(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts text to `max` characters, ending with "…". Never leaves half an escape (`&am`) or half a link (`<http…`),
 * nor half a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const open = cut.lastIndexOf('<');
  if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
  const amp = cut.lastIndexOf('&');
  if (amp > cut.lastIndexOf(';') && cut.length - amp <= 5) cut = cut.slice(0, amp);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A Slack link; the URL's own markup characters escaped, and `|` (which would end it) percent-encoded. */
export function link(url: string, label: string): string {
  return `<${escapeMrkdwn(url).replace(/\|/g, '%7C')}|${label}>`;
}

/** A mention of a Slack user, for ids that look like one (anything else could be markup smuggled in). */
export function mention(userId: string | undefined): string | undefined {
  return userId && /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : undefined;
}

/** A channel reference for ids that look like one; anything else is shown as escaped text. */
export function channelMention(channelId: string): string {
  return /^[CGD][A-Z0-9]+$/.test(channelId) ? `<#${channelId}>` : escapeMrkdwn(channelId);
}

const mrkdwn = (text: string, max: number): types.MrkdwnElement => ({ type: 'mrkdwn', text: truncate(text, max) || ' ' });
export const plain = (text: string, max: number): types.PlainTextElement => ({ type: 'plain_text', text: truncate(stripBidi(text), max) || ' ', emoji: true });

/** A section of mrkdwn (already escaped by the caller), optionally with a button beside it. */
export function section(text: string, accessory?: Button): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text, LIMITS.sectionText), ...(accessory ? { accessory } : {}) };
}

/** A section whose fields Slack shows two by two: sides of a comparison. */
export function fieldsSection(title: string, fields: string[]): types.SectionBlock {
  return {
    type: 'section',
    text: mrkdwn(title, LIMITS.sectionText),
    fields: fields.slice(0, LIMITS.sectionFields).map((f) => mrkdwn(f, LIMITS.fieldText)),
  };
}

export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: plain(text, LIMITS.headerText) };
}

/** Small grey lines of mrkdwn; past the tenth element the rest are joined into the last one. */
export function context(texts: string[]): types.ContextBlock {
  const kept =
    texts.length > LIMITS.contextElements ? [...texts.slice(0, LIMITS.contextElements - 1), texts.slice(LIMITS.contextElements - 1).join(' · ')] : texts;
  return { type: 'context', elements: kept.map((t) => mrkdwn(t, LIMITS.contextText)) };
}

export type ButtonOptions = { value?: string; style?: 'primary' | 'danger'; url?: string };

/** A button; its label is plain text (never markup), cut to 75 characters. */
export function button(text: string, actionId: string, opts: ButtonOptions = {}): Button {
  return {
    type: 'button',
    text: plain(text, LIMITS.buttonText),
    action_id: actionId,
    ...(opts.value !== undefined ? { value: opts.value.slice(0, LIMITS.buttonValue) } : {}),
    ...(opts.style ? { style: opts.style } : {}),
    ...(opts.url ? { url: opts.url } : {}),
  };
}

export function actions(elements: types.ActionsBlockElement[], blockId?: string): types.ActionsBlock {
  return { type: 'actions', elements: elements.slice(0, LIMITS.actionElements), ...(blockId ? { block_id: blockId } : {}) };
}

/**
 * A button value as JSON, within the 2,000-character limit: `squeeze` names the one field that is shortened
 * (a question, a quote) until the whole fits, so the value always parses.
 */
export function packValue(data: Record<string, string | number>, squeeze: string, max: number = LIMITS.buttonValue): string {
  let field = String(data[squeeze] ?? '');
  let value = JSON.stringify(data);
  while (value.length > max && field.length > 0) {
    field = field.slice(0, Math.max(0, field.length - (value.length - max)));
    value = JSON.stringify({ ...data, [squeeze]: field });
  }
  return value;
}

/** Splits mrkdwn into chunks a section can hold, at line breaks where it can. */
export function splitText(text: string, max: number = LIMITS.sectionText): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current) chunks.push(current);
    current = truncate(line, max);
  }
  if (current || !chunks.length) chunks.push(current);
  return chunks;
}

/**
 * Blocks within a budget: `head` and `tail` always, then whole groups from `body` in order while they fit;
 * when some do not, a note saying how many were left out takes the last place.
 */
export function fitBlocks(head: Block[], body: Block[][], tail: Block[], max: number, leftOut: (groups: number) => Block): Block[] {
  const room = max - head.length - tail.length;
  const total = body.reduce((n, g) => n + g.length, 0);
  if (total <= room) return [...head, ...body.flat(), ...tail];
  const kept: Block[] = [];
  let groups = 0;
  for (const group of body) {
    if (kept.length + group.length > room - 1) break;
    kept.push(...group);
    groups++;
  }
  return [...head, ...kept, leftOut(body.length - groups), ...tail].slice(0, max);
}
