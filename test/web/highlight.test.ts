import { describe, expect, it } from 'vitest';
import { indexText, locateQuote, passages } from '../../src/web/highlight.js';

const find = (text: string, quote: string) => {
  const range = locateQuote(indexText(text), quote);
  return range && text.slice(range.start, range.end);
};

describe('locateQuote', () => {
  it('finds a quote in the original text despite line breaks, runs of spaces and non-breaking spaces', () => {
    expect(find('He said:  the Treaty of\n   Friendship\u00a0was signed.', 'the Treaty of Friendship was signed')).toBe(
      'the Treaty of\n   Friendship\u00a0was signed',
    );
  });
  it('treats curly and straight quote marks, and dashes and hyphens, as the same', () => {
    expect(find('Turkey’s “plan” – agreed', 'Turkey\'s "plan" - agreed')).toBe('Turkey’s “plan” – agreed');
    expect(find('Turkey\'s "plan" - agreed', 'Turkey’s “plan” – agreed')).toBe('Turkey\'s "plan" - agreed');
  });
  it('maps back across characters that normalise to several (NFKC)', () => {
    expect(find('The ﬁrst… of two', 'first... of')).toBe('ﬁrst… of');
  });
  it('keeps letters with combining accents whole', () => {
    expect(find('Erdog\u0306an said', 'Erdog\u0306an')).toBe('Erdog\u0306an');
  });
  it('finds nothing for a quote that is not there, or is empty', () => {
    expect(find('The treaty was signed.', 'The treaty was ratified.')).toBeUndefined();
    expect(find('The treaty was signed.', '  \n ')).toBeUndefined();
  });
});

describe('passages', () => {
  const text = 'One. The treaty of friendship was signed in May in the capital. Two. Three.';
  const slices = (facts: { id: string; quotes: string[] }[]) =>
    passages(text, facts).map((p) => ({ text: text.slice(p.start, p.end), factIds: p.factIds, anchors: p.anchors }));

  it('merges overlapping quotes of different facts into one passage anchored for each', () => {
    expect(
      slices([
        { id: 'a', quotes: ['The treaty of friendship was signed'] },
        { id: 'b', quotes: ['signed in May in the capital.'] },
      ]),
    ).toEqual([{ text: 'The treaty of friendship was signed in May in the capital.', factIds: ['a', 'b'], anchors: ['a', 'b'] }]);
  });
  it('merges a nested quote into the passage around it, the outer fact first', () => {
    expect(
      slices([
        { id: 'inner', quotes: ['friendship'] },
        { id: 'outer', quotes: ['The treaty of friendship was signed'] },
      ]),
    ).toEqual([{ text: 'The treaty of friendship was signed', factIds: ['outer', 'inner'], anchors: ['outer', 'inner'] }]);
  });
  it('keeps quotes that only touch or stand apart as separate passages, in text order', () => {
    expect(
      slices([
        { id: 'late', quotes: ['Three.'] },
        { id: 'b', quotes: ['Two.'] },
        { id: 'a', quotes: ['One.'] },
      ]).map((p) => p.text),
    ).toEqual(['One.', 'Two.', 'Three.']);
  });
  it('anchors a fact at its first quote found, and highlights its other quotes without an anchor', () => {
    expect(slices([{ id: 'a', quotes: ['not there', 'Three.', 'One.'] }])).toEqual([
      { text: 'One.', factIds: ['a'], anchors: [] },
      { text: 'Three.', factIds: ['a'], anchors: ['a'] },
    ]);
  });
});
