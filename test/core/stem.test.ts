// The light stemmer: inflections meet their base word; derivations stay apart, except an action noun in -ation
// and its verb; short words and words with digits are left alone.
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/core/stem.js';

describe('stem', () => {
  it.each([
    ['treaties', 'treaty'],
    ['copied', 'copy'],
    ['marches', 'march'],
    ['visits', 'visit'],
    ['signed', 'sign'],
    ['signing', 'sign'],
    ['planned', 'plan'],
    ['planning', 'plan'],
    ['agreed', 'agre'],
    ['agree', 'agre'],
    ['relations', 'relation'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('meets British and American spellings of a verb and its action noun', () => {
    expect(['modernise', 'modernised', 'modernize', 'modernisation', 'modernization'].map(stem)).toEqual(Array(5).fill('moderniz'));
  });

  it('keeps -ss, -us and -is words whole', () => {
    expect(['class', 'status', 'analysis'].map(stem)).toEqual(['class', 'status', 'analysis']);
  });

  it('leaves words of three letters or fewer, and words with digits', () => {
    expect(['was', 'war', 'g20s', '1990s'].map(stem)).toEqual(['was', 'war', 'g20s', '1990s']);
  });

  it('meets an action noun in -ation with its verb, but not a verb in -ate', () => {
    expect([stem('delimitation'), stem('delimited')]).toEqual(['delimit', 'delimit']);
    expect([stem('preparation'), stem('preparing')]).toEqual(['prepar', 'prepar']);
    expect(stem('populated')).not.toBe(stem('population'));
  });
});
