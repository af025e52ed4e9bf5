// Odd input never crashes the engine: it is answered, or declined politely with a non-empty text.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { ask, engine, TODAY } from '../helpers.js';

const RELATIONS_TJ_KG = 'when did Tajikistan and Kyrgyzstan establish relations?';

/** Answered (with verbatim citations, checked by `ask`) or declined politely: a text, and questions to try. */
function expectPolite(a: Answer): void {
  expect(a.text.trim()).not.toBe('');
  // A list is complete (Slack pages it), so it may be long; each of its lines, and any other answer, is short.
  const list = a.text.includes('\n•');
  if (list) for (const line of a.text.split('\n')) expect(line.length).toBeLessThan(400);
  else expect(a.text.length).toBeLessThan(2_000);
  if (!a.answered) {
    expect(a.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  }
}

describe('odd input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \t\n  \r\n '],
    ['emoji only', '😀🎉🇹🇯👍🏽'],
    ['punctuation only', '?!?!...,,;;:—"\'()[]{}'],
    ['Russian', 'Когда Таджикистан и Киргизия установили дипломатические отношения?'],
    ['Chinese', '塔吉克斯坦和吉尔吉斯斯坦什么时候建交？'],
    ['Arabic', 'متى أقامت طاجيكستان وقيرغيزستان علاقات دبلوماسية؟'],
    ['HTML', '<b>hello</b> <i>there</i>'],
    ['a script tag', '<script>alert("x")</script>'],
    ['a script tag before a question', `<script>alert(1)</script> ${RELATIONS_TJ_KG}`],
    ['null bytes', 'when\u0000 did\u0000 Tajikistan\u0000'],
    ['a lone surrogate', 'Tajikistan \ud800 Kyrgyzstan'],
    ['only a country name', 'Tajikistan'],
    ['only a country name with a question mark', 'Kyrgyzstan?'],
    ['only an out-of-scope country', 'Germany'],
    ['a number', '1993'],
    ['an impossible date', 'What happened on 31 February 2001?'],
    ['a far-off year', 'What happened in 1600?'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the ${} is part of the odd input, not a template slip
    ['a regex-looking string', '.*+?^${}()|[]\\ (?<x>a)\\1'],
    ['10,000 letters', 'a'.repeat(10_000)],
    ['10,000 characters of words', 'Tajikistan border trade treaty '.repeat(334).slice(0, 10_000)],
    ['10,000 characters of punctuation', '?!'.repeat(5_000)],
    ['10,000 emoji characters', '😀'.repeat(5_000)],
  ])('%s: never throws, answers or declines politely', (_kind, q) => {
    expectPolite(ask(q));
  });

  it('declines empty input with examples to try', () => {
    for (const q of ['', '   ', '😀', '?!?']) {
      const a = ask(q);
      expect(a.answered, JSON.stringify(q)).toBe(false);
      expect(a.suggestions.length, JSON.stringify(q)).toBeGreaterThan(0);
    }
  });

  it('takes null and undefined for an empty question', () => {
    const e = engine();
    for (const q of [null, undefined] as unknown as string[]) {
      const a = e.ask(q, { today: TODAY });
      expect(a.answered).toBe(false);
      expect(a.text.trim()).not.toBe('');
    }
  });

  it('answers a question behind Slack markup, and never repeats the markup', () => {
    const a = ask(`<@U123> <!channel> ${RELATIONS_TJ_KG}`);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^14 January 1993\b/);
    expect(a.text).not.toContain('<!channel>');
    expect(a.text).not.toContain('<@U123>');
    expect(a.question).not.toContain('<!channel>');
  });

  it('answers a question with a Slack link and a channel in it', () => {
    const a = ask('when did <https://en.wikipedia.org/wiki/Tajikistan|Tajikistan> &amp; Kyrgyzstan establish relations? <#C123|general>');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^14 January 1993\b/);
  });

  it('answers a real question at the start of 10,000 characters', () => {
    const a = ask(`${RELATIONS_TJ_KG} ${' '.repeat(10_000)}`);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^14 January 1993\b/);
  });

  it('answers a question with null bytes between its words', () => {
    const a = ask(RELATIONS_TJ_KG.replace(/ /g, '\u0000 '));
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^14 January 1993\b/);
  });

  it('never echoes a script tag back', () => {
    for (const q of ['<script>alert("x")</script>', `<script>alert(1)</script> ${RELATIONS_TJ_KG}`]) expect(ask(q).text).not.toMatch(/<script/i);
  });

  it('declines a question in a script it does not read rather than guessing', () => {
    const a = ask('塔吉克斯坦和吉尔吉斯斯坦什么时候建交？');
    expect(a.answered).toBe(false);
    expect(a.facts).toEqual([]);
  });
  it('answers a Russian question in Russian, quoting the English source', () => {
    const a = ask('Когда Таджикистан и Киргизия установили дипломатические отношения?');
    expect(a.answered).toBe(true);
    expect(a.language).toBe('ru');
    expect(a.lead).toBe('14 января 1993 г.');
    expect(a.citations[0]?.quote).toMatch(/established on January 14, 1993/);
  });
});
