// "Pay a visit", "pay tribute": a light verb before its noun (the lexicon's lightVerbs, lightObjects) is no word the
// answer must account for; elsewhere it keeps its sense.
import { describe, expect, it } from 'vitest';
import { country, person, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'President Ivan Petrov visited Syldavia in March 2023.',
    'Syldavia agreed to pay 5 million dollars for Bordurian gas in 2022.',
    'A Syldavian delegation visited Borduria in 2019.',
    'Bordurian students visited Syldavia in 2018.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), person('petrov', 'Ivan Petrov', 'bo', 'Petrov')],
  { published: '2024-01-10' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('a light verb', () => {
  it('says nothing before its noun', () => {
    expect(ask('When did Petrov pay a visit?').text).toMatch(/^March 2023/);
  });

  it('keeps its sense elsewhere', () => {
    expect(ask('How much did Syldavia pay for gas?').text).toMatch(/5 million/);
  });
});
