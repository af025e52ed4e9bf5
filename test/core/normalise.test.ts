import { describe, expect, it } from 'vitest';
import { editDistance, fold, forQuoteMatch, stripSlackMarkup, words } from '../../src/core/normalise.js';

describe('fold', () => {
  it('lower-cases and drops diacritics, including Turkish letters', () => {
    expect(fold('Erdoğan in TÜRKİYE, Kazakhstan’s  “capital”')).toBe('erdogan in turkiye, kazakhstan\'s "capital"');
    expect(fold('Işık')).toBe('isik');
  });
  it('unifies dashes', () => {
    expect(fold('2021–2022')).toBe('2021-2022');
  });
  it('folds plain ASCII text as it folds the same text with other characters in it', () => {
    expect(fold('  The  `UN`\tBorder\n IS 971-km ')).toBe("the 'un' border is 971-km");
    expect(fold('  The  `UN`\tBorder\n IS 971–km ')).toBe("the 'un' border is 971-km");
  });
});

describe('words', () => {
  it('splits hyphenated demonyms and keeps a possessive as the word "s"', () => {
    expect(words(fold('Kazakh-Tajik relations and Kazakhstan’s minister'))).toEqual(['kazakh', 'tajik', 'relations', 'and', 'kazakhstan', 's', 'minister']);
  });
  it('reads plain ASCII words as it reads words with other characters around them', () => {
    expect(words("kazakhstan's don't a_b x's, 'sides' 1,565")).toEqual(['kazakhstan', 's', 'dont', 'a', 'b', 'x', 's', 'sides', '1', '565']);
    expect(words("kazakhstan's don't a_b x's, 'sides' 1,565 é")).toEqual(['kazakhstan', 's', 'dont', 'a', 'b', 'x', 's', 'sides', '1', '565', 'é']);
  });
  it('keeps other scripts as words', () => {
    expect(words(fold('Когда Таджикистан?'))).toEqual(['когда', 'таджикистан']);
  });
});

describe('stripSlackMarkup', () => {
  it('removes mentions, broadcasts, links and emoji codes', () => {
    expect(
      stripSlackMarkup('<@U123ABC> when? <!channel> <!here|here> see <https://x.org|the page> &amp; <#C1|general> :flag-tj: at 10:30:00')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('when? see & at 10:30:00');
  });
});

describe('forQuoteMatch', () => {
  it('collapses whitespace and unifies quotes so a quote matches across line breaks', () => {
    expect(forQuoteMatch('the  “Dushanbe\n Agreement”')).toBe('the "Dushanbe Agreement"');
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('tajiksitan', 'tajikistan')).toBe(1);
    expect(editDistance('kazakstan', 'kazakhstan')).toBe(1);
    expect(editDistance('kazakbaev', 'kazakbayev')).toBe(1);
  });
  it('stops early past the limit', () => {
    expect(editDistance('germany', 'tajikistan', 2)).toBe(3);
  });
});
