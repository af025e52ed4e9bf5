import { describe, expect, it } from 'vitest';
import { editDistance, fold, forQuoteMatch, leadingWords, stripSlackMarkup, words } from '../../src/core/normalise.js';

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

describe('leadingWords', () => {
  it('gives the first words of the whole text, wherever a long text would be cut', () => {
    const long = (head: string) => `${head}${' and more words'.repeat(40)}`;
    for (const head of ['The document', "  It's  signed", 'Ho Chi Minh', "The o'stan treaty", `${'x'.repeat(100)} y`, 'Ёлка'.repeat(30), 'one'])
      for (const text of [head, long(head), `${'a '.repeat(15)}${head}`]) expect(leadingWords(text, 2)).toEqual(words(fold(text)).slice(0, 2));
    // Every cut, "o's" of "o'stan" (read as "o" and "s") among them.
    for (const n of [1, 2, 3, 5])
      for (let at = 0; at < 400; at++) {
        const text = `${' '.repeat(at)}${'d '.repeat(n - 1)}o'stan é${' zz'.repeat(90)}`;
        expect(leadingWords(text, n)).toEqual(words(fold(text)).slice(0, n));
      }
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
