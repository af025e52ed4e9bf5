// Finding the facts a question is about, on the two-fact base (test/fixtures/two-facts.ts): candidates from the
// indexes, the best-scored fact first, and whether a fact's date fits the question's.
import { describe, expect, it } from 'vitest';
import { candidates, dateFits, rank, topK } from '../../src/core/search.js';
import { understand } from '../../src/core/understand.js';
import { kb } from '../fixtures/two-facts.js';

const TODAY = '2026-01-10';
const u = (question: string) => understand(kb, question, TODAY);
const ids = (positions: readonly number[]) => positions.map((i) => kb.facts[i]!.id).sort();

describe('candidates', () => {
  it('takes the facts of a day of the year from that index', () => {
    expect(ids(candidates(kb, u('What happened on 14 January?')))).toEqual(['embassy']);
  });

  it('takes the facts of a year from that index', () => {
    expect(ids(candidates(kb, u('What happened in 1993?')))).toEqual(['relations']);
  });
});

describe('rank', () => {
  it('puts first the fact that accounts for the question', () => {
    expect(rank(kb, u('When did Kazakhstan open an embassy?'))[0]?.fact.id).toBe('embassy');
    expect(rank(kb, u('When did Tajikistan and Kazakhstan establish diplomatic relations?'))[0]?.fact.id).toBe('relations');
  });

  it('scores as coverage the share of the question a fact accounts for: all of it, for every word in the fact', () => {
    const [best] = rank(kb, u('When did Kazakhstan open an embassy?'));
    expect(best).toMatchObject({ fact: { id: 'embassy' }, coverage: 1 });
  });
});

describe('dateFits', () => {
  it('fits a fact dated inside the year asked, and not one outside it', () => {
    const in1994 = u('What happened in 1994?');
    expect([dateFits(kb.spans[0]!, in1994), dateFits(kb.spans[1]!, in1994)]).toEqual([false, true]);
  });

  it('lets a date that is part of the fact name name it, fact by fact for one question (its years worked out once)', () => {
    const range = u('What happened in 2021-2022?');
    const outside = kb.spans[0]!;
    expect(dateFits(outside, range)).toBe(false);
    expect(dateFits(outside, range, false, 'Programme for 2021-2022')).toBe(true);
    expect(dateFits(outside, range, false, 'Programme for 2021')).toBe(false);
    expect(dateFits(outside, range)).toBe(false);
  });
});

describe('topK', () => {
  const byScoreThenIndex = (scores: number[]) => (a: number, b: number) => scores[b]! - scores[a]! || a - b;

  it('keeps the best k in order, ties to the earlier position, from a pool long enough for the heap', () => {
    const scores = [3, 9, 1, 9, 4, 7, 7, 2, 8, 0, 5, 6, 9, 1, 3, 2, 4];
    const positions = scores.map((_, i) => i);
    expect(topK(positions, 3, byScoreThenIndex(scores))).toEqual([1, 3, 12]);
    expect(topK(positions, 4, byScoreThenIndex(scores))).toEqual([1, 3, 12, 8]);
  });

  it('sorts a short pool whole, and keeps nothing for k = 0', () => {
    const scores = [2, 5, 5, 1];
    expect(topK([0, 1, 2, 3], 3, byScoreThenIndex(scores))).toEqual([1, 2, 0]);
    expect(topK([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0], 0, byScoreThenIndex(scores))).toEqual([]);
  });
});
