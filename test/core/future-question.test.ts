// "When will Syldavia head the fund?" asks when something is to happen (the lexicon's futureAuxiliaries): a sentence
// on what was done ("the fund was established by the heads of state in 1993") is no answer; a plan is.
import { describe, expect, it } from 'vitest';
import { country, reportEngine } from '../fixtures/text-base.js';

const fund = { id: 'fund', type: 'organisation' as const, name: 'Lake Fund', aliases: ['the Lake Fund'] };
const engine = reportEngine(
  [
    'The Lake Fund was established by the heads of the two states on 4 January 1993 in Klow.',
    'Its founders are Syldavia and Borduria.',
    'Borduria is expected to take over the chairmanship of the Lake Fund in 2027.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), fund],
  { published: '2025-05-04' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('a question of what is to happen', () => {
  it('is not answered by what was done', () => {
    expect(ask('When will Syldavia head the Lake Fund?').text).not.toMatch(/1993/);
  });

  it('is answered by a plan', () => {
    expect(ask('When will Borduria chair the Lake Fund?').text).toMatch(/2027/);
  });

  it('leaves the past asked in the past', () => {
    expect(ask('When was the Lake Fund established?').text).toMatch(/^4 January 1993/);
  });
});
