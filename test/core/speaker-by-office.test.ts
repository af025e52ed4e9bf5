// "…," the Bordurian Foreign Minister stated: asked who said it, the speaker named by office is the one person the
// fact names who holds that office; asked who signed what the quote only mentions, no one is.
import { describe, expect, it } from 'vitest';
import { country, curated, person, source, textEngine } from '../fixtures/text-base.js';

const SAID = '“The signing of the historic Treaty of Friendship has lifted our partnership to a new level,” the Bordurian Foreign Minister stated.';
const engine = textEngine(
  [source('news', 'Bordurian news', '2024-05-01', ['Bordurian Foreign Minister Ivan Petrov visited Klow on 30 April 2024.', SAID])],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), person('petrov', 'Ivan Petrov', 'bo', 'Petrov')],
  [{ ...curated('friendship-treaty', 'treaty', ['bo', 'sy', 'petrov'], SAID, 'news'), title: 'Treaty of Friendship' }],
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('a speaker named by office', () => {
  it('answers who said it', () => {
    expect(ask('Who called the Treaty of Friendship historic?').lead).toBe('Ivan Petrov');
  });

  it('answers no other role', () => {
    expect(ask('Who signed the Treaty of Friendship?').lead).not.toBe('Ivan Petrov');
  });
});
