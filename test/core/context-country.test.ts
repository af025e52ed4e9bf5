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
