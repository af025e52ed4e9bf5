// The lexicon's lookups, on a small lexicon of its own: stopwords folded, synonyms mapped through their stems,
// a variant of several words mapped only as a whole, cue phrases longest first.
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/core/lexicon.js';
import { lexiconSchema } from '../../src/core/schema.js';

const lexicon = new Lexicon(
  lexiconSchema.parse({
    stopwords: ['The', 'When', 'was'],
    synonyms: { agreement: ['accord', 'pact', 'cross-border'] },
    asks: { date: ['when', 'what date'], value: ['how many'] },
    exclusions: ['apart from', 'except'],
  }),
);

describe('Lexicon', () => {
  it('folds its stopwords', () => {
    expect([lexicon.isStopword('the'), lexicon.isStopword('when'), lexicon.isStopword('accord')]).toEqual([true, true, false]);
  });

  it('maps a synonym, inflected or not, to the stem of its head word', () => {
    expect([lexicon.term('accord'), lexicon.term('accords'), lexicon.term('pacts'), lexicon.term('agreements')]).toEqual([
      'agreement',
      'agreement',
      'agreement',
      'agreement',
    ]);
  });

  it('maps a variant of several words only as a whole: its parts keep their own meaning', () => {
    expect([lexicon.term('border'), lexicon.term('cross')]).toEqual(['border', 'cross']);
  });

  it('gives the content terms of a text: folded, stopwords dropped, stemmed, mapped', () => {
    expect(lexicon.terms('When was the Accord signed?')).toEqual(['agreement', 'sign']);
  });

  it('knows its stopwords and synonyms, and no other word', () => {
    expect([lexicon.knows('the'), lexicon.knows('pacts'), lexicon.knows('zebra')]).toEqual([true, true, false]);
  });

  it('lists cue phrases and exclusions longest first', () => {
    expect(lexicon.asks).toEqual([
      { phrase: 'what date', slot: 'date' },
      { phrase: 'how many', slot: 'value' },
      { phrase: 'when', slot: 'date' },
    ]);
    expect(lexicon.exclusions).toEqual(['apart from', 'except']);
  });
});
