// The Block Kit renderer of answers: layout, links, escaping and Slack's limits.
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/core/answer.js';
import { ANSWER_BUDGET, renderBlocks, type AnswerBlocksOptions } from '../../src/slack/render/blocks.js';
import {
  packFeedbackNote,
  unpackFeedback,
  unpackFeedbackNote,
  unpackPage,
  unpackQuery,
  unpackQuoteRef,
  type Query,
} from '../../src/slack/render/button-values.js';
import { button, context, escapeMrkdwn, header, packValue, truncate } from '../../src/slack/render/blockkit.js';
import { treaty } from '../../src/core/treaty.js';
import { ask, engine, TODAY } from '../helpers.js';
import { expectNoLiveMarkup, expectWithinLimits, HOSTILE, interactiveCount, markupTexts } from './support/limits.js';
import type { Json } from './support/json.js';

function citation(quote: string, source: Partial<Citation['source']> = {}, factId = 'f1'): Citation {
  return {
    source: { id: 's1', title: 'Ministers meet', url: 'https://example.org/a?x=1&y=2', publisher: 'The Gazette', published: '2020-11-20', ...source },
    quote,
    factId,
  };
}

function answer(over: Partial<Answer> = {}): Answer {
  return {
    question: 'When?',
    intent: 'relations',
    answered: true,
    lead: '14 January 1993',
    text: '14 January 1993. Relations were established.',
    facts: [],
    citations: [citation('Relations were established on January 14, 1993.')],
    conflicts: [],
    suggestions: [],
    ...over,
  };
}

const sections = (blocks: Json[]) => blocks.filter((b) => b.type === 'section');
const buttons = (blocks: Json[]) => blocks.flatMap((b) => [...(b.accessory ? [b.accessory] : []), ...(b.type === 'actions' ? b.elements : [])]);
const WHEN: Query = { kind: 'ask', text: 'When?' };
/** Everything a reply can carry: the echo, Share, ordinary 👍/👎. */
const FULL: AnswerBlocksOptions = { query: WHEN, view: { echo: true, shareable: true, feedback: 'buttons' } };
const contexts = (blocks: Json[]) => blocks.filter((b) => b.type === 'context').flatMap((b) => b.elements.map((e: Json) => e.text as string));

