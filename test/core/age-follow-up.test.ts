// "And the first time?" after "how old was he when he became foreign minister the second time?": the age question
// again at the first appointment — not the first of the two facts the age answer gave (his birth). On the seed base.
import { describe, expect, it } from 'vitest';
import { askInThread } from '../fixtures/text-base.js';
import { engine, TODAY } from '../helpers.js';

describe('an age asked again at another occasion', () => {
  it('is the age then', () => {
    const [, second, first] = askInThread(
      engine(),
      ['Who is Ruslan Kazakbayev?', 'how old was he when he became foreign minister the second time?', 'and the first time?'],
      '2026-01-10T12:00:00Z',
      TODAY,
    );
    expect(second!.text).toMatch(/^53 years old/);
    // Born 18 May 1967, appointed 15 April 2010.
    expect(first!.text).toMatch(/^42 years old/);
  });
});
