// The Block Kit renderer of answers: layout, links, escaping and Slack's limits.
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/core/answer.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { unpackQuery, unpackQuoteRef, packQuery } from '../../src/render/button-values.js';
import { button, context, header, packValue, truncate } from '../../src/render/blockkit.js';
import { ask } from '../helpers.js';
import { expectNoLiveMarkup, expectWithinLimits, HOSTILE } from './support/limits.js';

type Json = Record<string, any>;

function citation(quote: string, source: Partial<Citation['source']> = {}, factId = 'f1'): Citation {
  return { source: { id: 's1', title: 'Ministers meet', url: 'https://example.org/a?x=1&y=2', publisher: 'The Gazette', published: '2020-11-20', ...source }, quote, factId };
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
const contexts = (blocks: Json[]) => blocks.filter((b) => b.type === 'context').flatMap((b) => b.elements.map((e: Json) => e.text as string));

describe('renderBlocks', () => {
  it('leads with the asked slot in bold and quotes each source with a Show source button', () => {
    const { blocks } = renderBlocks(answer()) as { blocks: Json[] };
    expect(sections(blocks)[0]!.text.text).toBe('*14 January 1993*. Relations were established.');
    const quote = sections(blocks)[1]!;
    expect(quote.text.text).toBe('>Relations were established on January 14, 1993.');
    expect(quote.accessory.text.text).toBe('Show source');
    expect(unpackQuoteRef(quote.accessory.value)).toEqual({ sourceId: 's1', factId: 'f1', quote: 'Relations were established on January 14, 1993.' });
    expect(contexts(blocks)).toEqual(['<https://example.org/a?x=1&amp;y=2|Ministers meet> · The Gazette, 2020-11-20']);
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

  it('shows disagreeing sources side by side', () => {
    const a = citation('971 km', { publisher: 'Asia-Plus' }, 'f1');
    const b = citation('984 km', { publisher: 'Observer' }, 'f2');
    const conflicted = answer({ conflicts: [{ about: 'border', sides: [{ factId: 'f1', says: '971 km', citation: a }, { factId: 'f2', says: '984 km', citation: b }] }] });
    const block = (renderBlocks(conflicted).blocks as Json[]).find((x) => x.fields)!;
    expect(block.text.text).toBe('*Sources differ:*');
    expect(block.fields.map((f: Json) => f.text)).toEqual(['*971 km*\nAsia-Plus', '*984 km*\nObserver']);
  });

  it('offers suggestions as buttons that ask them', () => {
    const declined = answer({ answered: false, lead: undefined, text: "I don't know that.", citations: [], suggestions: ['How long is the border?', 'Who is the minister?'] });
    const found = buttons(renderBlocks(declined).blocks as Json[]);
    expect(found.map((b) => [b.action_id, b.text.text, b.value])).toEqual([
      ['ask_suggestion_0', 'How long is the border?', 'How long is the border?'],
      ['ask_suggestion_1', 'Who is the minister?', 'Who is the minister?'],
    ]);
  });

  it('has a Share button only when given what to share, and echoes the question when asked to', () => {
    expect(buttons(renderBlocks(answer()).blocks as Json[]).map((b) => b.action_id)).toEqual(['show_source']);
    const shared = renderBlocks(answer(), { shareValue: packQuery({ kind: 'ask', text: 'When?' }), asked: 'When?' }).blocks as Json[];
    const share = buttons(shared).find((b) => b.action_id === 'share_answer')!;
    expect(share.text.text).toBe('Share in channel');
    expect(unpackQuery(share.value)).toEqual({ kind: 'ask', text: 'When?' });
    expect(contexts(shared)[0]).toBe('You asked: When?');
    expect(contexts(renderBlocks(answer(), { asked: 'When?', sharedBy: 'U123' }).blocks as Json[])[0]).toBe('<@U123> asked: When?');
  });

  it('always has a plain-text fallback with the answer and its quotes', () => {
    const { text } = renderBlocks(answer(), { asked: 'When?' });
    expect(text).toContain('Asked: When?');
    expect(text).toContain('14 January 1993. Relations were established.');
    expect(text).toContain('“Relations were established on January 14, 1993.”');
    expect(text).toContain('https://example.org/a?x=1&amp;y=2');
  });

  it('never sends user text as live mentions or links', () => {
    const hostile = answer({
      question: HOSTILE,
      answered: false,
      lead: undefined,
      text: `I don't know “${HOSTILE.replace(/&lt;/g, '<').replace(/&gt;/g, '>')}”.`,
      citations: [],
      suggestions: ['<!channel> what?', '<@U666> who?'],
    });
    const message = renderBlocks(hostile, { asked: HOSTILE, sharedBy: '<!channel>' });
    expectNoLiveMarkup(message);
    expect(JSON.stringify(message.blocks)).toContain('&lt;!everyone&gt;');
  });

  it('keeps an oversized answer within every Block Kit limit', () => {
    const long = (n: number, word = 'word ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);
    const huge = answer({
      lead: long(500, 'lead '),
      text: `${long(500, 'lead ')}\n${Array.from({ length: 40 }, () => long(900)).join('\n')}`,
      citations: Array.from({ length: 100 }, (_, i) => citation(long(5000, 'quote "&<> '), { id: `s${i}`, title: long(400), urlNote: long(300) }, `fact-${i}`)),
      conflicts: [{ about: 'x', sides: Array.from({ length: 15 }, (_, i) => ({ factId: `f${i}`, says: long(3000), citation: citation('q') })) }],
      suggestions: [long(3000), long(3000), long(3000)],
    });
    const message = renderBlocks(huge, { asked: long(3000), shareValue: packQuery({ kind: 'ask', text: long(5000, '"\\') }) });
    const blocks = message.blocks as Json[];
    expectWithinLimits(blocks as never, 50);
    expect(message.text.length).toBeLessThanOrEqual(4000);
    // The tail survives the trimming: suggestions and the share button, and a note says what was left out.
    expect(buttons(blocks.slice(-2)).map((b) => b.action_id)).toEqual(['ask_suggestion_0', 'ask_suggestion_1', 'ask_suggestion_2', 'share_answer']);
    expect(contexts(blocks).some((t) => /^…and \d+ more not shown/.test(t))).toBe(true);
    const packed = buttons(blocks).filter((b) => b.action_id === 'show_source' || b.action_id === 'share_answer');
    expect(packed.length).toBeGreaterThan(1);
    for (const b of packed) expect(() => JSON.parse(b.value)).not.toThrow();
  });

  it('renders a real answer from the engine with its lead and quotes', () => {
    const a = ask('When did Tajikistan and Kyrgyzstan establish diplomatic relations?');
    expect(a.answered).toBe(true);
    const blocks = renderBlocks(a).blocks as Json[];
    expect(sections(blocks)[0]!.text.text.startsWith(`*${a.lead}*`)).toBe(true);
    for (const c of a.citations) expect(JSON.stringify(blocks)).toContain(JSON.stringify(`>${c.quote.trim()}`).slice(1, -1));
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

  it('pack button values that always parse, shortening only the named field', () => {
    const value = packValue({ k: 'ask', t: '"'.repeat(3000) }, 't');
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(JSON.parse(value).k).toBe('ask');
  });
});
