// "Those two", "these": a plural pointing word stands for the people the answer before named, as "they" does.
import { describe, expect, it } from 'vitest';
import { askInThread, country, person, reportEngine } from '../fixtures/text-base.js';

const people = [person('petrov', 'Ivan Petrov', 'bo', 'Petrov'), person('weber', 'Karl Weber', 'sy')];
const talks = 'On 19 November 2020 Bordurian Foreign Minister Ivan Petrov held talks with Syldavian Foreign Minister Karl Weber in Klow.';
const attention = 'Special attention was given by Petrov and Weber to the delimitation of the Bordurian-Syldavian border.';
// What the question's words alone would find: someone else focusing on the border.
const other = 'On 3 March 2024 President Otto Tokar of Borduria met Syldavian officials, focusing on trade and the border crossings.';
const engine = reportEngine([talks, attention, other], [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), ...people], {
  published: '2024-05-10',
});

describe('"those two" after an answer naming two people', () => {
  it('is those two, not anyone the words alone would find', () => {
    const [, a] = askInThread(engine, ['Who did Petrov hold talks with in November 2020?', 'what border issue did those two focus on?']);
    expect(a!.text).not.toMatch(/Tokar|crossings/);
  });
});
