// "Which fields …?" asks for the things a sentence lists: a unit that lists things accounts for "fields" (the
// lexicon's `listedAs`), though it never says the word; a sentence of clauses joined by commas lists nothing.
import { describe, expect, it } from 'vitest';
import { listsThings } from '../../src/core/enumeration.js';
import { country, person, reportEngine } from '../fixtures/text-base.js';

describe('listsThings', () => {
  it('finds three things or more, with or without a serial comma', () => {
    expect(listsThings('They discussed expanding cooperation in space, IT, and artificial intelligence.')).toBe(true);
    expect(listsThings('Exports include cotton, aluminium, fruit and vegetables.')).toBe(true);
  });

  it('finds no list in clauses joined by commas, nor in two things', () => {
    expect(listsThings('The talks, which lasted two hours in the capital of the country, ended and the ministers left.')).toBe(false);
    expect(listsThings('They discussed space and IT.')).toBe(false);
  });
});

describe('a question for the sort of things listed', () => {
  const engine = reportEngine(
    [
      'Petrov and Braun discussed expanding cooperation in space.',
      'Petrov and Braun discussed expanding cooperation in space, IT, and artificial intelligence.',
    ],
    [country('bo', 'Borduria'), country('sy', 'Syldavia'), person('petrov', 'Ivan Petrov', 'bo', 'Petrov'), person('braun', 'Karl Braun', 'sy', 'Braun')],
    { published: '2024-03-04' },
  );

  it('is answered by the sentence that lists them', () => {
    const a = engine.ask('Which fields of cooperation did Petrov and Braun discuss?', { today: '2026-01-10' });
    expect(a.citations.map((c) => c.quote)).toEqual(['Petrov and Braun discussed expanding cooperation in space, IT, and artificial intelligence.']);
  });
});

describe('a question for what something is made of', () => {
  const engine = reportEngine(
    [
      'The basic documents of Bordurian-Syldavian relations are “the Treaty of Friendship” signed on 1 June 1995 and “the Agreement on Trade” signed on 2 July 1998.',
    ],
    [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
    { published: '2021-05-01' },
  );

  it('is answered by the sentence that lists its parts ("form the basis" of "the basic documents … are")', () => {
    const a = engine.ask('Which agreements form the basis of Bordurian-Syldavian relations?', { today: '2026-01-10' });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/the Treaty of Friendship.*the Agreement on Trade/);
  });
});
