// Slack's Block Kit limits, checked on whatever a renderer produced.
import { expect } from 'vitest';

type Text = { type: string; text: string };
type Option = { text: Text; value: string };
type FeedbackButton = { text: Text; value: string; accessibility_label?: string };
type Element = {
  type: string;
  text: Text;
  value?: string;
  action_id?: string;
  placeholder?: Text;
  options?: Option[];
  positive_button?: FeedbackButton;
  negative_button?: FeedbackButton;
};
type AnyBlock = { type: string; text?: Text; fields?: Text[]; accessory?: Element; elements?: (Text | Element)[] };

function expectLabel(t: Text, what: string, max = 75): void {
  expect(t.type, `${what} is plain text`).toBe('plain_text');
  expect(t.text.length, `${what} "${t.text.slice(0, 40)}…"`).toBeLessThanOrEqual(max);
  expect(t.text.length, what).toBeGreaterThan(0);
}

function expectButton(b: Element): void {
  if (b.type === 'static_select') {
    expectLabel(b.placeholder!, 'menu placeholder', 150);
    expect(b.options!.length).toBeGreaterThan(0);
    expect(b.options!.length).toBeLessThanOrEqual(100);
    for (const o of b.options!) {
      expectLabel(o.text, 'menu option');
      expect(o.value.length, 'menu option value').toBeLessThanOrEqual(150);
    }
    return;
  }
  if (b.type === 'feedback_buttons') {
    for (const f of [b.positive_button!, b.negative_button!]) {
      expectLabel(f.text, 'feedback button');
      expect(f.value.length, 'feedback value').toBeLessThanOrEqual(2000);
      if (f.accessibility_label) expect(f.accessibility_label.length).toBeLessThanOrEqual(75);
    }
    return;
  }
  expect(b.type).toBe('button');
  expectLabel(b.text, 'button text');
  if (b.value !== undefined) expect(b.value.length, 'button value').toBeLessThanOrEqual(2000);
}

/** Buttons, menus and feedback buttons (a pair counts as two): what a reader can press in these blocks. */
export function interactiveCount(blocks: AnyBlock[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.accessory) n++;
    if (b.type === 'actions') n += b.elements!.length;
    if (b.type === 'context_actions') n += (b.elements as Element[]).reduce((k, e) => k + (e.type === 'feedback_buttons' ? 2 : 1), 0);
  }
  return n;
}

const KNOWN = ['section', 'context', 'actions', 'context_actions', 'header', 'divider', 'input'];

export function expectWithinLimits(blocks: AnyBlock[], maxBlocks: number): void {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const b of blocks) expect(KNOWN, `block type ${b.type}`).toContain(b.type);
  for (const b of blocks) {
    if (b.text) {
      expect(b.text.text.length, `${b.type} text`).toBeLessThanOrEqual(b.type === 'header' ? 150 : 3000);
      expect(b.text.text.length, `${b.type} text`).toBeGreaterThan(0);
    }
    if (b.fields) {
      expect(b.fields.length).toBeLessThanOrEqual(10);
      for (const f of b.fields) expect(f.text.length, 'field').toBeLessThanOrEqual(2000);
    }
    if (b.accessory) expectButton(b.accessory);
    if (b.type === 'context') {
      expect(b.elements!.length).toBeLessThanOrEqual(10);
      for (const e of b.elements as Text[]) expect(e.text.length, 'context element').toBeLessThanOrEqual(3000);
    }
    if (b.type === 'actions') {
      expect(b.elements!.length).toBeLessThanOrEqual(25);
      for (const e of b.elements as Element[]) expectButton(e);
      const ids = (b.elements as Element[]).map((e) => e.action_id);
      expect(new Set(ids).size, 'action ids unique within the block').toBe(ids.length);
    }
    if (b.type === 'context_actions') {
      expect(b.elements!.length).toBeLessThanOrEqual(5);
      for (const e of b.elements as Element[]) expectButton(e);
    }
  }
}

/** Live Slack markup a user could smuggle in: none of it may appear where Slack parses markup. */
export const LIVE_MARKUP = ['<!channel', '<!here', '<!everyone', '<@U666', '<http://evil'];

/**
 * Every text Slack reads as markup: mrkdwn objects and the top-level fallback `text`. Plain-text objects (button
 * labels, headers) and button values are never parsed for mentions or links, so they are not searched.
 */
export function markupTexts(sent: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown, top: boolean): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, false));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && (top || o.type === 'mrkdwn')) found.push(o.text);
    for (const [k, x] of Object.entries(o)) if (k !== 'value') walk(x, false);
  };
  walk(sent, true);
  return found;
}

export function expectNoLiveMarkup(sent: unknown): void {
  const texts = markupTexts(sent);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) for (const m of LIVE_MARKUP) expect(text, `sent ${m} live`).not.toContain(m);
}

/** A question carrying every kind of live markup, raw (as a slash command sends it) and entity-encoded (as events do). */
export const HOSTILE =
  '<!channel> <!here|here> <@U666> <http://evil.example|click> &lt;!everyone&gt; &lt;http://evil.example&gt; When did Tajikistan and Kyrgyzstan establish diplomatic relations?';