describe('renderBlocks', () => {
  it('is the lead in bold, the quote, one source line and a Show source button', () => {
    const { blocks } = renderBlocks(answer()) as { blocks: Json[] };
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section', 'context', 'actions']);
    expect(sections(blocks)[0]!.text.text).toBe('*14 January 1993*. Relations were established.');
    expect(sections(blocks)[1]!.text.text).toBe('>Relations were established on January 14, 1993.');
    expect(contexts(blocks)).toEqual(['<https://example.org/a?x=1&amp;y=2|Ministers meet> · The Gazette, 2020-11-20']);
    const [show] = buttons(blocks);
    expect([show.text.text, show.action_id]).toEqual(['Show source', 'show_source']);
    expect(unpackQuoteRef(show.value)).toEqual({ factId: 'f1', quote: 'Relations were established on January 14, 1993.' });
  });

  it('links the quote on our source page when PUBLIC_BASE_URL is set', () => {
    const { blocks } = renderBlocks(answer(), { publicBaseUrl: 'https://attache.example.org/' }) as { blocks: Json[] };
    expect(contexts(blocks)[0]).toContain('<https://attache.example.org/sources/s1#fact-f1|quote in context>');
  });

  it('says so when a source has no address', () => {
    const noUrl = answer({ citations: [citation('A quote.', { url: '', urlNote: 'A wire release; no reliable URL is known.' })] });
    const line = contexts(renderBlocks(noUrl).blocks as Json[])[0]!;
    expect(line).toBe('Ministers meet · The Gazette, 2020-11-20 · _no link: A wire release; no reliable URL is known._');
  });

  it('names a source once in the source line however many of its quotes are shown', () => {
    const two = answer({ citations: [citation('First.', {}, 'f1'), citation('Second.', {}, 'f2')] });
    const blocks = renderBlocks(two).blocks as Json[];
    expect(contexts(blocks)).toEqual(['<https://example.org/a?x=1&amp;y=2|Ministers meet> · The Gazette, 2020-11-20']);
    // Two quotes: one menu to open either, not a button each.
    const [menu] = buttons(blocks);
    expect(menu.type).toBe('static_select');
    expect(menu.options.map((o: Json) => [o.text.text, unpackQuoteRef(o.value)])).toEqual([
      ['1. The Gazette: First.', { factId: 'f1', quote: 'First.' }],
      ['2. The Gazette: Second.', { factId: 'f2', quote: 'Second.' }],
    ]);
  });

  it('shows a conflict once: both sides side by side with their quotes, not again in the text or as quotes', () => {
    const real = ask('How long is the Tajik-Kyrgyz border?');
    expect(real.conflicts).toHaveLength(1);
    const blocks = renderBlocks(real).blocks as Json[];
    const json = JSON.stringify(blocks);
    expect(json).not.toContain('Sources differ —');
    const conflict = blocks.filter((b) => b.fields);
    expect(conflict).toHaveLength(1);
    expect(conflict[0]!.text.text).toBe('*Sources differ:*');
    expect(conflict[0]!.fields.map((f: Json) => f.text.split('\n')[0])).toEqual(['*971 km* — Asia-Plus', '*nearly 1,000 km* — Eurasian Observer']);
    // Each quote is shown once, in its side (the Show source menu names them, in plain text, to open them).
    const shown = markupTexts(blocks).join('\n');
    for (const c of real.citations) expect(shown.split(escapeMrkdwn(c.quote.trim()).slice(0, 40)).length - 1).toBe(1);
    expect(buttons(blocks)[0].options.map((o: Json) => unpackQuoteRef(o.value)?.factId)).toEqual(real.citations.map((c) => c.factId));
    expect(contexts(blocks).map((t) => t.split(' · ')[1])).toEqual(['Asia-Plus, 2020-11-20', 'Eurasian Observer, undated']);
  });

  it('offers the engine’s suggestions as buttons on a decline, with 👍/👎', () => {
    const declined = answer({
      answered: false,
      lead: undefined,
      text: "I don't know that.",
      citations: [],
      suggestions: ['How long is the border?', 'Who is the minister?'],
    });
    const found = buttons(renderBlocks(declined, { query: WHEN, view: { feedback: 'buttons' } }).blocks as Json[]);
    expect(found.map((b) => [b.action_id, b.text.text])).toEqual([
      ['ask_suggestion_0', 'How long is the border?'],
      ['ask_suggestion_1', 'Who is the minister?'],
      ['answer_feedback_up', '👍'],
      ['answer_feedback_down', '👎'],
    ]);
    expect(found[1].value).toBe('Who is the minister?');
    expect(unpackFeedback(found[3].value)).toEqual({ query: WHEN, verdict: 'down', answered: false });
  });

  it('uses Slack’s feedback buttons where asked, each carrying what was asked', () => {
    const blocks = renderBlocks(answer(), { query: WHEN, view: { feedback: 'native' } }).blocks as Json[];
    const last = blocks[blocks.length - 1]!;
    expect(last.type).toBe('context_actions');
    const fb = last.elements[0];
    expect(fb.type).toBe('feedback_buttons');
    expect(unpackFeedback(fb.positive_button.value)).toEqual({ query: WHEN, verdict: 'up', answered: true });
    expect(unpackFeedback(fb.negative_button.value)).toEqual({ query: WHEN, verdict: 'down', answered: true });
    expect(buttons(blocks).map((b) => b.action_id)).toEqual(['show_source']);
  });

  it('has a Share button only when shareable, and echoes the question when asked to', () => {
    expect(buttons(renderBlocks(answer(), { query: WHEN }).blocks as Json[]).map((b) => b.action_id)).toEqual(['show_source']);
    const shared = renderBlocks(answer(), FULL).blocks as Json[];
    const share = buttons(shared).find((b) => b.action_id === 'share_answer')!;
    expect(share.text.text).toBe('Share in channel');
    expect(unpackQuery(share.value)).toEqual(WHEN);
    expect(contexts(shared)[0]).toBe('You asked: When?');
    expect(contexts(renderBlocks(answer(), { query: WHEN, view: { echo: true, sharedBy: 'U123' } }).blocks as Json[])[0]).toBe('<@U123> asked: When?');
    expect(contexts(renderBlocks(answer(), { query: { kind: 'treaty', text: 'allied' }, view: { echo: true } }).blocks as Json[])[0]).toBe(
      'You asked: /treaty allied',
    );
  });

  it('always has a plain-text fallback with the answer and its quotes', () => {
    const { text } = renderBlocks(answer(), FULL);
    expect(text).toContain('Asked: When?');
    expect(text).toContain('14 January 1993. Relations were established.');
    expect(text).toContain('“Relations were established on January 14, 1993.”');
    expect(text).toContain('https://example.org/a?x=1&amp;y=2');
  });

  it('never sends user text as live mentions or links, nor bidi controls', () => {
    const hostile = answer({
      question: HOSTILE,
      answered: false,
      lead: undefined,
      text: `I don't know “${HOSTILE.replace(/&lt;/g, '<').replace(/&gt;/g, '>')}”.`,
      citations: [],
      suggestions: ['<!channel> what?', '<@U666> who?'],
    });
    const message = renderBlocks(hostile, {
      query: { kind: 'ask', text: `${HOSTILE} \u202Eevil\u202C \u2066x\u2069` },
      view: { echo: true, sharedBy: '<!channel>' },
    });
    expectNoLiveMarkup(message);
    const json = JSON.stringify(message);
    expect(json).toContain('&lt;!everyone&gt;');
    expect(json).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(contexts(message.blocks as Json[])[0]).toContain('evil x');
  });

  describe('a long list', () => {
    const timeline = ask('timeline of Tajikistan and Kyrgyzstan relations');
    const query: Query = { kind: 'ask', text: 'timeline of Tajikistan and Kyrgyzstan relations' };
    const page = (offset: number) => renderBlocks(timeline, { query, view: { echo: true }, offset }).blocks as Json[];

    it('shows a page of items, each its line and its quote, and says which', () => {
      expect(timeline.citations).toHaveLength(13);
      const first = page(0);
      expect(sections(first)[0]!.text.text).toBe(`*${escapeMrkdwn(timeline.lead!)}*`);
      const items = sections(first).slice(1);
      expect(items).toHaveLength(4);
      expect(items[1]!.text.text).toBe(
        `• 14 January 1993 — Diplomatic relations between Tajikistan and Kyrgyzstan established\n>${escapeMrkdwn(timeline.citations[1]!.quote.trim())}`,
      );
      expect(contexts(first)[1]).toBe('1–4 of 13');
    });

    it('pages with a More button that carries the next page, never cutting silently, and comes back to the start', () => {
      const more = buttons(page(0)).find((b) => b.action_id === 'answer_more')!;
      expect(more.text.text).toBe('More (5–8 of 13)');
      expect(unpackPage(more.value)).toEqual({ query, view: { echo: true }, offset: 4 });
      const last = page(12);
      expect(
        sections(last)
          .slice(1)
          .map((s) => s.text.text.split('\n')[0]),
      ).toEqual(['• September 2022 — Civilians displaced by the September 2022 Kyrgyz-Tajik clashes']);
      expect(contexts(last)[1]).toBe('13–13 of 13');
      const back = buttons(last).find((b) => b.action_id === 'answer_more')!;
      expect([back.text.text, unpackPage(back.value)?.offset]).toEqual(['Back to the first', 0]);
    });

    it('pages the treaty list the same way', () => {
      const list = treaty(engine(), '', { today: TODAY });
      const blocks = renderBlocks(list, { query: { kind: 'treaty', text: '' } }).blocks as Json[];
      expect(sections(blocks)).toHaveLength(5);
      expect(buttons(blocks).find((b) => b.action_id === 'answer_more')!.text.text).toBe(`More (5–8 of ${list.citations.length})`);
    });
  });

  it('keeps every real answer, list and decline within the budget it documents', () => {
    const questions = [
      ...engine().kb.intents.flatMap((i) => i.examples),
      'timeline of Tajikistan and Kyrgyzstan relations',
      'what is the capital of France',
      HOSTILE,
    ];
    const answers = [...questions.map((q) => ask(q)), treaty(engine(), '', { today: TODAY }), engine().help()];
    for (const a of answers) {
      for (const feedback of ['buttons', 'native'] as const) {
        const blocks = renderBlocks(a, { query: WHEN, view: { echo: true, shareable: true, sharedBy: 'U1', feedback } }).blocks as Json[];
        expectWithinLimits(blocks as never, ANSWER_BUDGET.blocks);
        expect(interactiveCount(blocks as never), a.question).toBeLessThanOrEqual(ANSWER_BUDGET.interactive);
      }
    }
    expect(ANSWER_BUDGET).toMatchObject({ blocks: 12, interactive: 5 });
  });

  it('keeps an oversized answer within every Block Kit limit and the budget', () => {
    const long = (n: number, word = 'word ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);
    const huge = answer({
      lead: long(500, 'lead '),
      text: `${long(500, 'lead ')}\n${Array.from({ length: 40 }, () => long(900)).join('\n')}`,
      citations: Array.from({ length: 100 }, (_, i) => citation(long(5000, 'quote "&<> '), { id: `s${i}`, title: long(400), urlNote: long(300) }, `fact-${i}`)),
      conflicts: [{ about: 'x', sides: Array.from({ length: 15 }, (_, i) => ({ factId: `f${i}`, says: long(3000), citation: citation('q') })) }],
      suggestions: [long(3000), long(3000), long(3000)],
    });
    const message = renderBlocks(huge, { query: { kind: 'ask', text: long(5000, '"\\') }, view: { echo: true, shareable: true, feedback: 'buttons' } });
    const blocks = message.blocks as Json[];
    expectWithinLimits(blocks as never, ANSWER_BUDGET.blocks);
    expect(interactiveCount(blocks as never)).toBeLessThanOrEqual(ANSWER_BUDGET.interactive);
    expect(message.text.length).toBeLessThanOrEqual(4000);
    for (const b of buttons(blocks)) for (const v of b.options ? b.options.map((o: Json) => o.value) : [b.value]) expect(() => JSON.parse(v)).not.toThrow();
  });
});

describe('Block Kit pieces', () => {
  it('cut text without leaving half an escape or half a link', () => {
    expect(truncate('abc &amp; def', 6)).toBe('abc…');
    expect(truncate('see <https://example.org|here> now', 12)).toBe('see…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('cap headers, context elements, button texts and values', () => {
    expect(header('h'.repeat(500)).text.text.length).toBe(150);
    expect(context(Array.from({ length: 15 }, (_, i) => `e${i}`)).elements).toHaveLength(10);
    const b = button('b'.repeat(200), 'id', { value: 'v'.repeat(5000) });
    expect(b.text.text.length).toBe(75);
    expect(b.value!.length).toBe(2000);
  });

  it('take bidi controls out of mrkdwn and plain text alike', () => {
    expect(escapeMrkdwn('a\u202Eb\u200Fc')).toBe('abc');
    expect(button('x\u2067y', 'id').text.text).toBe('xy');
  });

  it('carry a 👎 through the feedback form within private_metadata, however long its answer', () => {
    const f = {
      teamId: 'T1',
      channelId: 'C1',
      messageTs: '1.2',
      userId: 'U1',
      question: 'q"'.repeat(2000),
      answerText: 'a\n"'.repeat(5000),
      answered: true,
      verdict: 'down' as const,
      at: '2026-01-01T00:00:00.000Z',
    };
    const packed = packFeedbackNote(f);
    expect(packed.length).toBeLessThanOrEqual(3000);
    const back = unpackFeedbackNote(packed)!;
    expect(back).toMatchObject({ teamId: 'T1', channelId: 'C1', messageTs: '1.2', userId: 'U1', answered: true, verdict: 'down', at: f.at });
    expect(f.answerText.startsWith(back.answerText)).toBe(true);
    expect(back.question.length).toBeLessThanOrEqual(500);
    expect(unpackFeedbackNote('{"t":"T1"}')).toBeUndefined();
  });

  it('pack button values that always parse, shortening only the named field', () => {
    const value = packValue({ k: 'ask', t: '"'.repeat(3000) }, 't');
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(JSON.parse(value).k).toBe('ask');
  });
});
