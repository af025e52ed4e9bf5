// Answer wording as data: a template by key with its placeholders filled, a plural by count, and an engine
// whose English sentences change when only its templates do (a small fixture base, templates written here).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/core/engine.js';
import { buildKnowledge } from '../../../src/core/knowledge-build.js';
import { loadCorpus } from '../../../src/core/load.js';
import { Wording } from '../../../src/core/language/wording.js';

describe('Wording', () => {
  const w = new Wording(
    { found: '{count} found:', slots: { date: 'when' }, years: { one: '{count} year', other: '{count} years' }, ago: '{count} years ago' },
    'en',
  );

  it('fills a template, and reaches into a group with a dotted key', () => {
    expect(w.say('found', { count: 3 })).toBe('3 found:');
    expect(w.say('slots.date')).toBe('when');
  });

  it('picks the plural form for a count, and takes a plain string for every count', () => {
    expect(w.count('years', 1)).toBe('1 year');
    expect(w.count('years', 5)).toBe('5 years');
    expect(w.count('ago', 1)).toBe('1 years ago');
  });

  it('tells the values a sentence was said with, and no values for another sentence', () => {
    expect(w.match('found', '12 found:')).toEqual({ count: '12' });
    expect(w.match('found', 'nothing found')).toBeUndefined();
  });

  it('says the key itself when the templates lack it, so a missing sentence shows', () => {
    expect(w.say('nowhere')).toBe('nowhere');
  });

  it('picks Russian plural forms by Russian rules', () => {
    const ru = new Wording({ years: { one: '{count} год', few: '{count} года', many: '{count} лет', other: '{count} года' } }, 'ru');
    expect([1, 3, 5, 21].map((n) => ru.count('years', n))).toEqual(['1 год', '3 года', '5 лет', '21 год']);
  });
});

describe('the engine says its English from the templates', () => {
  const real = loadCorpus();
  const templates = { ...real.templates, neverMention: 'Never heard of {words}.', quoted: '<{text}>', noQuestion: 'Ask away:' };
  const engine = new Engine(buildKnowledge({ ...real, templates, sources: [], facts: [] }));

  it('declines in the words the templates give', () => {
    expect(engine.ask('what is the weather like').text).toBe('Never heard of <weather>.');
    expect(engine.ask('  ').text).toBe('Ask away:');
  });
});
