// "Who …?" of a curated quote that names no one and opens with "he": the one person its fact is about. Made-up sources.
import { describe, expect, it } from 'vitest';
import { country, curated, person, source, textEngine } from '../fixtures/text-base.js';

const entities = [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), person('petrov', 'Ivan Petrov', 'bo', 'Petrov')];

describe('"who praised …?" of a quote that says "he"', () => {
  const quote = 'He commended the Treaty on Friendship signed the previous year.';
  const engine = textEngine([source('gazette', 'Petrov in Syldavia', '2021-05-01', ['Ivan Petrov arrived in Syldavia on Monday.', quote])], entities, [
    { ...curated('praise', 'treaty', ['bo', 'sy', 'petrov'], quote, 'gazette'), title: 'Treaty on Friendship' },
  ]);

  it('is the one person its fact is about', () => {
    const who = engine.ask('who praised the Treaty on Friendship?');
    expect(who.lead).toBe('Ivan Petrov');
  });
});
