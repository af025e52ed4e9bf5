// A sentence that names its own countries is about them: a country named only in the sentence beside it is no party
// to what it tells ("Borduria and Syldavia signed a fisheries agreement" is no agreement with Zembla).
import { describe, expect, it } from 'vitest';
import { country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  ['Zembla and Borduria held consultations on transit in Klow on 2 March 2021.', 'On 3 March 2021 Borduria and Syldavia signed a fisheries agreement.'],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), country('ze', 'Zembla', 'Zemblan')],
  { published: '2021-03-04' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('a country named only beside a sentence', () => {
  it('is no party to what a sentence naming other countries tells', () => {
    expect(ask('When did Zembla sign a fisheries agreement with Borduria?').answered).toBe(false);
  });

  it('leaves the sentence to answer for its own countries', () => {
    expect(ask('When did Syldavia sign a fisheries agreement with Borduria?').text).toMatch(/^3 March 2021/);
  });
});

describe('a country named only beside a sentence that names another', () => {
  const one = reportEngine(
    ['Zembla and Borduria held talks on the Lake Vals basin in Klow.', 'In 2023 alone, Borduria allocated 45 million crowns to water projects in the basin.'],
    [country('bo', 'Borduria', 'Bordurian'), country('ze', 'Zembla', 'Zemblan')],
    { published: '2024-03-04' },
  );
  const askOne = (q: string) => one.ask(q, { today: '2026-01-10' });

  it('is no party to what the sentence tells of that other country', () => {
    expect(askOne('How much did Zembla allocate to water projects?').answered).toBe(false);
  });

  it('leaves the sentence to answer for its own country', () => {
    expect(askOne('How much did Borduria allocate to water projects?').text).toMatch(/45 million/);
  });
});

describe('a currency named by a country', () => {
  const trade = reportEngine(
    ['Borduria and Zembla held talks on trade in Klow. Trade between the two countries reached 620 million US dollars last year.'],
    [country('bo', 'Borduria', 'Bordurian'), country('ze', 'Zembla', 'Zemblan'), country('us', 'United States', 'US')],
    { published: '2024-03-04' },
  );

  it('makes that country no party to the sentence', () => {
    expect(trade.ask('How much was trade between Borduria and Zembla?', { today: '2026-01-10' }).text).toMatch(/620 million/);
  });
});
