// Quantities: numbers with units or counted nouns, scale words, currency signs, approximations and what a money
// figure is of; not dates, years, ordinals, references ("the two countries") or list numbering.
import { describe, expect, it } from 'vitest';
import { analysePassages, readPassageLanguage } from '../../../src/core/passages/index.js';
import { one } from './support.js';

const quantities = (text: string) => one(text).quantities;

describe('quantities', () => {
  it('reads distances with units and approximation words', () => {
    expect(quantities('The countries share 971 kilometers of border, of which only 504 km is marked; the total is about 1,380 km.')).toEqual([
      { text: '971 kilometers', value: 971, unit: 'km', approx: false, planned: false },
      { text: '504 km', value: 504, unit: 'km', approx: false, planned: false },
      { text: 'about 1,380 km', value: 1380, unit: 'km', approx: true, planned: false },
    ]);
  });

  it('reads a range by its two ends, not as its first figure', () => {
    expect(quantities('The cost of the project is estimated at $5-6 billion.')).toEqual([
      { text: '$5-6 billion', value: 5e9, upTo: 6e9, unit: 'usd', approx: false, planned: false, head: 'cost' },
    ]);
  });

  it('reads a measure joined to its noun by a hyphen, which "of them" does not refer to', () => {
    expect(quantities('1,138 border markers have been installed along the 1,257-kilometre border, 64 of them this year.')).toEqual([
      { text: '1,138 border markers', value: 1138, unit: 'marker', approx: false, planned: false },
      { text: '1,257-kilometre', value: 1257, unit: 'km', approx: false, planned: false },
      { text: '64', value: 64, unit: 'marker', approx: false, planned: false },
    ]);
  });

  it('reads money with signs, codes and scale words, with the figure it is of', () => {
    expect(quantities('Last year, mutual trade turnover reached $1.5 billion, but the two countries intend to increase the figure to $2 billion.')).toEqual([
      { text: '$1.5 billion', value: 1.5e9, unit: 'usd', approx: false, planned: false, head: 'mutual trade turnover' },
      { text: '$2 billion', value: 2e9, unit: 'usd', approx: false, planned: true, head: 'figure' },
    ]);
    expect(quantities('Bilateral trade exceeded 1.2 billion US dollars and loans of 300 mln tenge were given.')).toEqual([
      { text: 'exceeded 1.2 billion US dollars', value: 1.2e9, unit: 'usd', approx: true, planned: false, head: 'Bilateral trade' },
      { text: '300 mln tenge', value: 3e8, unit: 'kzt', approx: false, planned: false, head: 'loans' },
    ]);
  });

  it('reads percentages written with a sign or a word', () => {
    expect(quantities('They noted a 7.4% increase in trade, and the agreement covers 85 percent of the border and 10 per cent more.')).toEqual([
      { text: '7.4%', value: 7.4, unit: 'percent', approx: false, planned: false, head: 'increase' },
      { text: '85 percent', value: 85, unit: 'percent', approx: false, planned: false, head: 'border' },
      { text: '10 per cent', value: 10, unit: 'percent', approx: false, planned: false },
    ]);
  });

  it('counts nouns after digits and number words, and a partitive counts what came before', () => {
    expect(
      quantities('Legal base consists of 75 documents; two presidents met and four days of fighting left 1,565 boundary posts, 776 of which stood.'),
    ).toEqual([
      { text: '75 documents', value: 75, unit: 'document', approx: false, planned: false },
      { text: 'two presidents', value: 2, unit: 'president', approx: false, planned: false },
      { text: 'four days', value: 4, unit: 'day', approx: false, planned: false },
      { text: '1,565 boundary posts', value: 1565, unit: 'post', approx: false, planned: false },
      { text: '776', value: 776, unit: 'post', approx: false, planned: false },
    ]);
    expect(quantities('Over 100 Tajik specialists and 3,000 people are training.')).toEqual([
      { text: 'Over 100 Tajik specialists', value: 100, unit: 'specialist', approx: true, planned: false },
      { text: '3,000 people', value: 3000, unit: 'person', approx: false, planned: false },
    ]);
  });

  it('does not count dates, years, ordinals, references back, fractions or bare numbers', () => {
    expect(quantities('On 12 March 2021 the two countries, one of the partners, gave the Order, 1st degree, to the 5 and one-third.')).toEqual([]);
    expect(quantities('Cooperation between two countries and the heads of two friendly states grew.')).toEqual([]);
  });

  it('reads a part of a whole before "of", with what it is a part of', () => {
    expect(quantities('Currently, approximately one-third of the border remains undefined, and half of the trade is in grain.')).toEqual([
      { text: 'approximately one-third', value: 0.3333, unit: 'fraction', approx: true, planned: false, head: 'border' },
      { text: 'half', value: 0.5, unit: 'fraction', approx: false, planned: false, head: 'trade' },
    ]);
  });

  it('does not count list numbering', () => {
    expect(quantities('1. The sides signed three agreements.')).toEqual([
      { text: 'three agreements', value: 3, unit: 'agreement', approx: false, planned: false },
    ]);
  });
});

describe('quantities in Russian', () => {
  const RU = readPassageLanguage('ru');
  const russian = (text: string) => analysePassages({ id: 'x', text, published: '' }, () => [], RU)[0]!.quantities;

  it('reads a fraction before the noun it is of, with no word between ("по одной трети акций")', () => {
    expect(russian('Каждая из трёх сторон получила по одной трети акций компании.')).toEqual([
      { text: 'одной трети', value: 0.3333, unit: 'fraction', approx: false, planned: false },
    ]);
  });
});
