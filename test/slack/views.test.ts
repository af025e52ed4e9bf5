// The other Slack surfaces: the "Show source" modal, the "on this date" post and the App Home tab.
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/core/answer.js';
import { onThisDay, type OnThisDay } from '../../src/core/onthisday.js';
import { escapeMrkdwn } from '../../src/slack/render/blockkit.js';
import { paragraphMrkdwn, quoteInParagraph, sourceModal } from '../../src/slack/render/source-view.js';
import { renderOnThisDay } from '../../src/slack/render/onthisday-blocks.js';
import { homeView } from '../../src/slack/render/home-view.js';
import { ask, engine } from '../helpers.js';
import { expectWithinLimits } from './support/limits.js';
import type { Json } from './support/json.js';

const TEXT = `Title line

First paragraph, about the weather.

The ministers   said the “Treaty of
Friendship” was signed – after long talks – in the capital.

Last paragraph.`;

const cite = (quote: string): Citation => ({
  source: { id: 's1', title: 'A <b> & c', url: 'https://example.org/x', publisher: 'Gazette', published: '2020-11-20' },
  quote,
  factId: 'f1',
});

describe('the Show source modal', () => {
  it('finds the paragraph holding the quote, whatever its whitespace, quote marks and dashes', () => {
    expect(quoteInParagraph(TEXT, 'the "Treaty of Friendship" was signed - after long talks')).toEqual({
      before: 'The ministers said ',
      quote: 'the “Treaty of Friendship” was signed – after long talks',
      after: ' – in the capital.',
    });
    expect(quoteInParagraph(TEXT, 'not in the text')).toBeUndefined();
  });

  it('shows the quote in bold in its paragraph, with the source linked', () => {
    const view = sourceModal(cite('was signed - after long talks'), TEXT, {}) as Json;
    expect(view.type).toBe('modal');
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const texts = view.blocks.map((b: Json) => b.text?.text ?? b.elements?.[0]?.text).filter(Boolean);
    expect(texts).toContain('*A &lt;b&gt; &amp; c*');
    expect(texts).toContain('The ministers said the “Treaty of Friendship” *was signed – after long talks* – in the capital.');
    expect(texts.some((t: string) => t.startsWith('<https://example.org/x|A &lt;b&gt; &amp; c>'))).toBe(true);
  });

  it('keeps the quote whole in a paragraph far longer than a section allows', () => {
    const text = `${'Before the quote. '.repeat(400)}The quoted words stand here.${' After the quote.'.repeat(400)}`;
    const found = quoteInParagraph(text, 'The quoted words stand here.')!;
    const mrkdwn = paragraphMrkdwn(found);
    expect(mrkdwn.length).toBeLessThanOrEqual(3000);
    expect(mrkdwn).toContain('*The quoted words stand here.*');
    expect(mrkdwn.startsWith('…')).toBe(true);
    expect(mrkdwn.endsWith('…')).toBe(true);
    expectWithinLimits(sourceModal(cite('The quoted words stand here.'), text, {}).blocks as never, 100);
  });

  it('says so when the source or the quote cannot be found', () => {
    expect(JSON.stringify(sourceModal(cite('x'), undefined, {}))).toContain('no longer in my base');
    expect(JSON.stringify(sourceModal(cite('missing words'), TEXT, {}))).toContain('could not find this quote');
  });

  it('finds a real answer’s quote in its source', () => {
    const a = ask('When did Tajikistan and Kyrgyzstan establish diplomatic relations?');
    const c = a.citations[0]!;
    const found = quoteInParagraph(engine().kb.source(c.source.id).text, c.quote);
    expect(found?.quote.replace(/\s+/g, ' ')).toBe(c.quote.replace(/\s+/g, ' ').trim());
  });
});

