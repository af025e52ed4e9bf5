// The check helpers on small literal inputs: the nearest id and passage, the lexicon's overlaps, and the
// capitalised names no entity knows.
import { describe, expect, it } from 'vitest';
import { nearestId, nearestPassage } from '../../src/core/check/nearest.js';
import { checkLexicon } from '../../src/core/check/lexicon.js';
import { unknownNames, type NameIndex } from '../../src/core/check/names.js';
import { readPassageLanguage } from '../../src/core/passages/index.js';

describe('nearestId', () => {
  it('finds an id a letter or two off, and nothing far', () => {
    expect(nearestId('ruslan-kazakbaye', ['ruslan-kazakbayev', 'emomali-rahmon'])).toBe('ruslan-kazakbayev');
    expect(nearestId('kyrgystan', ['kazakhstan', 'kyrgyzstan'])).toBe('kyrgyzstan');
    expect(nearestId('narnia', ['kazakhstan', 'kyrgyzstan'])).toBeUndefined();
  });
});

describe('nearestPassage', () => {
  const text = 'The sides agreed on the agenda.\nThe border talks were finalized   in Tashkent on Monday. Nothing else was said.';

  it('returns the source’s own words and what differs', () => {
    expect(nearestPassage('The border talks were finalised in Tashkent', text)).toEqual({
      text: 'The border talks were finalized in Tashkent',
      differences: ['"finalized" where the quote has "finalised"'],
      edits: 1,
    });
  });

  it('names a word the quote adds or leaves out', () => {
    expect(nearestPassage('The border talks were finally finalized in Tashkent', text)?.differences).toEqual(['no "finally" (the quote adds it)']);
    expect(nearestPassage('The border talks were in Tashkent on Monday.', text)?.differences).toEqual(['"finalized", which the quote leaves out']);
  });
});

describe('checkLexicon', () => {
  it('warns about a word listed twice, and fails a stopword that is also a synonym', () => {
    const problems = checkLexicon({ stopwords: ['the', 'give', 'The'], synonyms: { provide: ['supply', 'give', 'supply'] } }, 'intents/_lexicon.yaml');
    expect(problems).toEqual([
      { file: 'intents/_lexicon.yaml', field: 'stopwords.2', message: 'stopword "The" listed twice', fix: 'remove one', severity: 'warning' },
      {
        file: 'intents/_lexicon.yaml',
        field: 'synonyms.provide.2',
        message: '"supply" listed twice among the synonyms of "provide"',
        fix: 'remove one',
        severity: 'warning',
      },
      {
        file: 'intents/_lexicon.yaml',
        field: 'synonyms.provide.1',
        message: '"give" is both a stopword and a synonym of "provide": stopwords are dropped first, so it never means "provide"',
        fix: 'remove "give" from the stopwords (then it means "provide") or from the synonyms of "provide"',
      },
    ]);
  });
});

describe('unknownNames', () => {
  const index: NameIndex = {
    aliases: new Set(['kyrgyzstan', 'sadyr japarov', 'japarov']),
    longest: 2,
    // nameIndex adds the month words and weekdays of format.yaml to the common words, as "feb" here.
    common: new Set(['the', 'of', 'thus', 'was', 'met', 'by', 'on', 'with', 'presented', 'feb']),
    language: readPassageLanguage(),
  };

  it('lists runs of capitalised unknown words, joined across "of", with their sentence', () => {
    const text = 'Thus, Sadyr Japarov met Demir Azizov on Feb. 27, in Astana. He was presented with the Order of Dostyk by the Republic of Kyrgyzstan.';
    expect(unknownNames(text, index)).toEqual([
      { name: 'Demir Azizov', count: 1, sentences: ['Thus, Sadyr Japarov met Demir Azizov on Feb. 27, in Astana.'] },
      { name: 'Astana', count: 1, sentences: ['Thus, Sadyr Japarov met Demir Azizov on Feb. 27, in Astana.'] },
      { name: 'Order of Dostyk', count: 1, sentences: ['He was presented with the Order of Dostyk by the Republic of Kyrgyzstan.'] },
      { name: 'Republic of Kyrgyzstan', count: 1, sentences: ['He was presented with the Order of Dostyk by the Republic of Kyrgyzstan.'] },
    ]);
  });

  it('passes over a lone capitalised word opening a sentence, unless it is also a name mid-sentence', () => {
    expect(unknownNames('Meanwhile the talks went on.', index)).toEqual([]);
    expect(unknownNames('TASHKENT. The talks went on. Tashkent hosted them. They met in Tashkent.', index).map((n) => [n.name, n.count])).toEqual([
      ['Tashkent', 3],
    ]);
  });
});
