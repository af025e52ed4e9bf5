// A word the base does not know, in lowercase (a name typed so, a word of another language), weighs more than the
// question's rarest known word: one known word beside it is not half the question.
import { describe, expect, it } from 'vitest';
import { country, person, source, textEngine } from '../fixtures/text-base.js';

describe('an unknown lowercase word', () => {
  const engine = textEngine(
    [
      source('g', 'Visits', '2021-05-01', [
        'President Ottokar of Syldavia paid an official visit to Borduria in June 2000.',
        'Borduria and Syldavia signed a border agreement in 2019.',
        'Borduria and Syldavia agreed to expand trade in 2021.',
        'The two ministers discussed water and energy in Borduria in 2022.',
      ]),
    ],
    [country('bo', 'Borduria', 'Бордурия'), country('sy', 'Syldavia'), person('ottokar', 'President Ottokar', 'sy', 'Ottokar')],
  );

  it.each(['when did zorglub visit borduria', 'когда футболисты посетили бордурию'])(
    'is not outweighed by one known word: "%s" is no visit of Ottokar',
    (q) => {
      expect(engine.ask(q).answered).toBe(false);
    },
  );

  it('still lets the known words answer when they are most of the question', () => {
    expect(engine.ask('when was the official visit of ottokar to borduria, zorglub').lead).toMatch(/2000/);
  });
});
