// Slack's Block Kit limits, checked on whatever a renderer produced.
import { expect } from 'vitest';

type Text = { type: string; text: string };
type AnyBlock = { type: string; text?: Text; fields?: Text[]; accessory?: Button; elements?: (Text | Button)[] };
type Button = { type: string; text: Text; value?: string; action_id?: string };

function expectButton(b: Button): void {
  if (b.type !== 'button') return;
  expect(b.text.text.length, `button text "${b.text.text.slice(0, 40)}…"`).toBeLessThanOrEqual(75);
  expect(b.text.text.length).toBeGreaterThan(0);
  if (b.value !== undefined) expect(b.value.length, 'button value').toBeLessThanOrEqual(2000);
}

export function expectWithinLimits(blocks: AnyBlock[], maxBlocks: number): void {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
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
      for (const e of b.elements as Button[]) expectButton(e);
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
export const HOSTILE = '<!channel> <!here|here> <@U666> <http://evil.example|click> &lt;!everyone&gt; &lt;http://evil.example&gt; When did Tajikistan and Kyrgyzstan establish diplomatic relations?';