describe('the on this date post', () => {
  const day = (over: Partial<OnThisDay> = {}): OnThisDay => ({
    date: '01-14',
    label: '14 January',
    year: 2023,
    match: 'day',
    items: [
      {
        date: '1993-01-14',
        text: '14 January 1993: relations <established> — 30 years ago today',
        citations: [cite('Relations were established.')],
        yearsAgo: 30,
        round: true,
        factId: 'f1',
      },
      { date: '2001-01-14', text: '14 January 2001: a visit — 22 years ago', citations: [], yearsAgo: 22, round: false, factId: 'f2' },
    ],
    text: 'On 14 January:\n• 14 January 1993: relations <established> — 30 years ago today\n• 14 January 2001: a visit — 22 years ago',
    ...over,
  });

  it('heads the day, marks round anniversaries, quotes each event, and falls back to the CLI’s text', () => {
    const { text, blocks } = renderOnThisDay(day()) as { text: string; blocks: Json[] };
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'On this date: 14 January', emoji: true } });
    expect(blocks[1]!.text.text).toBe(':tada: *14 January 1993: relations &lt;established&gt; — 30 years ago today*\n>Relations were established.');
    expect(blocks[2]!.text.text).toBe('• 14 January 2001: a visit — 22 years ago');
    // One line names the sources; no button per quote.
    expect(blocks.slice(3).map((b) => b.type)).toEqual(['context']);
    expect(text).toBe(escapeMrkdwn(day().text));
  });

  it('says how far it looked when nothing fell on the day', () => {
    const blocks = renderOnThisDay(day({ match: 'week', text: 'Nothing in my sources happened on 15 January; the nearest that week:\n• x' })).blocks as Json[];
    expect(blocks[1]!.text.text).toBe('_Nothing in my sources happened on 15 January; the nearest that week:_');
  });

  it('stays within the limits however many events there are', () => {
    const many = day({
      items: Array.from({ length: 80 }, (_, i) => ({ ...day().items[0]!, factId: `f${i}`, text: 'x'.repeat(4000) })),
      text: 'y'.repeat(50_000),
    });
    const { text, blocks } = renderOnThisDay(many, { shareValue: '{"k":"onthisday","t":""}' }) as { text: string; blocks: Json[] };
    expectWithinLimits(blocks as never, 50);
    expect(text.length).toBeLessThanOrEqual(4000);
    expect(blocks[blocks.length - 1]!.elements[0].action_id).toBe('share_answer');
  });

  it('renders the real base’s day with the same text as `attache onthisday`', () => {
    const result = onThisDay(engine().kb, '01-14', 2026);
    const { text, blocks } = renderOnThisDay(result);
    expect(text).toBe(escapeMrkdwn(result.text));
    expect((blocks[0] as Json).text.text).toBe('On this date: 14 January');
    const sourceLine = JSON.stringify((blocks as Json[]).filter((b) => b.type === 'context'));
    for (const item of result.items) for (const c of item.citations) expect(sourceLine).toContain(escapeMrkdwn(c.source.title));
  });
});

describe('the App Home tab', () => {
  it('shows the help, example buttons, the workspace’s subscriptions and the sources', () => {
    const e = engine();
    const view = homeView({
      help: e.help(),
      sources: [...e.kb.sources.values()],
      calendar: e.kb.calendar,
      subscriptions: [
        { channelId: 'C1', schedule: '09:00 Asia/Dushanbe', next: 'Sun 11 Jan, 09:00 (Asia/Dushanbe)' },
        { channelId: 'C2', schedule: '08:00 UTC', paused: 'the channel is archived' },
      ],
    }) as Json;
    const json = JSON.stringify(view);
    expect(view.type).toBe('home');
    expect(json).toContain(JSON.stringify(escapeMrkdwn(e.help().text.split('\n')[0]!)).slice(1, -1));
    for (const s of e.kb.sources.values()) expect(json).toContain(JSON.stringify(escapeMrkdwn(s.title)).slice(1, -1));
    expect(json).toContain('<#C1> · every day at 09:00 Asia/Dushanbe\\nNext post: Sun 11 Jan, 09:00 (Asia/Dushanbe)');
    expect(json).toContain('Paused: the channel is archived');
    const actionIds = view.blocks.flatMap((b: Json) => (b.type === 'actions' ? b.elements.map((x: Json) => `${x.action_id}:${x.value ?? ''}`) : []));
    expect(actionIds).toEqual(
      expect.arrayContaining(['onthisday_unsubscribe:C1', 'onthisday_resume:C2', 'onthisday_unsubscribe:C2', 'onthisday_open_subscribe:']),
    );
    expect(actionIds.filter((id: string) => id.startsWith('ask_suggestion_'))).toHaveLength(e.help().suggestions.length);
  });

  it('keeps within 100 blocks, and keeps the subscribe button, with hundreds of sources and channels', () => {
    const e = engine();
    const source = [...e.kb.sources.values()][0]!;
    const view = homeView({
      help: e.help(),
      sources: Array.from({ length: 300 }, (_, i) => ({ ...source, id: `s${i}` })),
      calendar: e.kb.calendar,
      subscriptions: Array.from({ length: 100 }, (_, i) => ({ channelId: `C${i}00`, schedule: '09:00 UTC', next: 'soon' })),
    });
    expectWithinLimits(view.blocks as never, 100);
    expect(JSON.stringify(view.blocks)).toContain('onthisday_open_subscribe');
    expect(JSON.stringify(view.blocks)).toMatch(/…and \d+ more sources/);
    expect(JSON.stringify(view.blocks)).toMatch(/…and \d+ more channels/);
  });
});
